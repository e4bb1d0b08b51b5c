import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { needsCsv, needsXlsx } from '../src/financing/export.js';
import { referenceDate } from '../src/financing/needs-store.js';
import { validateCreditCode, validateMobile, validateTerm, validateWords } from '../src/financing/validators.js';
import { FORM_FIELDS } from '../src/financing/form.js';
import { maskPersonalData } from '../src/infrastructure/privacy.js';
import { formAnswers, invalidChecksum, validCreditCode } from './fixtures/needs.js';
import { say, startTestBot, temporaryDirectory, type TestBot } from './helpers.js';

async function fillForm(bot: TestBot, answers: string[], user?: string): Promise<string[]> {
  await say(bot, '融资需求登记', user);
  let last: string[] = [];
  for (const answer of answers) last = await say(bot, answer, user);
  return last;
}

async function submit(bot: TestBot, creditCode: string, user?: string): Promise<string> {
  await fillForm(bot, formAnswers(creditCode), user);
  await say(bot, '1', user);
  return (await say(bot, '同意', user)).join('\n');
}

describe('validators', () => {
  it('checks the GB 32100-2015 check digit of credit codes', () => {
    const code = validCreditCode();
    expect(validateCreditCode(code.toLowerCase())).toEqual({ ok: true, value: code });
    expect(validateCreditCode(invalidChecksum(code))).toEqual({ ok: false, reason: 'checksum' });
    expect(validateCreditCode('12345')).toEqual({ ok: false, reason: 'format' });
    expect(validateCreditCode('91341302MA2NXK7PIO')).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['1年', '1年'],
    ['6个月', '6个月'],
    ['半年', '半年'],
    ['一年半', '一年半'],
    ['1年6个月', '1年6个月'],
    ['1到3年', '1到3年'],
    ['三五年吧', '三五年'],
    ['大概一年左右', '大概一年左右'],
    ['１２个月', '12个月'],
    ['看银行怎么定', '看银行怎么定'],
    ['不确定', '不确定'],
    ['短期的', '短期的'],
    ['半年吧。', '半年'],
    ['看银行吧', '看银行'],
    ['一年到两年', '一年到两年'],
    ['1.5年', '1.5年'],
    ['随借随还', '随借随还'],
    ['越长越好', '越长越好'],
  ])('reads the term “%s” as a term', (typed, kept) => {
    expect(validateTerm(typed)).toEqual({ ok: true, value: kept });
  });

  it.each([['12', 'format'], ['好的', 'format'], ['尽快', 'format'], ['1年多一点点再说', 'format'], ['0年', 'range'], ['50年', 'range']] as const)(
    'asks again for the term “%s” (%s)',
    (typed, reason) => {
      expect(validateTerm(typed)).toEqual({ ok: false, reason });
    },
  );

  it('wants words, not a stray number or sign, for the company, its trade and the purpose', () => {
    expect(validateWords('机械制造', 2, 30)).toEqual({ ok: true, value: '机械制造' });
    expect(validateWords('宿州 3D 打印厂', 2, 60)).toEqual({ ok: true, value: '宿州 3D 打印厂' });
    expect(validateWords('12', 2, 30)).toEqual({ ok: false, reason: 'format' });
    expect(validateWords('？？', 2, 100)).toEqual({ ok: false, reason: 'format' });
    expect(validateWords('A1', 2, 30)).toEqual({ ok: false, reason: 'format' });
  });

  it('accepts mainland mobiles only', () => {
    expect(validateMobile('138 1234 5678')).toEqual({ ok: true, value: '13812345678' });
    expect(validateMobile('+8613812345678')).toEqual({ ok: true, value: '13812345678' });
    expect(validateMobile('12812345678').ok).toBe(false);
    expect(validateMobile('0557-1234567').ok).toBe(false);
  });

  it.each(['138 1234 5678', '138-1234-5678', '１３８１２３４５６７８', '+86 138 1234 5678', '电话：138 1234-5678。'])('masks a phone written as “%s”', (written) => {
    const masked = maskPersonalData(`联系我 ${written} 谢谢`);
    expect(masked).toContain('138****5678');
    expect(masked.replace(/\D/g, '')).not.toContain('12345678');
  });

  it('masks a credit code written with spaces, dashes, full-width or lower-case characters', () => {
    const code = validCreditCode();
    for (const written of [code.match(/.{1,4}/g)!.join(' '), code.match(/.{1,6}/g)!.join('-'), code.toLowerCase(), code.normalize('NFKC').replace(/[0-9A-Z]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0))]) {
      const masked = maskPersonalData(`代码 ${written} 完`);
      expect(masked).toContain('**************');
      expect(masked).not.toContain(code.slice(2, 16));
    }
  });

  it('masks phones and credit codes in logs', () => {
    expect(maskPersonalData('电话13812345678，代码91341302MA2NXK7P2Q')).toBe('电话138****5678，代码91**************2Q');
  });
});

describe('financing form transcripts', () => {
  it('takes a field and its new value at once (“手机号改成…”), and keeps “把…换成…” as an answer', async () => {
    const bot = await startTestBot();
    await say(bot, '登记融资需求');
    for (const answer of ['宿州市测试机械有限公司', validCreditCode(), '萧县', '机械制造', '张三', '13812345678', '300万']) await say(bot, answer);
    // At 用途, “把…换成…” names no field: it is the answer.
    expect((await say(bot, '把旧设备换成新设备')).join('\n')).toContain('期望期限');
    for (const answer of ['1年', '信用', '没有', '不确定', '跳过']) await say(bot, answer);
    const edited = (await say(bot, '手机号改成13912345678')).join('\n');
    expect(edited).toContain('已修改“手机号”');
    expect(edited).toContain('手机号：13912345678');
    expect(edited).toContain('用途：把旧设备换成新设备');
    // A value that does not read: that field is asked, with its hint; the answer then returns to the summary.
    const wrong = (await say(bot, '金额改为很多')).join('\n');
    expect(wrong).toMatch(/格式不对[\s\S]*融资金额是多少/);
    expect((await say(bot, '800万')).join('\n')).toContain('融资金额：800万元');
  });

  it('reads a guarantee by a company or a person as 保证', () => {
    const guarantee = FORM_FIELDS.find((field) => field.id === 'guarantee')!;
    expect(guarantee.read('担保公司担保')).toEqual({ ok: true, value: '保证（担保公司担保）' });
    expect(guarantee.read('法人担保')).toEqual({ ok: true, value: '保证' });
    expect(guarantee.read('房产抵押')).toEqual({ ok: true, value: '抵押（房产抵押）' });
  });

  it('says where to find a required answer the owner does not have at hand, and knows 高企 and 过桥', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '我想登记个融资需求')).join('\n')).toContain('企业名称');
    await say(bot, '宿州市测试机械有限公司');
    const unknown = (await say(bot, '不知道信用代码')).join('\n');
    expect(unknown).toContain('印在营业执照上');
    expect(unknown).toContain('前面填的内容会保留');
    expect(unknown).not.toContain('格式不对');
    for (const answer of [validCreditCode(), '萧县', '机械制造', '张三', '13812345678', '营收不错 想贷500万', '采购原材料', '1年', '信用']) await say(bot, answer);
    expect((await say(bot, '高企')).join('\n')).toContain('意向融资产品');
    expect((await say(bot, '过桥那个')).join('\n')).toContain('补充说明');
    // “是的” says there is more to add, not what: asked for, not saved as the note.
    const yes = (await say(bot, '是的')).join('\n');
    expect(yes).toContain('请直接写下要补充的内容');
    expect(yes).not.toContain('请核对');
    const summary = (await say(bot, '没了')).join('\n');
    expect(summary).not.toContain('补充说明：是的');
    expect(summary).toContain('融资金额：500万元');
    expect(summary).toContain('资质认定：高新技术企业');
    expect(summary).toContain('意向产品：续贷过桥');
  });

  it('finishes for an owner who types the way owners do: “我要登记融资需求”, “想贷个三百多万”, “厂房抵押”, “不确定”', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '我要登记融资需求')).join('\n')).toContain('企业名称');
    const answers = ['宿州市测试机械有限公司', validCreditCode(), '萧县', '机械制造', '张三', '13812345678', '想贷个三百多万', '采购原材料', '1年', '厂房抵押', '没有', '不确定', '跳过'];
    for (const answer of answers) expect((await say(bot, answer)).join('\n')).not.toContain('格式不对');
    await say(bot, '1');
    expect((await say(bot, '同意')).join('\n')).toMatch(/RZ\d{8}-\d{4}/);
    const [need] = await bot.app.bot.services.needs.forUser('test', 'owner-1');
    expect(need).toMatchObject({ amount: 300, guarantee: '抵押（厂房抵押）', product: '不确定', county: '萧县' });
  });

  it('leaves a form on “取消啊” and shows the menu on “菜单一下”, instead of saving them as answers', async () => {
    const bot = await startTestBot();
    await say(bot, '融资需求登记');
    expect((await say(bot, '取消啊')).join('\n')).toContain('已退出');
    await say(bot, '自测');
    expect((await say(bot, '菜单一下')).join('\n')).toContain('请回复数字');
  });

  it('re-asks with a hint on each invalid answer', async () => {
    const bot = await startTestBot();
    await say(bot, '我要贷款');
    expect((await say(bot, '宿州市测试机械有限公司')).join()).toContain('统一社会信用代码');
    expect((await say(bot, '12345')).join()).toMatch(/格式不对[\s\S]*18位/);
    expect((await say(bot, invalidChecksum(validCreditCode()))).join()).toContain('校验位不对');
    expect((await say(bot, validCreditCode())).join()).toContain('所在县区');
    expect((await say(bot, '9')).join()).toContain('请回复 1–6 中的序号');
    expect((await say(bot, '乌鲁木齐')).join()).toContain('格式不对');
    expect((await say(bot, '萧县')).join()).toContain('所属行业');
    await say(bot, '机械制造');
    await say(bot, '张三');
    expect((await say(bot, '1381234567')).join()).toMatch(/格式不对[\s\S]*11位手机号/);
    expect((await say(bot, '13812345678')).join()).toContain('融资金额');
    expect((await say(bot, '很多钱')).join()).toContain('格式不对');
    expect((await say(bot, '0.5亿')).join()).toContain('资金用途');
    expect((await say(bot, '跳过')).join()).toContain('必填项');
  });

  it('confirms a summary, corrects a field by name, records consent and cites matching support', async () => {
    const bot = await startTestBot();
    const summary = (await fillForm(bot, formAnswers())).join('\n');
    expect(summary).toContain('融资金额：500万元');
    expect(summary).toContain('所在县区：埇桥区');
    expect((await say(bot, '修改 手机号')).join()).toContain('联系人手机号');
    expect((await say(bot, '13912345678')).join()).toContain('手机号：13912345678');
    expect((await say(bot, '1')).join()).toContain('授权说明');
    const saved = (await say(bot, '同意')).join('\n');
    expect(saved).toMatch(/已登记，编号 RZ\d{8}-0001/);
    expect(saved).toContain('应收账款融资');
    expect(saved).toContain('三、(三)优化金融服务');
    const [need] = await bot.app.needs.list();
    expect(need).toMatchObject({ phone: '13912345678', status: '新提交', channel: 'test', userId: 'owner-1', consent: { version: 'financing-consent-v1' } });
    expect(Date.parse(need!.consent.at)).not.toBeNaN();
  });

  it('stores nothing without consent and says so', async () => {
    const bot = await startTestBot();
    await fillForm(bot, formAnswers());
    await say(bot, '1');
    expect((await say(bot, '不同意')).join()).toContain('没有保存');
    expect(await bot.app.needs.list()).toEqual([]);
  });

  it('updates an open need with the same credit code instead of duplicating it, emitting an event each time', async () => {
    const bot = await startTestBot();
    const events: Array<{ id: string; updated: boolean }> = [];
    bot.app.needs.on('submitted', (need, { updated }) => events.push({ id: need.id, updated }));
    const code = validCreditCode();
    expect(await submit(bot, code)).toContain('已登记');
    expect(await submit(bot, code)).toContain('已用本次信息更新，没有重复登记');
    expect(await bot.app.needs.list()).toHaveLength(1);
    expect(events.map((event) => event.updated)).toEqual([false, true]);
    expect(events[0]!.id).toBe(events[1]!.id);
  });

  it('never lets another user take over a need by entering its (public) credit code', async () => {
    const bot = await startTestBot();
    const code = validCreditCode();
    await submit(bot, code, 'owner-a');
    const before = (await say(bot, '我的融资需求', 'owner-a')).join('\n');
    const [first] = await bot.app.needs.list();
    const second = await submit(bot, code, 'owner-b');
    // The second owner gets a number of their own and never sees the first one's.
    expect(second).toContain('已登记');
    expect(second).not.toContain(first!.id);
    expect((await say(bot, '我的融资需求', 'owner-a')).join('\n')).toBe(before);
    const needs = await bot.app.needs.list();
    expect(needs).toHaveLength(2);
    expect(needs[0]).toMatchObject({ id: first!.id, userId: 'owner-a', history: [expect.objectContaining({ by: 'test:owner-a' })] });
    expect(needs[1]).toMatchObject({ userId: 'owner-b', sameCreditCodeAs: [first!.id] });
    // The owner's own resubmission is recorded in the history with who made it.
    await submit(bot, code, 'owner-a');
    const updated = await bot.app.needs.get(first!.id);
    expect(updated!.history.at(-1)).toMatchObject({ by: 'test:owner-a', change: '更新了登记内容' });
  });

  it('never reuses a reference number, even after the file was damaged to null', async () => {
    const bot = await startTestBot();
    await writeFile(bot.app.needs.path, 'null');
    await expect(bot.app.needs.list()).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
  });

  it('dates a reference number in Beijing time: 00:30 on 27 November is that day', () => {
    expect(referenceDate(new Date('2026-11-26T16:30:00Z'))).toBe('20261127');
    expect(referenceDate(new Date('2026-11-26T15:59:00Z'))).toBe('20261126');
  });

  it('moves a need only along the allowed transitions: a withdrawn need cannot become resolved', async () => {
    const bot = await startTestBot();
    await submit(bot, validCreditCode(), 'owner-t');
    const [need] = await bot.app.needs.list();
    await expect(bot.app.needs.setStatus(need!.id, '新提交', 'staff')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect(await bot.app.needs.setStatus(need!.id, '已推介', 'staff')).toMatchObject({ status: '已推介' });
    await say(bot, `撤回 ${need!.id}`, 'owner-t');
    await expect(bot.app.needs.setStatus(need!.id, '已解决', 'staff')).rejects.toThrow('不能把状态从“已撤回”改为“已解决”');
    expect((await bot.app.needs.get(need!.id))!.history.map((entry) => entry.status)).toEqual(['新提交', '已推介', '已撤回']);
  });

  it('lists and withdraws only the owner’s own needs', async () => {
    const bot = await startTestBot();
    await submit(bot, validCreditCode(), 'owner-a');
    const [need] = await bot.app.needs.list();
    expect((await say(bot, '我的融资需求', 'owner-b')).join()).toContain('还没有登记');
    expect((await say(bot, `撤回 ${need!.id}`, 'owner-b')).join()).toContain('不属于您');
    expect((await say(bot, '我的融资需求', 'owner-a')).join()).toContain(`${need!.id}｜宿州市测试机械有限公司｜500万元｜新提交`);
    expect((await say(bot, `撤回 ${need!.id}`, 'owner-a')).join()).toContain('已撤回');
    expect((await bot.app.needs.get(need!.id))?.status).toBe('已撤回');
  });

  it('answers a policy question mid-way, and resumes after a restart', async () => {
    const dataDirectory = await temporaryDirectory();
    const first = await startTestBot({ dataDirectory });
    await fillForm(first, formAnswers().slice(0, 4));
    const interrupted = await say(first, '政银担是什么');
    expect(interrupted[0]).toContain('政银担');
    expect(interrupted[1]).toMatch(/我们继续[\s\S]*联系人姓名/);
    // The financing form's own words, not the self-assessment's.
    expect(interrupted[1]).toMatch(/^我们继续登记融资需求：/);
    await first.app.close();
    const second = await startTestBot({ dataDirectory });
    expect((await say(second, '张三')).join()).toContain('联系人手机号');
  });

  it('prefills the company from the self-assessment profile', async () => {
    const bot = await startTestBot();
    await bot.app.bot.services.users.update('test', 'owner-1', () => ({ profile: { name: '预填企业有限公司', industry: 'industrial' } }));
    const replies = (await say(bot, '我要贷款')).join('\n');
    expect(replies).toContain('统一社会信用代码');
    await say(bot, validCreditCode());
    // 所属行业 comes from the profile too, so the form goes on to the contact.
    expect((await say(bot, '2')).join()).toContain('联系人姓名');
  });
});

describe('export', () => {
  it('writes an XLSX with Chinese headers and a CSV with BOM', async () => {
    const bot = await startTestBot();
    await submit(bot, validCreditCode());
    const needs = await bot.app.needs.list();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await needsXlsx(needs)) as never);
    const sheet = workbook.getWorksheet('融资需求')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.getRow(1).getCell(10).value).toBe('手机号');
    expect(sheet.getRow(2).getCell(5).value).toBe('宿州市测试机械有限公司');
    expect(sheet.getRow(2).getCell(11).value).toBe(500);
    const csv = needsCsv(needs);
    expect(csv.startsWith('\uFEFF编号,状态')).toBe(true);
    const stored = await readFile(path.join(bot.dataDirectory, 'needs.json'), 'utf8');
    expect(JSON.parse(stored).needs).toHaveLength(1);
  });

  it('neutralises formulas and characters XML forbids, in CSV and XLSX, and keeps numbers numbers', async () => {
    const bot = await startTestBot();
    const dangerous = ['=HYPERLINK("http://x","y")', '+cmd|\' /C calc\'!A0', '@SUM(1)', '-2+3', '\tlead', 'ok\uFFFEbroken\u0001'];
    const consent = { version: 'v', text: 't', at: new Date().toISOString() };
    for (const [index, text] of dangerous.entries()) {
      await bot.app.needs.submit({ fields: { companyName: text, creditCode: validCreditCode(), county: '萧县', industry: text, contactName: '王', phone: '13812345678', amount: 100 + index, purpose: text, term: '1年', guarantee: '信用', certification: '没有', product: '不确定', notes: text }, channel: 'test', userId: `u-${index}`, consent });
    }
    const needs = await bot.app.needs.list();
    const csv = needsCsv(needs);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ['=', '+', '@', '-', '\t']) expect(csv).not.toMatch(new RegExp(`(^|,)"?\\${start === '\t' ? 't' : start}`, 'm'));
    expect(csv).not.toContain('\uFFFE');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await needsXlsx(needs)) as never);
    const sheet = workbook.getWorksheet('融资需求')!;
    expect(sheet.getRow(2).getCell(5).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getRow(5).getCell(5).value).toBe(`'-2+3`);
    expect(sheet.getRow(7).getCell(5).value).toBe('ok\uFFFDbroken\uFFFD');
    expect(sheet.getRow(2).getCell(11).value).toBe(100);
  });
});

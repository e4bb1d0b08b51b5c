/**
 * The questionnaire as transcripts: once through Botkit's own BotkitTestClient, then through the
 * whole bot (interrupts, policy questions mid-way, a restart) on botbuilder's TestAdapter.
 */
import { BotkitTestClient } from 'botkit';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_DIALOG } from '../src/bot/dialogs/assessment-dialog.js';
import { say, startTestBot, temporaryDirectory } from './helpers.js';

/** Answers that lead a company through every question to a result. */
const FULL_RUN: Array<[string, RegExp]> = [
  ['自测', /是否在中国境内工商注册登记/],
  ['是', /独立法人资格/],
  ['是的', /经营是否正常/],
  ['是', /属于哪个行业/],
  ['1', /从业人员有多少人/],
  ['一百二十人', /营业收入总额/],
  ['约5000万元', /主营业务收入是多少/],
  ['4500万', /细分市场做了几年/],
  ['五年', /研发费用总额/],
  ['160万', /主营业务收入增长率/],
  ['12%', /平均增长率/],
  ['百分之九', /资产负债率/],
  ['55%', /净利润率/],
  ['7%', /研发人员占全部职工/],
  ['12%', /知识产权/],
  ['2', /研发机构/],
  ['市级', /数字化水平/],
  ['2', /以下哪些符合[\s\S]*ISO9001/],
  ['2 3', /主导产品属于哪一类/],
  // 创新型 is already decided here whatever the answer on 战略性新兴产业, so that is not asked.
  ['2', /特色化/],
];

describe('questionnaire through Botkit’s BotkitTestClient', () => {
  it('asks one question at a time and re-asks with an example on an unusable answer', async () => {
    const bot = await startTestBot();
    const client = new BotkitTestClient('test', bot.app.bot.controller, [ASSESSMENT_DIALOG]);
    const intro = await client.sendActivity('自测');
    expect(intro.text).toContain('资格自测');
    expect(client.getNextReply().text).toContain('是否在中国境内工商注册登记');
    const retry = await client.sendActivity('也许吧');
    expect(retry.text).toContain('没看懂这个回答');
    expect(retry.text).toContain('回复“是”或“否”');
    expect((await client.sendActivity('是')).text).toContain('独立法人');
  });
});

describe('questionnaire through the whole bot', () => {
  it('runs to a phone-sized result with verdicts, scores, gaps and cited rewards; 详情 shows every indicator', async () => {
    const bot = await startTestBot();
    let last: string[] = [];
    for (const [answer, expected] of FULL_RUN) {
      last = await say(bot, answer);
      expect(last.join('\n')).toMatch(expected);
    }
    last = await say(bot, '10分');
    const result = last.join('\n');
    expect(result).toContain('企业规模：小型企业');
    expect(result).toContain('【创新型中小企业】可能符合，得分约75–80分');
    expect(result).toContain('【专精特新中小企业】可能符合，得分62分');
    expect(result).toContain('30万元');
    expect(result).toContain('三、(二)强化资金支持');
    expect(result).toContain('以主管部门审核为准');
    expect(result.split('\n').length).toBeLessThanOrEqual(20);
    const details = (await say(bot, '详情')).join('\n');
    expect(details).toContain('上年度研发费用投入：2/10分');
    expect(details).toContain('地方特色指标：10/15分');
  });

  it('understands 上一步, 修改 by name and 跳过', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN.slice(0, 9)) await say(bot, answer);
    expect((await say(bot, '上一步')).join()).toMatch(/回到上一题[\s\S]*细分市场做了几年/);
    expect((await say(bot, '3年')).join()).toContain('研发费用总额');
    expect((await say(bot, '修改 营业收入')).join()).toMatch(/重新填写“营业收入”[\s\S]*营业收入总额/);
    expect((await say(bot, '1.2亿')).join()).toContain('研发费用总额');
    expect((await say(bot, '跳过')).join()).toMatch(/已跳过[\s\S]*主营业务收入增长率/);
  });

  it('takes a figure inside a sentence and says back what it recorded', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN.slice(0, 5)) await say(bot, answer);
    const employees = (await say(bot, '我们厂有120个员工')).join('\n');
    expect(employees).toContain('已按120人记录');
    expect(employees).toContain('营业收入总额');
    expect((await say(bot, '去年营收大概5000万')).join('\n')).toMatch(/已按5000万元记录[\s\S]*主营业务收入是多少/);
    // A question with a figure in it asks something; its figure answers nothing.
    const asked = (await say(bot, '税融通能贷500万吗')).join('\n');
    expect(asked).not.toContain('已按500万元记录');
    expect(asked).toMatch(/我们继续自测[\s\S]*主营业务收入是多少/);
    // One the knowledge cannot answer is declined saying what it lacks, not taken for a garbled answer.
    const declined = (await say(bot, '税融通最多能贷500万吗')).join('\n');
    expect(declined).toContain('没有写明它的数额');
    expect(declined).not.toContain('没看懂这个回答');
    expect(declined).toMatch(/我们继续自测[\s\S]*主营业务收入是多少/);
    // One it could only ask back on names the options without numbers, which would answer the form;
    // an option typed out is answered, and the form goes on.
    const unsure = (await say(bot, '税融通是干嘛的 俺们纳税记录一直还行')).join('\n');
    expect(unsure).toContain('您问的可能是：“税融通是什么？”');
    expect(unsure).not.toMatch(/^1\./mu);
    expect(unsure).toMatch(/我们继续自测[\s\S]*主营业务收入是多少/);
    // Another region's rules asked about: declined, saying what the knowledge covers, as outside the form.
    const elsewhere = (await say(bot, '合肥的专精特新企业有什么扶持')).join('\n');
    expect(elsewhere).toMatch(/^抱歉，知识库只收录了宿州市的专精特新政策/u);
    expect(elsewhere).toMatch(/我们继续自测[\s\S]*主营业务收入是多少/);
    expect(elsewhere).not.toContain('““');
    const picked = (await say(bot, '税融通是什么？')).join('\n');
    expect(picked).toContain('税融通');
    expect(picked).toContain('三、(三)优化金融服务');
    expect(picked).toMatch(/我们继续自测[\s\S]*主营业务收入是多少/);
    expect((await say(bot, '主营4500万')).join('\n')).toContain('细分市场做了几年');
    // Two figures are asked again, not guessed.
    expect((await say(bot, '去年3年 今年4年')).join('\n')).toContain('没看懂这个回答');
    expect((await say(bot, '做这个行当5年了')).join('\n')).toContain('研发费用总额');
    await say(bot, '160万');
    expect((await say(bot, '增长了12%左右')).join('\n')).toContain('平均增长率');
    // The question's own “近2年” is not the rate.
    expect((await say(bot, '近两年平均百分之九')).join('\n')).toMatch(/已按9%记录[\s\S]*资产负债率/);
  });

  it('does not ask again what the owner stated before starting or beside an answer', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '我们营收5000万 员工200人 能评专精特新吗')).join('\n')).toContain('回复“自测”');
    const started = (await say(bot, '自测')).join('\n');
    expect(started).toContain('已按您刚才说的记下：从业人员200人、上年度营业收入总额5000万元');
    for (const answer of ['是', '是', '是']) await say(bot, answer);
    // Industry next, then straight to 主营业务收入: 从业人员 and 营业收入 are not asked.
    expect((await say(bot, '1')).join('\n')).toContain('主营业务收入是多少');
    // Beside an answer: 研发投入 is recorded with 主营, and its question is skipped.
    const both = (await say(bot, '主营4500万 研发投入160万')).join('\n');
    expect(both).toContain('也记下了：上年度研发费用总额160万元');
    expect((await say(bot, '五年')).join('\n')).not.toContain('研发费用总额是多少');
    // Another owner's figures are not this one's.
    expect((await say(bot, '自测', 'owner-2')).join('\n')).not.toContain('已按您刚才说的');
  });

  it('keeps figures typed early at a yes/no question, asks that question again, and does not ask them later', async () => {
    const bot = await startTestBot();
    await say(bot, '自测');
    await say(bot, '是');
    const early = (await say(bot, '员工大概150人 营收8000万')).join('\n');
    expect(early).toContain('先记下了：从业人员150人、上年度营业收入总额8000万元，后面不再问。这一题还请回复“是”或“否”');
    expect(early).toContain('企业是否具有独立法人资格？');
    for (const answer of ['是', '是']) await say(bot, answer);
    expect((await say(bot, '1')).join('\n')).toContain('主营业务收入是多少');
  });

  it('answers “还差12分 怎么能补上” after a result with the tiers short of points and where the most were lost', async () => {
    const bot = await startTestBot();
    // Before any self-assessment it is a policy question like any other.
    expect((await say(bot, '还差几分怎么补')).join('\n')).not.toContain('按您上次自测的答案');
    await say(bot, '自测');
    for (const answer of ['是', '是', '是', '1', '200', '8000', '7500', '3', '300', '15', ...Array<string>(12).fill('2'), '200']) await say(bot, answer);
    const result = (await say(bot, '详情')).join('\n');
    expect(result).toContain('总分48，还差12分');
    const reply = (await say(bot, '还差12分 怎么能补上')).join('\n');
    expect(reply).toContain('按您上次自测的答案：\n【专精特新中小企业】总分48，还差12分\n· 失分较多：地方特色指标（2/15分）、');
    expect(reply).toContain('回复“详情”看每项得分');
  });

  it('turns a head count given for 研发人员占比 into the share of the staff already given, and says so', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN.slice(0, 14)) await say(bot, answer);
    const share = (await say(bot, '研发人员18个人')).join('\n');
    expect(share).toContain('按从业人员120人计算，18人约占15%');
    expect(share).toContain('知识产权');
    // More researchers than staff is a slip: asked again.
    await say(bot, '上一步');
    expect((await say(bot, '研发人员200个人')).join('\n')).toContain('没看懂这个回答');
  });

  it('reads the gate questions and the industry in owners’ words (profile-fields.yaml)', async () => {
    const bot = await startTestBot();
    await say(bot, '自测');
    expect((await say(bot, '在宿州注册的')).join('\n')).toContain('独立法人资格');
    await say(bot, '是');
    // “没有” to “…且没有发生重大事件？” could mean either: asked again, saying what each reply means.
    expect((await say(bot, '没有')).join('\n')).toMatch(/没看懂这个回答[\s\S]*经营正常，没有这些事/);
    expect((await say(bot, '没出过事')).join('\n')).toContain('属于哪个行业');
    expect((await say(bot, '搞建筑的')).join('\n')).toContain('回复“?”看说明');
    expect((await say(bot, '?')).join('\n')).toContain('其他行业的企业规模这里判断不了');
    expect((await say(bot, '做机械加工的')).join('\n')).toContain('从业人员有多少人');
  });

  it('takes a question and its new answer at once: “营业收入改成6000万”', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN.slice(0, 8)) await say(bot, answer);
    const edited = (await say(bot, '营业收入改成6000万')).join('\n');
    expect(edited).toContain('已修改“营业收入”');
    expect(edited).toContain('细分市场做了几年');
  });

  it('after a result, “研发费用改成300万” changes that answer and says the result again at once', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN) await say(bot, answer);
    const first = (await say(bot, '10分')).join('\n');
    expect(first).toContain('【专精特新中小企业】可能符合，得分62分');
    const again = (await say(bot, '研发费用改成300万')).join('\n');
    expect(again).toMatch(/^已修改“研发费用”。\n自测结果/);
    expect(again).toContain('【专精特新中小企业】可能符合，得分66分');
  });

  it('stops early when a gate fails and says which', async () => {
    const bot = await startTestBot();
    await say(bot, '帮我测一下');
    const replies = (await say(bot, '否')).join('\n');
    expect(replies).toContain('不必再答后面的问题');
    expect(replies).toContain('未满足：在中国境内工商注册登记');
    expect(replies).toContain('【专精特新中小企业】暂不符合');
  });

  it('does not ask about equity financing when revenue is at least 1000万元', async () => {
    const bot = await startTestBot();
    const asked: string[] = [];
    for (const [answer] of FULL_RUN) asked.push(...(await say(bot, answer)));
    expect(asked.join()).not.toContain('股权融资');
  });

  it('answers a policy question mid-way and resumes; 取消 leaves', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN.slice(0, 6)) await say(bot, answer);
    const interrupted = await say(bot, '税融通是什么');
    expect(interrupted[0]).toContain('税融通');
    expect(interrupted[0]).toContain('三、(三)优化金融服务');
    // No follow-up list: a number typed next answers the form's question.
    expect(interrupted[0]).not.toContain('您还可以问');
    expect(interrupted[1]).toMatch(/我们继续自测[\s\S]*营业收入总额/);
    expect((await say(bot, '5000万')).join()).toContain('主营业务收入是多少');
    const cancelled = await say(bot, '取消');
    expect(cancelled[0]).toContain('已退出');
    expect((await say(bot, '税融通是什么'))[0]).not.toContain('我们继续');
  });

  it('takes a garbled answer for a garbled answer, not a policy question, even when some clause holds the word', async () => {
    const bot = await startTestBot();
    await say(bot, '自测');
    // “确认” and “买设备” are the words of a clause (应收账款, 技术改造) but ask nothing.
    for (const garbled of ['确认', '买设备']) {
      const replies = (await say(bot, garbled)).join('\n');
      expect(replies).not.toContain('【政策原文】');
      expect(replies).toContain('是否在中国境内工商注册登记');
    }
    const asked = (await say(bot, '税融通是啥')).join('\n');
    expect(asked).toContain('【政策原文】');
    expect(asked).toMatch(/我们继续自测[\s\S]*是否在中国境内工商注册登记/);
  });

  it('resumes after a restart from the state on disk', async () => {
    const dataDirectory = await temporaryDirectory();
    const first = await startTestBot({ dataDirectory });
    for (const [answer] of FULL_RUN.slice(0, 7)) await say(first, answer);
    await first.app.close();
    const second = await startTestBot({ dataDirectory });
    expect((await say(second, '4500万')).join()).toContain('细分市场做了几年');
  });

  it('remembers the profile for the user after the result', async () => {
    const bot = await startTestBot();
    for (const [answer] of FULL_RUN) await say(bot, answer);
    await say(bot, '10分');
    const record = await bot.app.bot.services.users.get('test', 'owner-1');
    expect(record.profile).toMatchObject({ employees: 120, revenue: 5000, rdExpense: 160, quality: { iso9001: true, ownBrand: true, award: false } });
    expect((await bot.app.bot.services.users.get('test', 'someone-else')).profile).toBeUndefined();
  });
});

describe('finish and amend', () => {
  async function finishedRun(bot: Awaited<ReturnType<typeof startTestBot>>, skipRdStaff = false): Promise<string> {
    let last: string[] = [];
    for (const [answer] of FULL_RUN) last = await say(bot, skipRdStaff && answer === '12%' && last.join('').includes('研发人员占全部职工') ? '跳过' : answer);
    // The run ends at the 特色化 question; answer it and whatever can still decide a tier.
    for (let step = 0; step < 6 && !last.join('\n').includes('自测结果'); step++) {
      const text = last.join('\n');
      last = await say(bot, /特色化/.test(text) ? '10分' : /以下哪些符合/.test(text) ? '没有' : '没有');
    }
    return last.join('\n');
  }

  it('after a result, “修改 研发人员占比” reopens that one question and recomputes', async () => {
    const bot = await startTestBot();
    const result = await finishedRun(bot);
    expect(result).toContain('自测结果');
    const reopened = (await say(bot, '修改 研发人员占比')).join('\n');
    expect(reopened).toContain('修改这一项');
    expect(reopened).toContain('研发人员占全部职工');
    const recomputed = (await say(bot, '百分之二十五')).join('\n');
    expect(recomputed).toContain('自测结果');
  });

  it('“自测” again offers to reuse the saved answers, and reusing asks nothing already answered', async () => {
    const bot = await startTestBot();
    await finishedRun(bot);
    const offer = (await say(bot, '自测')).join('\n');
    expect(offer).toContain('沿用上次的答案');
    const reused = (await say(bot, '1')).join('\n');
    expect(reused).toContain('自测结果');
    expect(reused).not.toContain('工商注册登记');
    await say(bot, '自测');
    expect((await say(bot, '重新开始')).join('\n')).toContain('工商注册登记');
  });

  it('asks the direct-pass honours when a skipped answer leaves 专精特新 undecided, instead of stopping at 待定', async () => {
    const bot = await startTestBot();
    const transcript: string[] = [];
    for (const [answer] of FULL_RUN) {
      const previous = transcript.at(-1) ?? '';
      transcript.push((await say(bot, answer === '12%' && previous.includes('研发人员占全部职工') ? '跳过' : answer)).join('\n'));
    }
    let last = transcript.at(-1)!;
    for (let step = 0; step < 6 && !last.includes('自测结果'); step++) {
      last = (await say(bot, /特色化/.test(last) ? '10分' : '没有')).join('\n');
      transcript.push(last);
    }
    expect(transcript.join('\n')).toContain('有效期内的高新技术企业');
  });
});

/**
 * The command-line contract, run as a user would: the built `policy-bot` in a child process.
 */
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stat, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { completeProfile } from './fixtures/profiles.js';
import { formAnswers, invalidChecksum, validCreditCode } from './fixtures/needs.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile, knowledgeCopy, ROOT, temporaryDirectory } from './helpers.js';

const BIN = path.join(ROOT, 'bin/policy-bot.js');

async function policyBot(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...options.env }, timeout: 20_000 });
  child.stdin?.end(options.input ?? '');
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface TurnJson {
  reply: string;
  intent: string;
  citations: Array<{ source: string; section: string; text: string }>;
}

describe('policy-bot ask', () => {
  it('answers one question with 30万元 and cites 三、(二)', async () => {
    const data = await temporaryDirectory();
    const { code, stdout } = await policyBot(['ask', '--data', data, '市里认定专精特新有什么奖励']);
    expect(code).toBe(0);
    expect(stdout).toContain('30万元');
    expect(stdout).toContain('三、(二)');
  });

  it('prints one JSON object per turn with reply, intent and citations', async () => {
    const data = await temporaryDirectory();
    const { stdout } = await policyBot(['ask', '--json', '--data', data, '税融通是什么']);
    const turn = JSON.parse(stdout) as TurnJson;
    expect(turn.intent).toBe('qa');
    expect(turn.reply).toContain('税融通');
    expect(turn.citations[0]).toMatchObject({ section: '三、(三)优化金融服务' });
    expect(turn.citations[0]!.source).toContain('宿州市人民政府');
    expect(turn.citations[0]!.text).toContain('税融通');
  });

  it('marks an out-of-scope question as fallback with no citations', async () => {
    const data = await temporaryDirectory();
    const { stdout } = await policyBot(['ask', '--json', '--data', data, '明天股市会涨吗']);
    expect(JSON.parse(stdout)).toMatchObject({ intent: 'fallback', citations: [] });
  });

  it('reads stdin line by line, one turn per line', async () => {
    const data = await temporaryDirectory();
    const { stdout } = await policyBot(['ask', '--json', '--data', data], { input: '你好\n驰名商标目标多少件\n外卖平台怎么入驻\n' });
    const turns = stdout.trim().split('\n').map((line) => JSON.parse(line) as TurnJson);
    expect(turns.map((turn) => turn.intent)).toEqual(['greeting', 'qa', 'fallback']);
    expect(turns[0]!.reply).toContain('1. 政策咨询');
  });

  it('shows an ask-back as intent clarify with its options, and answers the number sent next with the same --user', async () => {
    const data = await temporaryDirectory();
    const question = '直通条件有哪些';
    const specialized = '专精特新中小企业的直通条件有哪些？';
    const asked = JSON.parse((await policyBot(['ask', '--json', '--user', 'owner-9', '--data', data, question])).stdout) as TurnJson & { options: string[] };
    expect(asked).toMatchObject({ intent: 'clarify', citations: [] });
    expect(asked.options).toContain(specialized);
    const number = String(asked.options.indexOf(specialized) + 1);
    const answered = JSON.parse((await policyBot(['ask', '--json', '--user', 'owner-9', '--data', data, number])).stdout) as TurnJson;
    expect(answered.intent).toBe('qa');
    expect(answered.reply).toContain('近两年新增股权融资6000万元以上');
    expect(answered.citations[0]!.section).toContain('专精特新中小企业认定标准 · 直通条件');
  });

  it('tells a one-off asker for a person where to find one, instead of opening a request nobody can answer, even in a data dir not made yet', async () => {
    const data = path.join(await temporaryDirectory(), 'not-yet');
    const { code, stdout, stderr } = await policyBot(['ask', '--json', '人工'], { env: { POLICY_BOT_DATA: data } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const turn = JSON.parse(stdout) as TurnJson;
    expect(turn.intent).toBe('handoff');
    expect(turn.reply).toContain('一次性提问');
    const listed = await policyBot(['handoff', 'list', '--json'], { env: { POLICY_BOT_DATA: data } });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);
    // Nor is a person offered after a question the knowledge does not cover.
    const declined = JSON.parse((await policyBot(['ask', '--json', '个税怎么算'], { env: { POLICY_BOT_DATA: data } })).stdout) as TurnJson;
    expect(declined.intent).toBe('fallback');
    expect(declined.reply).not.toContain('转人工');
  });

  it('takes the data dir from POLICY_BOT_DATA and keeps a --user conversation there', async () => {
    const data = await temporaryDirectory();
    const { code } = await policyBot(['ask', '--user', 'owner-7', '你好'], { env: { POLICY_BOT_DATA: data } });
    expect(code).toBe(0);
    const state = await stat(path.join(data, 'state.json'));
    expect(state.mode & 0o777).toBe(0o600);
  });
});

describe('policy-bot chat', () => {
  it('greets, answers each line and keeps the dialog across lines', async () => {
    const data = await temporaryDirectory();
    const { code, stdout } = await policyBot(['chat', '--data', data], { input: '税融通是什么\n自测\n否\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('助手> 您好');
    expect(stdout).toContain('三、(三)优化金融服务');
    expect(stdout).toContain('未满足：在中国境内工商注册登记');
  });
});

describe('policy-bot knowledge check', () => {
  it('passes on the shipped knowledge', async () => {
    const { code, stdout } = await policyBot(['knowledge', 'check']);
    expect(code).toBe(0);
    expect(stdout).toContain('知识库检查通过');
  });

  it('prints path:line: message and exits 1 for a broken file', async () => {
    const directory = await knowledgeCopy();
    await editFile(path.join(directory, 'faq/financing.yaml'), (text) => text.replace('kind: faq', 'kind: faq\ncolour: red'));
    const { code, stdout } = await policyBot(['knowledge', 'check', '--knowledge', directory]);
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(`${path.join(directory, 'faq/financing.yaml')}:2: 未知字段 “colour”（检查拼写，或删除该字段）`);
  });

  it('refuses to start the bot on invalid knowledge and says which file', async () => {
    const directory = await knowledgeCopy();
    await editFile(path.join(directory, 'dictionary.yaml'), (text) => text.replace('kind: dictionary', 'kind: dictionry'));
    const { code, stderr } = await policyBot(['ask', '--knowledge', directory, '你好']);
    expect(code).toBe(1);
    expect(stderr).toContain('dictionary.yaml:');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('policy-bot assess', () => {
  it('prints the JSON contract for one profile', async () => {
    const directory = await temporaryDirectory();
    const input = path.join(directory, 'company.json');
    await writeFile(input, JSON.stringify(completeProfile({ id: 'external-id-17' } as never)));
    const { code, stdout } = await policyBot(['assess', '--input', input, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { sme: { size: string }; tiers: Array<{ id: string; eligible: boolean | null; score: number | null; maxScore: number }> };
    expect(result.sme.size).toBe('small');
    expect(result.tiers.map(({ id, eligible, score, maxScore }) => ({ id, eligible, score, maxScore }))).toEqual([
      { id: 'innovative', eligible: true, score: 80, maxScore: 100 },
      { id: 'specialized', eligible: true, score: 62, maxScore: 100 },
    ]);
  });

  it('prints a readable report without --json, and a clear error for a bad profile', async () => {
    const directory = await temporaryDirectory();
    const input = path.join(directory, 'company.json');
    await writeFile(input, JSON.stringify(completeProfile()));
    expect((await policyBot(['assess', '--input', input])).stdout).toContain('【专精特新中小企业】可能符合，得分62分');
    await writeFile(input, JSON.stringify({ revenue: '很多' }));
    const bad = await policyBot(['assess', '--input', input]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('revenue');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('assesses a CSV with Chinese headers, reports a bad row by number and writes an XLSX of results', async () => {
    const directory = await temporaryDirectory();
    const input = path.join(directory, 'companies.csv');
    const output = path.join(directory, 'results.xlsx');
    const header = '企业名称,行业,从业人员,上年度营业收入总额,上年度主营业务收入,上年度研发费用总额,从事特定细分市场年限,在中国境内工商注册登记,具有独立法人资格,经营良好且无重大违法、未列入严重失信名单';
    await writeFile(input, `\uFEFF${header}\n甲公司,工业,120,5000万,4500万,160万,5年,是,是,是\n乙公司,工业,很多人,5000,4500,160,5,是,是,是\n丙公司,工业,1500,5亿,4.5亿,300,6,是,是,是\n`);
    const { code, stderr } = await policyBot(['assess', '--input', input, '--out', output]);
    expect(code).toBe(1);
    expect(stderr).toContain('第3行：“从业人员”列的值“很多人”无法识别');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('行号');
    expect(sheet.getRow(2).getCell(2).value).toBe('甲公司');
    expect(sheet.getRow(2).getCell(3).value).toBe('小型');
    expect(String(sheet.getRow(3).values)).toContain('无法识别');
    expect(sheet.getRow(4).getCell(3).value).toBe('大型');
    expect(sheet.getRow(4).getCell(4).value).toBe('暂不符合');
  });
});

describe('financing needs from outside: one process per turn, then the staff CLI', () => {
  it('registers a need turn by turn through ask --user --json, and staff list, show, set-status and export it', async () => {
    const data = await temporaryDirectory();
    const turn = async (text: string) => {
      const { code, stdout } = await policyBot(['ask', '--user', 'owner-cli', '--json', '--data', data, text]);
      expect(code).toBe(0);
      return JSON.parse(stdout) as TurnJson;
    };
    expect((await turn('融资需求登记')).reply).toContain('企业名称');
    const code = validCreditCode();
    const answers = formAnswers(code);
    expect((await turn(answers[0]!)).reply).toContain('统一社会信用代码');
    expect((await turn(invalidChecksum(code))).reply).toContain('校验位不对');
    expect((await turn(code)).reply).toContain('所在县区');
    for (const answer of answers.slice(2, 5)) await turn(answer);
    expect((await turn('1381234567')).reply).toContain('11位手机号');
    for (const answer of answers.slice(5)) await turn(answer);
    expect((await turn('1')).reply).toContain('授权说明');
    const saved = await turn('1');
    expect(saved.intent).toBe('financing');
    const id = /编号 (RZ\d{8}-\d{4})/.exec(saved.reply)?.[1];
    expect(id).toBeDefined();

    const csv = await policyBot(['needs', 'export', '--format', 'csv', '--data', data]);
    expect(csv.stdout.startsWith('\uFEFF编号,')).toBe(true);
    expect(csv.stdout).toContain(`${id},新提交`);
    expect(csv.stdout).toContain(code);
    expect((await policyBot(['needs', 'list', '--status', '新提交', '--data', data])).stdout).toContain(id!);
    expect((await policyBot(['needs', 'set-status', id!, '已推介', '--data', data])).stdout).toContain('已推介');
    expect((await policyBot(['needs', 'show', id!, '--data', data])).stdout).toMatch(/状态：已推介[\s\S]*手机号：13812345678/);
    expect((await policyBot(['needs', 'list', '--status', '新提交', '--data', data])).stdout).toContain('没有符合条件');
    const wrong = await policyBot(['needs', 'set-status', id!, '办好了', '--data', data]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('可用状态');
    const mode = (await stat(path.join(data, 'needs.json'))).mode & 0o777;
    expect(mode).toBe(0o600);
  }, 180_000);
});

/** One `ask --json --user` process fed line by line: each answer can depend on the bot's last reply. */
function interactiveSession(data: string, user: string) {
  const child = spawn(process.execPath, [BIN, 'ask', '--json', '--user', user, '--data', data], { cwd: ROOT });
  const turns = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    async send(text: string) {
      child.stdin!.write(`${text}\n`);
      const next = await turns.next();
      return JSON.parse(next.value as string) as TurnJson & { options: string[]; assessment?: AssessedJson };
    },
    async close() {
      child.stdin!.end();
      await new Promise((resolve) => child.on('close', resolve));
    },
  };
}

type AssessedJson = { tiers: Array<{ id: string; score: number | null; eligible: boolean | null; indicators: Array<{ id: string; score: number | null }> }> };

describe('a scripted owner registering a financing need in colloquial Chinese', () => {
  it('starts with “我要登记融资需求”, answers “厂房抵押” and “不确定”, and finishes', async () => {
    const data = await temporaryDirectory();
    const session = interactiveSession(data, 'owner-financing');
    expect((await session.send('我要登记融资需求')).reply).toContain('企业名称');
    const answers = ['宿州市测试机械有限公司', validCreditCode(), '萧县', '机械制造', '张三', '138 1234 5678', '五百万左右', '采购原材料', '一年', '厂房抵押', '没有', '不确定', '跳过', '确认'];
    for (const answer of answers) expect((await session.send(answer)).reply).not.toMatch(/格式不对|没看懂/);
    const saved = await session.send('同意');
    await session.close();
    expect(saved.reply).toMatch(/RZ\d{8}-\d{4}/);
    const listed = JSON.parse((await policyBot(['needs', 'list', '--json', '--data', data])).stdout) as Array<{ guarantee: string; product: string; amount: number }>;
    expect(listed[0]).toMatchObject({ guarantee: '抵押（厂房抵押）', product: '不确定', amount: 500 });
  }, 60_000);
});

describe('a scripted owner answering the questionnaire in colloquial Chinese', () => {
  /** The answer an owner would type to each question, found by a word of its prompt. */
  // Specific option lists first: both multiple-choice questions start “以下哪些符合？”.
  const ANSWERS: Array<[RegExp, string]> = [
    [/有效期内的高新技术企业/, '没有'],
    [/质量奖|ISO9001/, '2 3'],
    [/工商注册登记/, '是的'],
    [/独立法人/, '是的，没问题'],
    [/经营是否正常/, '应该没问题吧'],
    [/哪个行业/, '工业'],
    [/从业人员/, '一百多人'],
    [/营业收入总额/, '大概五千万'],
    [/主营业务收入是多少/, '四千五百万左右'],
    [/细分市场/, '五年多'],
    [/研发费用总额/, '一百六十万'],
    [/主营业务收入增长率/, '下降了百分之五'],
    [/近2年主营业务收入平均增长率/, '9个点'],
    [/资产负债率/, '五成五'],
    [/净利润率/, '7%'],
    [/研发人员占全部职工/, '百分之十二'],
    [/知识产权/, '软著'],
    [/研发机构/, '市级的'],
    [/数字化水平/, '二级吧'],
    [/主导产品属于哪一类/, '2'],
    [/战略性新兴产业分类/, '是的'],
    [/特色化/, '10分'],
    [/股权融资/, '没有'],
    [/研发费用的年均值/, '一百五十万'],
  ];

  it('gets an assessment in ask --json whose scores equal assess --json on the same profile', async () => {
    const data = await temporaryDirectory();
    const session = interactiveSession(data, 'owner-colloquial');
    let turn = await session.send('我想测一下能不能申请专精特新');
    let finished: typeof turn | undefined;
    for (let step = 0; step < 40 && !finished; step++) {
      if (turn.assessment) {
        finished = turn;
        break;
      }
      const answer = ANSWERS.find(([prompt]) => prompt.test(turn.reply.split('\n').slice(-12).join('\n')))?.[1];
      expect(answer, `no scripted answer for: ${turn.reply}`).toBeDefined();
      turn = await session.send(answer!);
    }
    await session.close();
    expect(finished?.intent).toBe('assessment');

    const profile = {
      industry: 'industrial', employees: 100, revenue: 5000, mainRevenue: 4500, yearsInNiche: 5, rdExpense: 160,
      mainRevenueGrowth: -5, mainRevenueGrowth2y: 9, debtRatio: 55, netProfitMargin: 7, rdStaffRatio: 12, ip: 'II',
      rdInstitution: 'municipal', digitalLevel: 2, quality: { award: false, iso9001: true, ownBrand: true, standards: false },
      productField: 'six-bases', strategicEmerging: true, localFeatureScore: 10, honors: {}, equityFinancing2y: 0, equityFinancing3y: 0, rdExpenseAvg2y: 150,
      basic: { registeredInChina: true, independentLegalPerson: true, goodStanding: true },
    };
    const file = path.join(data, 'profile.json');
    await writeFile(file, JSON.stringify(profile));
    const assessed = JSON.parse((await policyBot(['assess', '--input', file, '--json'])).stdout) as AssessedJson;
    const scores = (result: AssessedJson) => result.tiers.map(({ id, score, eligible }) => ({ id, score, eligible }));
    expect(JSON.stringify(scores(finished!.assessment!))).toBe(JSON.stringify(scores(assessed)));
    // Ⅱ类 (软著) scored as Ⅱ类: 2 of 10 in 专精特新, 5 of 20 in 创新型.
    const specializedIp = finished!.assessment!.tiers.find((tier) => tier.id === 'specialized')!.indicators.find((indicator) => indicator.id === 'ip');
    expect(specializedIp?.score).toBe(2);
  }, 60_000);
});

/**
 * The command-line contract, run as a user would: the built `policy-bot` in a child process.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
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

  it('takes the data dir from POLICY_BOT_DATA and keeps a --user conversation there', async () => {
    const data = await temporaryDirectory();
    const { code } = await policyBot(['ask', '--user', 'owner-7', '你好'], { env: { POLICY_BOT_DATA: data } });
    expect(code).toBe(0);
    const state = await stat(path.join(data, 'state.json'));
    expect(state.mode & 0o777).toBe(0o600);
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

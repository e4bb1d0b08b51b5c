/**
 * Reliability under bad input and load, bounded in count and time: every entry point gets hostile
 * text; 100 users fill the financing form at once; corrupted data files are refused, not
 * overwritten; SIGTERM finishes the work in flight and flushes storage.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FileBox } from 'file-box';
import { describe, expect, it } from 'vitest';
import { startFeishuChannel } from '../adapters/feishu/channel.js';
import { startWebServer } from '../adapters/web/server.js';
import { FakeFeishu, messageEvent, signedRequest } from './fixtures/fake-feishu.js';
import { validCreditCode } from './fixtures/needs.js';
import { startWechat } from './fixtures/wechat-harness.js';
import { freePort, onCleanup, ROOT, startTestBot, temporaryDirectory } from './helpers.js';

const HOSTILE = [
  '',
  '   \t  ',
  '测'.repeat(100_000),
  'a\u0000b\u0001c\u001b[31mred\u007f',
  '\ud800 lone \udc00 surrogates',
  '🚀💰🏭👍🏻 专精特新 😀',
  '<img src=x onerror=alert(1)><script>alert(2)</script>',
  "' OR 1=1; DROP TABLE needs; --",
  '{"type":"message","__proto__":{"polluted":true},"text":null}',
  '上一步',
  '修改 一个不存在的字段',
];

const STACK = /\n\s+at [\w.<]/;

describe('hostile input at every entry point', () => {
  it('policy-bot ask answers every line and never shows a stack trace', async () => {
    const input = HOSTILE.map((text) => text.replace(/\n/g, ' ')).join('\n') + '\n';
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'ask', '--json', '--data', await temporaryDirectory()], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const turns = stdout.trim().split('\n').map((line) => JSON.parse(line) as { reply: string; intent: string });
    expect(turns).toHaveLength(HOSTILE.length);
    for (const turn of turns) {
      expect(turn.reply.length).toBeGreaterThan(0);
      expect(turn.reply).not.toMatch(STACK);
    }
    expect(stderr).not.toMatch(STACK);
  });

  it('POST /api/messages replies or refuses with a clean 4xx, and keeps serving', async () => {
    const bot = await startTestBot();
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'reliability-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 0 });
    onCleanup(() => web.close());
    const statuses: number[] = [];
    for (const text of HOSTILE) {
      const response = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text, user: 'fuzz-user-0123456789' }) });
      statuses.push(response.status);
      const body = await response.text();
      expect(body).not.toMatch(STACK);
      if (response.status === 200) expect((JSON.parse(body) as unknown[]).length).toBeGreaterThan(0);
    }
    for (const raw of ['', 'null', '[]', '{"type":"message"}', '{"type":"message","text":{"$gt":""},"user":"fuzz-user-0123456789"}', '\u0000\u0001', '{'.repeat(10_000)]) {
      const response = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw });
      statuses.push(response.status);
      expect(await response.text()).not.toMatch(STACK);
    }
    expect(statuses.every((status) => status === 200 || (status >= 400 && status < 500))).toBe(true);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(HOSTILE.length - 1);
    expect((await fetch(`${web.url}/healthz`)).status).toBe(200);
    expect(bot.logLines.filter((line) => line.includes('ERROR'))).toEqual([]);
  });

  it('the Feishu webhook answers hostile text and refuses garbage bodies', async () => {
    const feishu = await new FakeFeishu().start();
    onCleanup(() => feishu.stop());
    const dataDirectory = await temporaryDirectory();
    const bot = await startTestBot({ dataDirectory });
    const channel = await startFeishuChannel({
      app: bot.app,
      dataDirectory,
      logger: bot.app.bot.services.logger,
      settings: { appId: 'cli_0123456789abcdef', appSecret: 'secret', mode: 'webhook', encryptKey: 'fuzz-key', verificationToken: 'verify-token', domain: feishu.url, staffIds: [] },
      autoReconnect: false,
    });
    onCleanup(() => channel.stop());
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'reliability-admin-token', logger: bot.app.bot.services.logger, routes: [channel.route], rateLimitPerMinute: 0 });
    onCleanup(() => web.close());
    const texts = HOSTILE.filter((text) => text.length < 10_000);
    for (const text of texts) {
      const request = signedRequest(messageEvent({ text }), 'fuzz-key');
      expect((await fetch(`${web.url}/feishu/events`, { method: 'POST', headers: request.headers, body: request.body })).status).toBe(200);
    }
    for (const raw of ['', 'not json', '{"encrypt":"%%%"}', '{"encrypt":42}']) {
      const response = await fetch(`${web.url}/feishu/events`, { method: 'POST', body: raw });
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(500);
    }
    await channel.adapter.idle();
    expect(feishu.replies().length).toBeGreaterThanOrEqual(texts.length);
    expect(feishu.replies().some((reply) => STACK.test(String(reply.content.text ?? '')))).toBe(false);
  });

  it('the WeChat adapter answers hostile text and files', async () => {
    const wechat = await startWechat({ sendIntervalMs: 1, floodLimit: 1000 });
    const hostile = HOSTILE.filter((entry) => entry.length < 10_000);
    const handled = wechat.channel.adapter.handled;
    for (const text of hostile) wechat.owner.say(text || ' ').to(wechat.me);
    wechat.owner.say(FileBox.fromBase64('AAAA', 'voice.silk')).to(wechat.me);
    await wechat.channel.adapter.whenHandled(handled + hostile.length + 1);
    await wechat.channel.adapter.drain();
    expect(wechat.sent.length).toBeGreaterThanOrEqual(HOSTILE.length - 1);
    expect(wechat.sent.some((entry) => STACK.test(entry.text))).toBe(false);
  });
});

describe('load', () => {
  it('100 users filling the financing form at once: every need saved, no answer crossing sessions', async () => {
    const bot = await startTestBot();
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'reliability-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 0 });
    onCleanup(() => web.close());
    const post = async (user: string, text: string) => {
      const response = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text, user }) });
      return ((await response.json()) as Array<{ text: string }>).map((reply) => reply.text).join('\n');
    };
    const users = Array.from({ length: 100 }, (_, index) => ({ user: `load-user-${String(index).padStart(6, '0')}`, company: `并发测试企业${index}号有限公司`, code: validCreditCode(), phone: `139${String(index).padStart(8, '0')}` }));
    const summaries = await Promise.all(
      users.map(async ({ user, company, code, phone }) => {
        await post(user, '融资需求登记');
        for (const answer of [company, code, '1', '机械制造', '张三', phone, '100万', '采购', '1年', '5', '5', '6']) await post(user, answer);
        const summary = await post(user, '跳过');
        await post(user, '1');
        await post(user, '同意');
        return summary;
      }),
    );
    users.forEach(({ company, phone }, index) => {
      expect(summaries[index]).toContain(`企业名称：${company}`);
      expect(summaries[index]).toContain(`手机号：${phone}`);
    });
    const needs = await bot.app.needs.list();
    expect(needs).toHaveLength(100);
    for (const { user, company, code, phone } of users) {
      expect(needs.find((need) => need.creditCode === code)).toMatchObject({ userId: user, companyName: company, phone });
    }
  }, 120_000);
});

describe('corrupted data files', () => {
  it('refuses to start on a corrupted state file, keeps it and a backup, and says what to do', async () => {
    const data = await temporaryDirectory();
    const file = path.join(data, 'state.json');
    await writeFile(file, '{"items": {"half-written');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'ask', '--user', 'someone', '--data', data, '你好'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(1);
    expect(stderr).toContain('state.json 不是有效的 JSON');
    expect(stderr).toContain('已备份到');
    expect(stderr).not.toMatch(STACK);
    expect(await readFile(file, 'utf8')).toBe('{"items": {"half-written');
    expect((await readdir(data)).some((name) => name.startsWith('state.json.corrupt-'))).toBe(true);
  });

  it('never overwrites a corrupted needs file with an empty one', async () => {
    const bot = await startTestBot();
    const file = path.join(bot.dataDirectory, 'needs.json');
    await writeFile(file, 'garbage that was once a database');
    await expect(bot.app.needs.list()).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
    await expect(bot.app.needs.list()).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
    // Read twice, backed up once.
    expect((await readdir(bot.dataDirectory)).filter((name) => name.startsWith('needs.json.corrupt-'))).toHaveLength(1);
    await expect(
      bot.app.needs.submit({ fields: { companyName: 'x公司', creditCode: validCreditCode(), county: '萧县', industry: '食品', contactName: '王', phone: '13812345678', amount: 1, purpose: '周转', term: '1年', guarantee: '信用', certification: '没有', product: '不确定' }, channel: 'test', userId: 'u', consent: { version: 'v', text: 't', at: new Date().toISOString() } }),
    ).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
    expect(await readFile(file, 'utf8')).toBe('garbage that was once a database');
  });
});


describe('graceful shutdown', () => {
  it('on SIGTERM finishes, flushes the conversation state and exits 0', async () => {
    const data = await temporaryDirectory();
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'start', '--data', data], { env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const deadline = Date.now() + 20_000;
    while (!stdout.includes('管理后台') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const user = 'shutdown-user-0123456789';
    await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: '自测', user }) });
    const answered = fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: '是', user }) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    expect((await answered).status).toBe(200);
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(stdout).toContain('正在停止');
    const state = await readFile(path.join(data, 'state.json'), 'utf8');
    expect(state).toContain(user);
    // The answer given just before SIGTERM reached the disk with the dialog position.
    expect(state).toContain('registeredInChina');
  }, 40_000);
});

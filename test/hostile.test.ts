/**
 * The defects a red-team run found (issue: hostile input and faults), each driven the way the
 * attacker did: against a real `policy-bot start` on 127.0.0.1, or at the part that failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebServer, type SocketLimits } from '../adapters/web/server.js';
import { LowdbStorage } from '../src/bot/storage.js';
import { FakeFeishu } from './fixtures/fake-feishu.js';
import { freePort, onCleanup, ROOT, startTestBot, temporaryDirectory } from './helpers.js';

/** A websocket frame built by hand, so that it can break the rules a real client keeps. */
function frame(options: { fin?: boolean; rsv1?: boolean; opcode: number; mask?: boolean; payload: Buffer }): Buffer {
  const { fin = true, rsv1 = false, opcode, mask = true, payload } = options;
  const length = payload.length;
  const header: number[] = [(fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126) header.push(maskBit | length);
  else if (length < 65536) header.push(maskBit | 126, length >> 8, length & 0xff);
  else header.push(maskBit | 127, 0, 0, 0, 0, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
  if (!mask) return Buffer.concat([Buffer.from(header), payload]);
  const key = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ key[index % 4]!));
  return Buffer.concat([Buffer.from(header), key, masked]);
}

/** Opens /ws with a hand-made handshake; resolves once the server has switched protocols. */
function openRawSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.once('data', (chunk) => (chunk.toString().startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(chunk.toString()))));
    socket.on('error', () => undefined);
  });
}

let server: ChildProcess;
let port: number;
let stderr = '';

beforeAll(async () => {
  const data = await temporaryDirectory();
  port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'start', '--data', data], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let stdout = '';
  server.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (!stdout.includes('管理后台') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}, 30_000);

afterAll(async () => {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const closed = new Promise((resolve) => server.once('close', resolve));
  server.kill('SIGTERM');
  await closed;
});

describe('websocket frames that break the protocol close that socket only', () => {
  const BAD_FRAMES: Array<[string, () => Buffer]> = [
    ['a 70,000-byte frame', () => frame({ opcode: 0x1, payload: Buffer.alloc(70_000, 0x61) })],
    ['an unmasked frame', () => frame({ opcode: 0x1, mask: false, payload: Buffer.from('{"type":"message"}') })],
    ['RSV1 set', () => frame({ opcode: 0x1, rsv1: true, payload: Buffer.from('hi') })],
    ['a reserved opcode', () => frame({ opcode: 0x3, payload: Buffer.from('hi') })],
    ['invalid UTF-8', () => frame({ opcode: 0x1, payload: Buffer.from([0xff, 0xfe, 0xfd]) })],
    ['a fragmented control frame', () => frame({ opcode: 0x9, fin: false, payload: Buffer.from('ping') })],
  ];

  it.each(BAD_FRAMES)('%s: the socket is closed, /healthz still answers', async (_name, make) => {
    const socket = await openRawSocket(port);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(make());
    await closed;
    expect(server.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('a good socket keeps working while a bad one is thrown out', async () => {
    const good = await openRawSocket(port);
    const replies: string[] = [];
    good.on('data', (chunk) => replies.push(chunk.toString()));
    const bad = await openRawSocket(port);
    bad.write(frame({ opcode: 0x1, mask: false, payload: Buffer.from('x') }));
    await new Promise((resolve) => bad.once('close', resolve));
    good.write(frame({ opcode: 0x1, payload: Buffer.from(JSON.stringify({ type: 'message', text: '税融通是什么', user: 'websocket-user-0123456789' })) }));
    const deadline = Date.now() + 5_000;
    while (!replies.join('').includes('税融通') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies.join('')).toContain('税融通');
    good.destroy();
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('websocket limits', () => {
  async function webWith(limits: Partial<SocketLimits>) {
    const bot = await startTestBot();
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'hostile-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 0, sockets: limits });
    onCleanup(() => web.close());
    return web.url.replace('http', 'ws') + '/ws';
  }
  const opened = (socket: WebSocket) => new Promise<void>((resolve, reject) => { socket.once('open', () => resolve()); socket.once('error', reject); });
  const closed = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  it('closes a socket that stays idle', async () => {
    const socket = new WebSocket(await webWith({ idleMs: 200 }));
    await opened(socket);
    expect(await closed(socket)).toBe(1000);
  });

  it('caps open sockets per address', async () => {
    const url = await webWith({ perIp: 2 });
    const first = new WebSocket(url);
    const second = new WebSocket(url);
    await Promise.all([opened(first), opened(second)]);
    const third = new WebSocket(url);
    await expect(opened(third)).rejects.toThrow();
    first.close();
    second.close();
  });

  it('closes a socket that floods frames', async () => {
    const socket = new WebSocket(await webWith({ framesPerSecond: 5 }));
    await opened(socket);
    const code = closed(socket);
    for (let index = 0; index < 20; index++) socket.send('{}');
    expect(await code).toBe(1008);
  });
});

describe('start-up failures exit with one clear line, never a secret', () => {
  async function start(env: NodeJS.ProcessEnv, data?: string) {
    const directory = data ?? (await temporaryDirectory());
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'start', '--data', directory], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(killer);
    return { code, output, seconds: (Date.now() - started) / 1000 };
  }

  it('on a busy port', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    onCleanup(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { code, output, seconds } = await start({ PORT: String((blocker.address() as AddressInfo).port) });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(seconds).toBeLessThan(15);
    expect(output).toContain('已被占用');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('with Feishu unreachable, and the app secret is never printed', async () => {
    const { code, output, seconds } = await start({ PORT: '0', FEISHU_APP_ID: 'cli_0123456789abcdef', FEISHU_APP_SECRET: 'a-very-secret-app-secret', FEISHU_DOMAIN: 'http://127.0.0.1:9' });
    expect(code).toBe(1);
    expect(seconds).toBeLessThan(15);
    expect(output).toContain('飞书渠道启动失败');
    expect(output).not.toContain('a-very-secret-app-secret');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('with a corrupt feishu-seen.json, naming the file', async () => {
    const fake = new FakeFeishu();
    await fake.start();
    onCleanup(() => fake.stop());
    const data = await temporaryDirectory();
    await writeFile(path.join(data, 'feishu-seen.json'), '{"half');
    const { code, output, seconds } = await start({ PORT: '0', FEISHU_APP_ID: 'cli_0123456789abcdef', FEISHU_APP_SECRET: 'a-very-secret-app-secret', FEISHU_DOMAIN: fake.url, FEISHU_MODE: 'webhook' }, data);
    expect(code).toBe(1);
    expect(seconds).toBeLessThan(15);
    expect(output).toContain('feishu-seen.json');
    expect(output).not.toContain('a-very-secret-app-secret');
  }, 30_000);

  it('with an ADMIN_TOKEN under 12 characters, or a needs file damaged to null', async () => {
    const short = await start({ PORT: '0', ADMIN_TOKEN: 'short' });
    expect(short.code).toBe(1);
    expect(short.output).toContain('ADMIN_TOKEN 太短');
    const data = await temporaryDirectory();
    await writeFile(path.join(data, 'needs.json'), 'null');
    const damaged = await start({ PORT: '0' }, data);
    expect(damaged.code).toBe(1);
    expect(damaged.output).toContain('needs.json');
  }, 40_000);
});

describe('rate limits with separate buckets', () => {
  const post = (url: string, user: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ type: 'message', text: '你好', user }) });

  it('sixty owners behind one office address are served; one flooding user is refused, in Chinese', async () => {
    const bot = await startTestBot();
    // 20 messages a minute per owner; the office address may carry ten owners' worth at full speed.
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'hostile-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 20 });
    onCleanup(() => web.close());
    const statuses: number[] = [];
    for (let owner = 0; owner < 60; owner++) statuses.push((await post(web.url, `office-owner-${String(owner).padStart(10, '0')}`)).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const flood: Response[] = [];
    for (let index = 0; index < 22; index++) flood.push(await post(web.url, 'flooding-owner-0123456789'));
    const refused = flood.find((response) => response.status === 429);
    expect(refused).toBeDefined();
    expect(((await refused!.json()) as { error: string }).error).toContain('请求过于频繁');
  });

  it('keeps the admin console reachable while chat traffic from the same address is refused, and logs failed logins', async () => {
    const bot = await startTestBot();
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'hostile-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 2, ipRateLimitPerMinute: 3 });
    onCleanup(() => web.close());
    for (let index = 0; index < 6; index++) await post(web.url, `chatty-owner-${index}-0123456789`);
    expect((await post(web.url, 'one-more-owner-0123456789')).status).toBe(429);
    const admin = await fetch(`${web.url}/admin/api/needs`, { headers: { Authorization: 'Bearer hostile-admin-token' } });
    expect(admin.status).toBe(200);
    expect((await fetch(`${web.url}/admin/api/needs`, { headers: { Authorization: 'Bearer wrong-token-guess' } })).status).toBe(401);
    expect(bot.logLines.some((line) => line.includes('管理后台令牌错误'))).toBe(true);
  });

  it('with TRUST_PROXY, counts each forwarded client on its own', async () => {
    const bot = await startTestBot();
    const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'hostile-admin-token', logger: bot.app.bot.services.logger, rateLimitPerMinute: 100, ipRateLimitPerMinute: 2, trustProxy: true });
    onCleanup(() => web.close());
    const statuses: number[] = [];
    for (let client = 0; client < 5; client++) statuses.push((await post(web.url, `proxied-owner-${client}-0123456789`, { 'X-Forwarded-For': `203.0.113.${client}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const sameClient: number[] = [];
    for (let index = 0; index < 4; index++) sameClient.push((await post(web.url, `proxied-same-${index}-0123456789`, { 'X-Forwarded-For': '198.51.100.7' })).status);
    expect(sameClient).toContain(429);
  });
});

describe('data lifecycle', () => {
  it('forgets conversations idle past the limit, keeping users’ saved answers', async () => {
    const data = await temporaryDirectory();
    const storage = await LowdbStorage.open(data);
    await storage.write({ 'web/conversations/old-user/dialog': { step: 3 }, 'users/web/old-user': { profile: { revenue: 3000 } } });
    await storage.write({ 'web/conversations/new-user/dialog': { step: 1 } });
    const day = 24 * 60 * 60 * 1000;
    expect(await storage.expireIdle(30 * day, (key) => key.startsWith('users/'), Date.now() + 31 * day)).toBe(3 - 1);
    const left = await storage.read(['web/conversations/old-user/dialog', 'users/web/old-user', 'web/conversations/new-user/dialog']);
    expect(Object.keys(left)).toEqual(['users/web/old-user']);
    await storage.flush();
    const reopened = await LowdbStorage.open(data);
    expect(Object.keys(await reopened.read(['users/web/old-user', 'web/conversations/old-user/dialog']))).toEqual(['users/web/old-user']);
  });

  it('keeps conversation state when the disk refuses a write, reports it, and writes it once the disk is back', async () => {
    const data = path.join(await temporaryDirectory(), 'state');
    await mkdir(data);
    const failures: unknown[] = [];
    let failed!: () => void;
    const reported = new Promise<void>((resolve) => (failed = resolve));
    const storage = await LowdbStorage.open(data, {
      flushDelayMs: 1,
      writeFailed: (error) => {
        failures.push(error);
        failed();
      },
    });
    // The data directory becomes a plain file: every write into it fails.
    await rm(data, { recursive: true });
    await writeFile(data, 'not a directory');
    await storage.write({ 'web/conversations/a/dialog': { step: 1 } });
    await reported;
    expect(failures.length).toBeGreaterThan(0);
    // Later turns go on: a write neither throws nor loses what is held in memory.
    await storage.write({ 'web/conversations/b/dialog': { step: 2 } });
    expect(Object.keys(await storage.read(['web/conversations/a/dialog', 'web/conversations/b/dialog']))).toHaveLength(2);
    // The disk comes back. A retry may already have made the directory again (writes make their
    // parent directory), so it may exist by the time this runs.
    await rm(data);
    await mkdir(data, { recursive: true });
    await storage.flush();
    const reopened = await LowdbStorage.open(data);
    expect(await reopened.read(['web/conversations/a/dialog', 'web/conversations/b/dialog'])).toEqual({ 'web/conversations/a/dialog': { step: 1 }, 'web/conversations/b/dialog': { step: 2 } });
  });
});

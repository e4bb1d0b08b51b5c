/**
 * The web channel and the admin console on one node:http server:
 * - `/` the mobile chat page, talking over a websocket (`/ws`);
 * - `POST /api/messages` with Botkit's web-adapter conventions: `{type, text, user, channel}` in,
 *   the JSON array of the bot's replies out;
 * - `/admin` and `/admin/api/*`, which need the admin token in the `Authorization` header.
 * Other adapters may mount routes here (the Feishu webhook) through `routes`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { App } from '../../src/app.js';
import { InProcessAdapter, type CollectedReply } from '../../src/bot/in-process-adapter.js';
import type { Logger } from '../../src/infrastructure/logger.js';
import { projectRoot } from '../../src/infrastructure/project-root.js';
import { AdminApi } from './admin-api.js';
import { BodyTooLarge, readBody, securityHeaders, sendJson } from './http.js';
import { RateLimiter } from './rate-limit.js';

export const WEB_CHANNEL = 'web';
const PUBLIC = path.join(projectRoot(import.meta.url), 'adapters/web/public');
const PAGES: Record<string, string> = { '/': 'index.html', '/admin': 'admin.html', '/chat.js': 'chat.js', '/admin.js': 'admin.js', '/style.css': 'style.css' };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A user id the page made with crypto.randomUUID(): long enough that nobody can guess another's. */
const userId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const incomingMessage = z.object({
  type: z.literal('message'),
  text: z.string().max(4000),
  user: userId,
  channel: z.enum(['webhook', 'websocket']).optional(),
});

export interface WebServerOptions {
  app: App;
  host: string;
  port: number;
  adminToken: string;
  logger: Logger;
  /** Requests per minute per IP address. */
  rateLimitPerMinute?: number;
  /** Extra routes (e.g. the Feishu webhook); return true when handled. */
  routes?: Array<(request: IncomingMessage, response: ServerResponse, body: () => Promise<Buffer>) => Promise<boolean>>;
}

export interface WebServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function toWire(reply: CollectedReply): { type: 'message'; text: string; intent: string; options: string[]; citations: CollectedReply['metadata']['citations'] } {
  return { type: 'message', text: reply.text, intent: reply.metadata.intent, options: reply.metadata.options, citations: reply.metadata.citations };
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const adapter = new InProcessAdapter(WEB_CHANNEL);
  adapter.handleTurn = options.app.bot.handleTurn;
  const limiter = new RateLimiter(options.rateLimitPerMinute ?? 600);
  const admin = new AdminApi(options.app, options.adminToken);

  const server = createServer((request, response) => {
    securityHeaders(response);
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return sendJson(response, 413, { error: '请求内容过大' });
      options.logger.error('网页请求处理失败', { url: request.url, error: error as Error });
      if (!response.headersSent) sendJson(response, 500, { error: '服务器内部错误' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = request.socket.remoteAddress ?? 'unknown';
    if (!limiter.allow(ip)) {
      response.setHeader('Retry-After', '60');
      return sendJson(response, 429, { error: '请求过于频繁，请稍后再试' });
    }
    let bodyPromise: Promise<Buffer> | undefined;
    const body = () => (bodyPromise ??= readBody(request));
    for (const route of options.routes ?? []) if (await route(request, response, body)) return;

    if (url.pathname === '/api/messages') {
      if (request.method !== 'POST') return sendJson(response, 405, { error: '请用 POST' });
      let parsed;
      try {
        parsed = incomingMessage.safeParse(JSON.parse((await body()).toString('utf8')));
      } catch (error) {
        if (error instanceof BodyTooLarge) throw error;
        return sendJson(response, 400, { error: '请求不是有效的 JSON' });
      }
      if (!parsed.success) return sendJson(response, 400, { error: '请求格式不对：需要 {"type":"message","text":"…","user":"16位以上的字母数字"}' });
      const replies = await adapter.receive(parsed.data.user, parsed.data.text);
      return sendJson(response, 200, replies.map(toWire));
    }
    if (url.pathname === '/healthz') return sendJson(response, 200, { ok: true });
    if (url.pathname.startsWith('/admin/api/')) return admin.handle(request, response, url, body);
    const page = PAGES[url.pathname];
    if (page && (request.method === 'GET' || request.method === 'HEAD')) {
      const file = path.join(PUBLIC, page);
      const info = await stat(file);
      response.statusCode = 200;
      response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      response.setHeader('Content-Length', info.size);
      response.setHeader('Cache-Control', 'no-cache');
      if (request.method === 'HEAD') return void response.end();
      createReadStream(file).pipe(response);
      return;
    }
    sendJson(response, 404, { error: '页面不存在' });
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ws' || !limiter.allow(request.socket.remoteAddress ?? 'unknown')) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => serveSocket(client, request.socket.remoteAddress ?? 'unknown'));
  });

  function serveSocket(client: WebSocket, ip: string): void {
    // One turn at a time per page; the bot's turn queue also orders turns per user.
    let chain = Promise.resolve();
    client.on('message', (data) => {
      chain = chain.then(async () => {
        if (!limiter.allow(ip)) return client.send(JSON.stringify({ type: 'error', text: '请求过于频繁，请稍后再试' }));
        let parsed;
        try {
          parsed = incomingMessage.safeParse(JSON.parse(data.toString()));
        } catch {
          parsed = undefined;
        }
        if (!parsed?.success) return client.send(JSON.stringify({ type: 'error', text: '消息格式不对' }));
        const replies = await adapter.receive(parsed.data.user, parsed.data.text);
        for (const reply of replies) client.send(JSON.stringify(toWire(reply)));
      }).catch((error: unknown) => options.logger.error('网页对话失败', { error: error as Error }));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  options.app.bot.services.channels.set(WEB_CHANNEL, { state: 'connected', detail: url });
  return {
    server,
    url,
    close: async () => {
      for (const client of sockets.clients) client.close(1001, 'server stopping');
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

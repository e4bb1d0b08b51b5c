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
import type { Logger } from '../../src/infrastructure/logger.js';
import type { Channel, HttpRoute, IncomingMessage as ChatMessage, OutgoingMessage, ProactiveMessage, ProactiveSender } from '../../src/channels/contract.js';
import { randomUUID } from 'node:crypto';
import { projectRoot } from '../../src/infrastructure/project-root.js';
import { AdminApi } from './admin-api.js';
import { BodyTooLarge, readBody, securityHeaders, sendJson } from './http.js';
import { RateLimiter } from './rate-limit.js';
import { texts } from '../../src/texts.js';

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
/** Sent by the page when its socket opens: messages staff sent while it was closed are shown then. */
const helloFrame = z.object({ type: z.literal('hello'), user: userId });

export interface WebServerOptions {
  app: App;
  host: string;
  port: number;
  adminToken: string;
  logger: Logger;
  /** Chat messages per minute per user id (0 = no limit). */
  rateLimitPerMinute?: number;
  /**
   * Requests per minute per address, for everything but the admin console: ten times the per-user
   * limit by default, so that sixty owners behind one office NAT are not refused.
   */
  ipRateLimitPerMinute?: number;
  /** Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy?: boolean;
  /** Websocket limits; defaults suit one office of owners behind one address. */
  sockets?: Partial<SocketLimits>;
  /** Extra routes (e.g. the Feishu webhook); return true when handled. */
  routes?: HttpRoute[];
}

export interface SocketLimits {
  /** Open sockets per IP address. */
  perIp: number;
  /** Frames per second per socket before it is closed as a flood. */
  framesPerSecond: number;
  /** A socket with no frame for this long is closed (the page reconnects when used again). */
  idleMs: number;
}

const SOCKET_LIMITS: SocketLimits = { perIp: 50, framesPerSecond: 20, idleMs: 10 * 60_000 };

export interface WebServer extends Channel {
  server: Server;
  /** Where it listens, once started. */
  readonly url: string;
  /** The same as `stop`. */
  close(): Promise<void>;
}

export function toWire(reply: OutgoingMessage): { type: 'message'; text: string; intent: string; options: string[]; citations: OutgoingMessage['citations'] } {
  return { type: 'message', text: reply.text, intent: reply.intent, options: reply.options, citations: reply.citations };
}

/** A web user's message in the core's terms: the page's id is the user and the conversation. */
function chatMessage(user: string, text: string): ChatMessage {
  return { channel: WEB_CHANNEL, userId: user, conversationId: user, text, rawId: randomUUID() };
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const web = createWebServer(options);
  await web.start();
  return web;
}

/** The web channel, not yet listening: `start` listens and offers staff replies to open pages. */
export function createWebServer(options: WebServerOptions): WebServer {
  const perUser = options.rateLimitPerMinute ?? 600;
  const users = new RateLimiter(perUser);
  const addresses = new RateLimiter(options.ipRateLimitPerMinute ?? perUser * 10);
  const admin = new AdminApi(options.app, options.adminToken, options.logger);
  const clientAddress = (request: IncomingMessage): string => {
    const forwarded = options.trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean).at(-1) : undefined;
    return forwarded ?? request.socket.remoteAddress ?? 'unknown';
  };
  const tooMany = (response: ServerResponse) => {
    response.setHeader('Retry-After', '60');
    sendJson(response, 429, { error: texts.web.tooManyRequests });
  };

  const server = createServer((request, response) => {
    securityHeaders(response);
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return sendJson(response, 413, { error: texts.web.bodyTooLarge });
      options.logger.error('网页请求处理失败', { url: request.url, error: error as Error });
      if (!response.headersSent) sendJson(response, 500, { error: texts.web.internalError });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = clientAddress(request);
    // The admin console has buckets of its own (per token, and per address for failed logins):
    // chat traffic from the same office never locks staff out.
    if (url.pathname.startsWith('/admin/api/')) return admin.handle(request, response, url, () => readBody(request), ip);
    if (!addresses.allow(ip)) return tooMany(response);
    let bodyPromise: Promise<Buffer> | undefined;
    const body = () => (bodyPromise ??= readBody(request));
    for (const route of options.routes ?? []) if (await route(request, response, body)) return;

    if (url.pathname === '/api/messages') {
      if (request.method !== 'POST') return sendJson(response, 405, { error: texts.web.postOnly });
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return sendJson(response, 415, { error: texts.web.jsonOnly });
      let parsed;
      try {
        parsed = incomingMessage.safeParse(JSON.parse((await body()).toString('utf8')));
      } catch (error) {
        if (error instanceof BodyTooLarge) throw error;
        return sendJson(response, 400, { error: texts.web.invalidJson });
      }
      if (!parsed.success) return sendJson(response, 400, { error: texts.web.messageShape });
      if (!users.allow(parsed.data.user)) return tooMany(response);
      const replies = await options.app.bot.ask(chatMessage(parsed.data.user, parsed.data.text));
      return sendJson(response, 200, replies.map(toWire));
    }
    if (url.pathname === '/healthz') return sendJson(response, 200, { ok: true });
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
    sendJson(response, 404, { error: texts.web.notFound });
  }

  // The web side of the Channel contract: a staff reply reaches every open page of that user.
  const socketsByUser = new Map<string, Set<WebSocket>>();
  const listen = (client: WebSocket, user: string) => {
    const sockets = socketsByUser.get(user) ?? new Set();
    sockets.add(client);
    socketsByUser.set(user, sockets);
    client.once('close', () => {
      sockets.delete(client);
      if (!sockets.size && socketsByUser.get(user) === sockets) socketsByUser.delete(user);
    });
  };
  const proactive = (message: ProactiveMessage) => JSON.stringify({ type: 'message', text: message.text, intent: message.intent, options: [], citations: [] });
  const send: ProactiveSender['send'] = async (address, message) => {
    const open = [...(socketsByUser.get(address.userId) ?? [])].filter((client) => client.readyState === client.OPEN);
    if (!open.length) return { state: 'pending', detail: 'page-closed' };
    for (const client of open) client.send(proactive(message));
    return { state: 'delivered' };
  };

  const limits = { ...SOCKET_LIMITS, ...options.sockets };
  const openPerIp = new Map<string, number>();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  // A protocol violation (oversized, unmasked, RSV1, reserved opcode, bad UTF-8, fragmented control
  // frame) is reported as an 'error' on that client: without a listener it would end the process.
  sockets.on('error', (error) => options.logger.warn('网页长连接服务出错', { error }));
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = clientAddress(request);
    if (url.pathname !== '/ws' || !addresses.allow(ip) || (openPerIp.get(ip) ?? 0) >= limits.perIp) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => serveSocket(client, ip));
  });

  function serveSocket(client: WebSocket, ip: string): void {
    openPerIp.set(ip, (openPerIp.get(ip) ?? 0) + 1);
    let idle = setTimeout(() => client.close(1000, 'idle'), limits.idleMs);
    let windowStart = Date.now();
    let framesInWindow = 0;
    client.on('error', (error) => {
      options.logger.warn('网页长连接协议错误，已断开该连接', { error: error.message });
      client.terminate();
    });
    client.on('close', () => {
      clearTimeout(idle);
      const open = (openPerIp.get(ip) ?? 1) - 1;
      if (open > 0) openPerIp.set(ip, open);
      else openPerIp.delete(ip);
    });
    // One turn at a time per page; the bot's turn queue also orders turns per user.
    let chain = Promise.resolve();
    // The users this page spoke as (one, unless a script reuses a socket).
    const listening = new Set<string>();
    const follow = (user: string) => {
      if (listening.has(user)) return;
      listening.add(user);
      listen(client, user);
    };
    client.on('message', (data) => {
      clearTimeout(idle);
      idle = setTimeout(() => client.close(1000, 'idle'), limits.idleMs);
      const now = Date.now();
      if (now - windowStart >= 1000) {
        windowStart = now;
        framesInWindow = 0;
      }
      if (++framesInWindow > limits.framesPerSecond) {
        client.close(1008, 'too many frames');
        return;
      }
      chain = chain.then(async () => {
        let frame: unknown;
        try {
          frame = JSON.parse(data.toString());
        } catch {
          frame = undefined;
        }
        const hello = helloFrame.safeParse(frame);
        if (hello.success) {
          follow(hello.data.user);
          for (const message of await options.app.bot.services.handoff.takePending(WEB_CHANNEL, hello.data.user)) client.send(proactive(message));
          return;
        }
        const parsed = incomingMessage.safeParse(frame);
        if (!parsed.success) return client.send(JSON.stringify({ type: 'error', text: texts.web.badFrame }));
        if (!addresses.allow(ip) || !users.allow(parsed.data.user)) return client.send(JSON.stringify({ type: 'error', text: texts.web.tooManyRequests }));
        follow(parsed.data.user);
        // Each reply goes out as soon as the bot says it.
        await options.app.bot.receive(chatMessage(parsed.data.user, parsed.data.text), (reply) => {
          if (client.readyState === client.OPEN) client.send(JSON.stringify(toWire(reply)));
        });
      }).catch((error: unknown) => options.logger.error('网页对话失败', { error: error as Error }));
    });
  }

  let url = '';
  let unregister: (() => void) | undefined;
  const stop = async () => {
    unregister?.();
    for (const client of sockets.clients) client.close(1001, 'server stopping');
    sockets.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  };
  return {
    name: WEB_CHANNEL,
    server,
    get url() {
      return url;
    },
    send,
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      url = `http://${host}:${address.port}`;
      unregister = options.app.bot.services.channels.register(this);
      options.app.bot.services.channels.set(WEB_CHANNEL, { state: 'connected', detail: url });
    },
    stop,
    close: stop,
  };
}

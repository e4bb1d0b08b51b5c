/**
 * Runs the Feishu channel in either mode: long connection (`WSClient`, no public URL needed) or
 * webhook (`POST /feishu/events` on the web server, with decryption, the signature check, the
 * verification token and the url_verification challenge). Both feed one EventDispatcher.
 */
import { PolicyBotError } from '../../src/infrastructure/errors.js';
import type { Channel, HttpRoute } from '../../src/channels/contract.js';
import * as lark from '@larksuiteoapi/node-sdk';
import type { App } from '../../src/app.js';
import type { Logger } from '../../src/infrastructure/logger.js';
import { sendJson } from '../../src/infrastructure/http-response.js';
import { FEISHU_CHANNEL, FeishuAdapter, type CardActionEvent, type MessageReceiveEvent } from './feishu-adapter.js';
import { SeenEvents } from './seen-events.js';
import { staffTexts } from '../../src/texts.js';

export interface FeishuSettings {
  appId: string;
  appSecret: string;
  mode: 'ws' | 'webhook';
  encryptKey?: string;
  verificationToken?: string;
  /** The Open Platform base URL: Feishu, Lark, or a test server. */
  domain: string;
  staffChatId?: string;
  staffIds: string[];
}


export interface FeishuChannel extends Channel {
  /** The adapter, once started. */
  readonly adapter: FeishuAdapter;
  /** Mounted on the web server in webhook mode (before start it handles nothing). */
  route: HttpRoute;
}

interface FeishuOptions {
  app: App;
  dataDirectory: string;
  logger: Logger;
  settings: FeishuSettings;
  /** Reconnect the long connection after a drop (off in tests, which end the fake server). */
  autoReconnect?: boolean;
}

export async function startFeishuChannel(options: FeishuOptions): Promise<FeishuChannel> {
  const channel = createFeishuChannel(options);
  await channel.start();
  return channel;
}

/** The Feishu channel, not yet connected: `start` checks the app with the Open Platform and connects. */
export function createFeishuChannel(options: FeishuOptions): FeishuChannel {
  let connected: Connected | undefined;
  return {
    name: FEISHU_CHANNEL,
    get adapter() {
      if (!connected) throw new Error('the Feishu channel was used before start');
      return connected.adapter;
    },
    route: async (request, response, body) => (connected ? connected.route(request, response, body) : false),
    send: async (address, message) => (connected ? connected.adapter.send(address, message) : { state: 'pending', detail: 'feishu-not-started' }),
    async start() {
      connected ??= await connect(options);
    },
    async stop() {
      await connected?.stop();
    },
  };
}

interface Connected {
  adapter: FeishuAdapter;
  route: HttpRoute;
  stop(): Promise<void>;
}

export const FEISHU_WEBHOOK_PATH = '/feishu/events';

async function connect(options: FeishuOptions): Promise<Connected> {
  const { app, logger, settings } = options;
  const services = app.bot.services;
  const sdkLogger = { error: (...parts: unknown[]) => logger.error(`飞书 SDK：${parts.map(String).join(' ')}`), warn: (...parts: unknown[]) => logger.warn(`飞书 SDK：${parts.map(String).join(' ')}`), info: () => undefined, debug: () => undefined, trace: () => undefined };
  // A cache of its own: the SDK's default token cache is shared by every client of an app id in the process.
  const cache = new Map<unknown, { value: unknown; expiredTime?: number }>();
  const client = new lark.Client({
    appId: settings.appId,
    appSecret: settings.appSecret,
    domain: settings.domain,
    logger: sdkLogger,
    cache: {
      set: async (key, value, expiredTime) => (cache.set(key, { value, expiredTime }), true),
      get: async (key) => {
        const entry = cache.get(key);
        return entry && (!entry.expiredTime || entry.expiredTime > Date.now()) ? entry.value : undefined;
      },
    },
  });
  services.channels.set(FEISHU_CHANNEL, { state: 'starting', detail: settings.mode });
  const info = (await client.request({ method: 'GET', url: '/open-apis/bot/v3/info' })) as { code?: number; msg?: string; bot?: { open_id?: string; app_name?: string } };
  if (info.code !== 0 || !info.bot?.open_id) {
    services.channels.set(FEISHU_CHANNEL, { state: 'error', detail: `无法获取机器人信息：${info.msg ?? info.code}` });
    throw new PolicyBotError('CHANNEL_UNAVAILABLE', `飞书 bot/v3/info 失败：${info.msg ?? info.code}`, '检查 FEISHU_APP_ID / FEISHU_APP_SECRET / FEISHU_DOMAIN。');
  }

  const adapter = new FeishuAdapter({
    client,
    receive: app.bot.receive,
    staff: app.staff,
    services,
    seen: await SeenEvents.open(options.dataDirectory),
    logger,
    botOpenId: info.bot.open_id,
    staffChatId: settings.staffChatId,
    staffIds: settings.staffIds,
  });

  const onNeed = (need: Parameters<FeishuAdapter['notifyNeed']>[0], { updated }: { updated: boolean }) =>
    void adapter.notifyNeed(need, updated).catch((error: unknown) => logger.error('飞书需求通知失败', { error: error as Error }));
  const onReloadFailed = (status: Parameters<FeishuAdapter['notifyReloadFailed']>[0]) =>
    void adapter.notifyReloadFailed(status).catch((error: unknown) => logger.error('飞书知识库通知失败', { error: error as Error }));
  const onHandoff = (request: Parameters<FeishuAdapter['notifyHandoff']>[0]) =>
    void adapter.notifyHandoff(request).catch((error: unknown) => logger.error('飞书人工咨询通知失败', { error: error as Error }));
  const onHandoffMessage = (request: Parameters<FeishuAdapter['notifyHandoff']>[0], text: string, fromOwner = true) =>
    void adapter.notifyHandoffMessage(request, text, fromOwner).catch((error: unknown) => logger.error('飞书人工咨询通知失败', { error: error as Error }));
  const onHandoffClosed = (request: Parameters<FeishuAdapter['notifyHandoff']>[0]) => onHandoffMessage(request, staffTexts.handoff.ownerCancelled(request.id), false);
  services.handoff.on('opened', onHandoff);
  services.handoff.on('owner-message', onHandoffMessage);
  services.handoff.on('closed', onHandoffClosed);
  const unregister = services.channels.register(adapter);
  services.needs.on('submitted', onNeed);
  services.knowledge.on('reload-failed', onReloadFailed);

  const dispatcher = new lark.EventDispatcher({ encryptKey: settings.encryptKey, verificationToken: settings.verificationToken, logger: sdkLogger }).register({
    'im.message.receive_v1': async (data: unknown) => {
      const event = data as MessageReceiveEvent;
      // The SDK checks the signature only with an encrypt key, and never the verification token.
      if (!settings.encryptKey && settings.verificationToken && event.token !== settings.verificationToken) {
        logger.warn('飞书事件的 verification token 不符，已忽略');
        return {};
      }
      await adapter.receive(event);
      return {};
    },
    'card.action.trigger': async (data: unknown) => {
      const event = data as CardActionEvent & { token?: string };
      if (!settings.encryptKey && settings.verificationToken && event.token !== settings.verificationToken) return {};
      await adapter.receiveCardAction(event);
      return {};
    },
  });

  let wsClient: lark.WSClient | undefined;
  if (settings.mode === 'ws') {
    wsClient = new lark.WSClient({ appId: settings.appId, appSecret: settings.appSecret, domain: settings.domain, logger: sdkLogger, autoReconnect: options.autoReconnect ?? true });
    await wsClient.start({ eventDispatcher: dispatcher });
  }
  services.channels.set(FEISHU_CHANNEL, { state: 'connected', account: info.bot.app_name, detail: settings.mode === 'ws' ? '长连接' : `webhook ${FEISHU_WEBHOOK_PATH}` });

  const route: HttpRoute = async (request, response, body) => {
    if (settings.mode !== 'webhook' || new URL(request.url ?? '/', 'http://localhost').pathname !== FEISHU_WEBHOOK_PATH) return false;
    if (request.method !== 'POST') {
      sendJson(response, 405, { error: 'POST only' });
      return true;
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse((await body()).toString('utf8')) as Record<string, unknown>;
    } catch {
      sendJson(response, 400, { error: 'invalid JSON' });
      return true;
    }
    let plain = parsed;
    if (typeof parsed.encrypt === 'string') {
      if (!settings.encryptKey) {
        sendJson(response, 400, { error: 'encrypted event but no FEISHU_ENCRYPT_KEY' });
        return true;
      }
      try {
        plain = JSON.parse(new lark.AESCipher(settings.encryptKey).decrypt(parsed.encrypt)) as Record<string, unknown>;
      } catch {
        sendJson(response, 400, { error: 'cannot decrypt' });
        return true;
      }
    }
    // The challenge arrives unsigned: answer it when the token matches.
    if (plain.type === 'url_verification') {
      if (settings.verificationToken && plain.token !== settings.verificationToken) sendJson(response, 403, { error: 'bad token' });
      else sendJson(response, 200, { challenge: plain.challenge });
      return true;
    }
    // Replays: a request or an event far from now (or with no usable time) is dropped, and the
    // verification token is checked on every event, not only on the challenge.
    const header = (plain.header ?? {}) as { create_time?: unknown; token?: unknown };
    const requestTime = request.headers['x-lark-request-timestamp'];
    const staleRequest = requestTime !== undefined && !withinReplayWindow(Number(requestTime) * 1000);
    const staleEvent = header.create_time !== undefined && !withinReplayWindow(Number(header.create_time));
    const token = header.token ?? plain.token;
    if (staleRequest || staleEvent || (settings.verificationToken && token !== settings.verificationToken)) {
      logger.warn('飞书事件被拒绝（时间超出5分钟或 verification token 不符）', { staleRequest, staleEvent });
      response.statusCode = 200;
      response.end();
      return true;
    }
    const data = Object.assign(Object.create({ headers: request.headers }) as object, parsed);
    const result: unknown = await dispatcher.invoke(data);
    // A forged signature: like Feishu's own SDK, an empty 200 and nothing done.
    if (result === undefined) {
      response.statusCode = 200;
      response.end();
      return true;
    }
    sendJson(response, 200, {});
    return true;
  };

  return {
    adapter,
    route,
    stop: async () => {
      services.needs.off('submitted', onNeed);
      services.handoff.off('opened', onHandoff);
      services.handoff.off('owner-message', onHandoffMessage);
      services.handoff.off('closed', onHandoffClosed);
      unregister();
      services.knowledge.off('reload-failed', onReloadFailed);
      wsClient?.close({ force: true });
      await adapter.idle();
    },
  };
}

/** Feishu's clock and ours agree to well within this; an older event is a replay. */
const REPLAY_WINDOW_MS = 5 * 60 * 1000;

function withinReplayWindow(timeMs: number, now = Date.now()): boolean {
  return Number.isFinite(timeMs) && Math.abs(now - timeMs) <= REPLAY_WINDOW_MS;
}

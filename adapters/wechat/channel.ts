/**
 * Runs the WeChat channel: builds Wechaty with the configured puppet, shows the login QR code in
 * the terminal and as a PNG in the data dir (for the admin console), keeps the login session in
 * the data dir so a restart needs no new scan, and restarts with backoff after a logout or a
 * puppet error instead of dying.
 */
import path from 'node:path';
import QRCode from 'qrcode';
import { WechatyBuilder, types, type Wechaty } from 'wechaty';
import type { App } from '../../src/app.js';
import type { Channel } from '../../src/channels/contract.js';
import type { Logger } from '../../src/infrastructure/logger.js';
import { texts } from '../../src/texts.js';
import { WECHAT_CHANNEL, WechatAdapter, type WechatAdapterOptions } from './wechat-adapter.js';

export interface WechatSettings {
  puppet: string;
  puppetServiceToken?: string;
  puppetServiceEndpoint?: string;
  /** Accept friend requests whose greeting contains this word, then send the menu. */
  friendKeyword?: string;
}

export interface WechatChannel extends Channel {
  adapter: WechatAdapter;
  wechaty: Wechaty;
}

export async function startWechatChannel(options: WechatOptions): Promise<WechatChannel> {
  const channel = createWechatChannel(options);
  await channel.start();
  return channel;
}

interface WechatOptions {
  app: App;
  dataDirectory: string;
  logger: Logger;
  settings: WechatSettings;
  /** A puppet instance instead of a name (tests pass wechaty-puppet-mock). */
  puppet?: unknown;
  adapterOptions?: Partial<WechatAdapterOptions>;
}

const MAX_BACKOFF_MS = 5 * 60_000;

/** The WeChat channel, not yet logged in: `start` starts Wechaty (and shows the QR code to scan). */
export function createWechatChannel(options: WechatOptions): WechatChannel {
  const { app, logger, settings } = options;
  const channels = app.bot.services.channels;
  const puppetOptions = settings.puppetServiceToken ? { token: settings.puppetServiceToken, endpoint: settings.puppetServiceEndpoint } : undefined;
  const wechaty = WechatyBuilder.build({
    // The name makes Wechaty keep its login session in this file, so a restart needs no new scan.
    name: path.join(options.dataDirectory, 'wechat-session'),
    puppet: (options.puppet ?? settings.puppet) as never,
    ...(puppetOptions ? { puppetOptions } : {}),
  });
  const adapter = new WechatAdapter({ wechaty, logger, receive: app.bot.receive, ...options.adapterOptions });
  adapter.attach();
  let unregister: (() => void) | undefined;

  const qrCodeFile = path.join(options.dataDirectory, 'wechat-qr.png');
  let backoff = 1000;
  let stopping = false;
  let restarting = false;

  const restart = async (reason: string) => {
    if (stopping || restarting) return;
    restarting = true;
    channels.set(WECHAT_CHANNEL, { state: 'error', detail: `${reason}；${Math.round(backoff / 1000)} 秒后重连` });
    logger.warn('微信渠道将重启', { reason, inMs: backoff });
    await new Promise((resolve) => setTimeout(resolve, backoff));
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    try {
      await wechaty.stop();
      if (!stopping) await wechaty.start();
    } catch (error) {
      logger.error('微信渠道重启失败', { error: error as Error });
      restarting = false;
      void restart('重启失败');
      return;
    }
    restarting = false;
  };

  wechaty.on('scan', (qrcode, status) => {
    if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
    void (async () => {
      await QRCode.toFile(qrCodeFile, qrcode, { width: 320 });
      // The scan may have happened while the image was being drawn.
      if (wechaty.isLoggedIn) return;
      process.stdout.write(`请用运营微信扫码登录（二维码也保存在 ${qrCodeFile}）：\n${await QRCode.toString(qrcode, { type: 'terminal', small: true })}\n`);
      channels.set(WECHAT_CHANNEL, { state: 'waiting-for-login', qrCodeFile });
      logger.info('微信等待扫码登录', { qrCodeFile });
    })().catch((error: unknown) => logger.error('微信二维码生成失败', { error: error as Error }));
  });
  wechaty.on('login', (user) => {
    backoff = 1000;
    channels.set(WECHAT_CHANNEL, { state: 'connected', account: user.name() });
    logger.info('微信已登录', { account: user.name() });
  });
  wechaty.on('logout', (user, reason) => {
    logger.warn('微信已退出登录', { account: user.name(), reason });
    void restart(`已退出登录${reason ? `（${reason}）` : ''}`);
  });
  wechaty.on('error', (error) => {
    logger.error('微信渠道出错', { error });
    void restart('渠道出错');
  });
  if (settings.friendKeyword) {
    const keyword = settings.friendKeyword;
    wechaty.on('friendship', (friendship) => {
      void (async () => {
        if (friendship.type() !== types.Friendship.Receive || !friendship.hello().includes(keyword)) return;
        await friendship.accept();
        adapter.sendTo(friendship.contact(), `${texts.greeting}\n${texts.menu}`);
        logger.info('已通过微信好友申请');
      })().catch((error: unknown) => logger.error('处理微信好友申请失败', { error: error as Error }));
    });
  }

  return {
    name: WECHAT_CHANNEL,
    adapter,
    wechaty,
    send: (address, message) => adapter.send(address, message),
    async start() {
      channels.set(WECHAT_CHANNEL, { state: 'starting' });
      await wechaty.start();
      unregister = channels.register(adapter);
    },
    stop: async () => {
      stopping = true;
      unregister?.();
      await adapter.drain();
      await wechaty.stop();
    },
  };
}

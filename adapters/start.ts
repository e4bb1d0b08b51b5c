/**
 * The composition root of `policy-bot start`: which channels run, from which settings. The only
 * module that knows every adapter; the core (`src/`) knows none of them, and the adapters do not
 * know each other (the Feishu webhook is mounted on the web server as a plain HTTP route).
 */
import { once } from 'node:events';
import type { FeishuChannel } from './feishu/channel.js';
import { feishuSettings } from './feishu/settings.js';
import { wechatSettings } from './wechat/settings.js';
import { resolveAdminToken } from './web/admin-token.js';
import { createWebServer } from './web/server.js';
import type { Channel } from '../src/channels/contract.js';
import { webSettings } from './web/settings.js';
import { createApp } from '../src/app.js';
import { LowdbStorage } from '../src/bot/storage.js';
import { logLevel, announceKnowledge, resolvePaths, serviceSettings } from '../src/config.js';
import { PolicyBotError } from '../src/infrastructure/errors.js';
import { createLogger } from '../src/infrastructure/logger.js';

/**
 * Starts the bot with every configured channel: always the web chat and admin console, plus
 * the channels whose settings are present. Knowledge reloads when its files change. SIGINT or
 * SIGTERM finish the turns in flight, flush storage and close the channels.
 */
export async function runStart(flags: { data?: string; knowledge?: string }): Promise<number> {
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  // Every setting is checked before anything starts: a typo fails in one line, not halfway up.
  const service = serviceSettings();
  const web = webSettings();
  const feishuConfigured = feishuSettings();
  const wechatConfigured = wechatSettings();
  const logger = createLogger(logLevel('info'));
  const app = await createApp({ ...paths, logger, handoff: { officeHours: service.handoffHours } });
  // A damaged needs file is refused now, not when the first owner submits.
  await app.needs.list();
  app.knowledge.watch();
  // Started in this order, stopped in the reverse one.
  const running: Channel[] = [];
  let feishu: FeishuChannel | undefined;
  if (feishuConfigured) {
    // The channel SDKs load only when their channel is configured: the Lark SDK and Wechaty pull
    // in hundreds of packages that a web-only start does not need.
    const { createFeishuChannel } = await import('./feishu/channel.js');
    feishu = createFeishuChannel({ app, dataDirectory: paths.dataDirectory, logger, settings: feishuConfigured });
    await startupStep('飞书', () => feishu!.start());
    running.push(feishu);
  } else app.bot.services.channels.set('feishu', { state: 'not-configured', detail: '设置 FEISHU_APP_ID 开启' });
  const admin = await resolveAdminToken(paths.dataDirectory, web.adminToken);
  const server = createWebServer({
    routes: feishu ? [feishu.route] : [],
    app,
    host: web.host,
    port: web.port,
    adminToken: admin.token,
    logger,
    rateLimitPerMinute: web.rateLimitPerMinute,
    ipRateLimitPerMinute: web.ipRateLimitPerMinute,
    trustProxy: web.trustProxy,
  });
  await server.start().catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new PolicyBotError('CONFIG_INVALID', `端口 ${web.port} 已被占用`, '换一个 PORT，或先停止占用该端口的程序。');
    if (error.code === 'EACCES') throw new PolicyBotError('CONFIG_INVALID', `没有权限监听端口 ${web.port}`, '换一个 1024 以上的 PORT。');
    throw error;
  });
  running.push(server);
  if (wechatConfigured) {
    const { createWechatChannel } = await import('./wechat/channel.js');
    const wechat = createWechatChannel({ app, dataDirectory: paths.dataDirectory, logger, settings: wechatConfigured });
    await wechat.start();
    running.push(wechat);
  } else app.bot.services.channels.set('wechat', { state: 'not-configured', detail: 'WECHAT_ENABLED=true 开启' });
  // Conversations idle for STATE_IDLE_DAYS are forgotten (saved self-assessments stay; needs live elsewhere).
  const expireIdleState = () => {
    if (!(app.storage instanceof LowdbStorage)) return;
    void app.storage
      .expireIdle(service.stateIdleDays * 24 * 60 * 60 * 1000, (key) => key.startsWith('users/'))
      .then((removed) => removed && logger.info('已清理长期未活动的对话状态', { removed }))
      .catch((error: unknown) => logger.warn('清理对话状态失败', { error: error as Error }));
  };
  expireIdleState();
  const expiry = setInterval(expireIdleState, 6 * 60 * 60 * 1000);
  expiry.unref();
  // Owners whose request waited 24 hours without staff are told so, with the office hours.
  const remindOverdue = () => void app.handoff.remindOverdue().catch((error: unknown) => logger.warn('人工咨询超时提醒失败', { error: error as Error }));
  remindOverdue();
  const reminders = setInterval(remindOverdue, 10 * 60 * 1000);
  reminders.unref();
  const status = app.knowledge.status();
  process.stdout.write(`政策助手已启动：${server.url}/ （知识库 ${status.files} 个文件，${status.clauses} 条条款，改动自动生效）\n`);
  process.stdout.write(`管理后台：${server.url}/admin\n`);
  if (admin.generated) process.stdout.write(`管理员令牌（只显示这一次，已保存在 ${admin.file}）：${admin.token}\n`);
  logger.info('ready', { url: server.url });

  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  process.stdout.write('正在停止：等待进行中的对话完成并保存数据…\n');
  clearInterval(expiry);
  clearInterval(reminders);
  for (const channel of running.reverse()) await channel.stop();
  await app.close();
  return 0;
}

/** How long a channel may take to start before `start` gives up and says so. */
const CHANNEL_START_TIMEOUT_MS = 10_000;

/**
 * Starts one channel within a time limit. Any failure becomes one clear line (an SDK's error
 * would carry its request, secrets included); a typed error from the channel passes as it is.
 */
async function startupStep<T>(channel: string, start: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PolicyBotError('CHANNEL_UNAVAILABLE', `${channel}渠道 ${CHANNEL_START_TIMEOUT_MS / 1000} 秒内没有启动`, '检查网络和该渠道的配置（见 README），或先不开启该渠道。')), CHANNEL_START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([start(), timeout]);
  } catch (error) {
    if (error instanceof PolicyBotError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new PolicyBotError('CHANNEL_UNAVAILABLE', `${channel}渠道启动失败：${(error as Error).message}${typeof code === 'string' ? `（${code}）` : ''}`, '检查网络和该渠道的配置（见 README），或先不开启该渠道。');
  } finally {
    clearTimeout(timer);
  }
}

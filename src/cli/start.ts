import { once } from 'node:events';
import { z } from 'zod';
import type { FeishuChannel } from '../../adapters/feishu/channel.js';
import type { WechatChannel } from '../../adapters/wechat/channel.js';
import { resolveAdminToken } from '../../adapters/web/admin-token.js';
import { startWebServer } from '../../adapters/web/server.js';
import { createApp } from '../app.js';
import { InProcessAdapter } from '../bot/in-process-adapter.js';
import { LowdbStorage } from '../bot/storage.js';
import { logLevel, announceKnowledge, resolvePaths } from '../config.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { createLogger } from '../infrastructure/logger.js';

const serverEnvironment = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ADMIN_TOKEN: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_PER_IP_MINUTE: z.coerce.number().int().min(0).optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0', '']).optional(),
  STATE_IDLE_DAYS: z.coerce.number().min(1).default(30),
  HANDOFF_HOURS: z.string().optional(),
  WECHAT_ENABLED: z.enum(['true', 'false', '1', '0', '']).optional(),
  WECHATY_PUPPET: z.string().min(1).default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  WECHATY_PUPPET_SERVICE_ENDPOINT: z.string().optional(),
  WECHAT_FRIEND_KEYWORD: z.string().optional(),
  FEISHU_APP_ID: z.string().optional(),
  FEISHU_APP_SECRET: z.string().optional(),
  FEISHU_MODE: z.enum(['ws', 'webhook']).default('ws'),
  FEISHU_ENCRYPT_KEY: z.string().optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().optional(),
  FEISHU_DOMAIN: z.string().url().default('https://open.feishu.cn'),
  FEISHU_STAFF_CHAT_ID: z.string().optional(),
  FEISHU_STAFF_IDS: z.string().default(''),
});

/**
 * Starts the bot with every configured channel: always the web chat and admin console, plus
 * the channels whose settings are present. Knowledge reloads when its files change. SIGINT or
 * SIGTERM finish the turns in flight, flush storage and close the channels.
 */
export async function runStart(flags: { data?: string; knowledge?: string }): Promise<number> {
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  const environment = serverEnvironment.safeParse(process.env);
  if (!environment.success) {
    throw new PolicyBotError('CONFIG_INVALID', `环境变量有误：${environment.error.issues.map((issue) => issue.path.join('.')).join(', ')}`, 'PORT 应为 0–65535 的数字；见 README 的配置表。');
  }
  const logger = createLogger(logLevel('info'));
  const app = await createApp({ ...paths, logger, adapter: new InProcessAdapter('internal'), handoff: { officeHours: environment.data.HANDOFF_HOURS?.trim() || undefined } });
  // A damaged needs file is refused now, not when the first owner submits.
  await app.needs.list();
  app.knowledge.watch();
  const settings = environment.data;
  let feishu: FeishuChannel | undefined;
  const { FEISHU_APP_ID: appId, FEISHU_APP_SECRET: appSecret } = settings;
  if (appId) {
    if (!appSecret) throw new PolicyBotError('CONFIG_INVALID', '设置了 FEISHU_APP_ID 但缺少 FEISHU_APP_SECRET', '在飞书开放平台的应用凭证页找到 App Secret 并设置。');
    // The channel SDKs load only when their channel is configured: the Lark SDK and Wechaty pull
    // in hundreds of packages that a web-only start does not need.
    const { startFeishuChannel } = await import('../../adapters/feishu/channel.js');
    feishu = await startupStep('飞书', () => startFeishuChannel({
      app,
      dataDirectory: paths.dataDirectory,
      logger,
      settings: {
        appId,
        appSecret,
        mode: settings.FEISHU_MODE,
        encryptKey: settings.FEISHU_ENCRYPT_KEY || undefined,
        verificationToken: settings.FEISHU_VERIFICATION_TOKEN || undefined,
        domain: settings.FEISHU_DOMAIN.replace(/\/+$/, ''),
        staffChatId: settings.FEISHU_STAFF_CHAT_ID || undefined,
        staffIds: settings.FEISHU_STAFF_IDS.split(/[,\s]+/).filter(Boolean),
      },
    }));
  } else app.bot.services.channels.set('feishu', { state: 'not-configured', detail: '设置 FEISHU_APP_ID 开启' });
  const admin = await resolveAdminToken(paths.dataDirectory, environment.data.ADMIN_TOKEN);
  const web = await startWebServer({
    routes: feishu ? [feishu.route] : [],
    app,
    host: environment.data.HOST,
    port: environment.data.PORT,
    adminToken: admin.token,
    logger,
    rateLimitPerMinute: environment.data.RATE_LIMIT_PER_MINUTE,
    ipRateLimitPerMinute: environment.data.RATE_LIMIT_PER_IP_MINUTE,
    trustProxy: environment.data.TRUST_PROXY === 'true' || environment.data.TRUST_PROXY === '1',
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new PolicyBotError('CONFIG_INVALID', `端口 ${environment.data.PORT} 已被占用`, '换一个 PORT，或先停止占用该端口的程序。');
    if (error.code === 'EACCES') throw new PolicyBotError('CONFIG_INVALID', `没有权限监听端口 ${environment.data.PORT}`, '换一个 1024 以上的 PORT。');
    throw error;
  });
  let wechat: WechatChannel | undefined;
  if (settings.WECHAT_ENABLED === 'true' || settings.WECHAT_ENABLED === '1') {
    const { startWechatChannel } = await import('../../adapters/wechat/channel.js');
    wechat = await startWechatChannel({
      app,
      dataDirectory: paths.dataDirectory,
      logger,
      settings: {
        puppet: settings.WECHATY_PUPPET,
        puppetServiceToken: settings.WECHATY_PUPPET_SERVICE_TOKEN,
        puppetServiceEndpoint: settings.WECHATY_PUPPET_SERVICE_ENDPOINT,
        friendKeyword: settings.WECHAT_FRIEND_KEYWORD,
      },
    });
  } else app.bot.services.channels.set('wechat', { state: 'not-configured', detail: 'WECHAT_ENABLED=true 开启' });
  // Conversations idle for STATE_IDLE_DAYS are forgotten (saved self-assessments stay; needs live elsewhere).
  const expireIdleState = () => {
    if (!(app.storage instanceof LowdbStorage)) return;
    void app.storage
      .expireIdle(settings.STATE_IDLE_DAYS * 24 * 60 * 60 * 1000, (key) => key.startsWith('users/'))
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
  process.stdout.write(`政策助手已启动：${web.url}/ （知识库 ${status.files} 个文件，${status.clauses} 条条款，改动自动生效）\n`);
  process.stdout.write(`管理后台：${web.url}/admin\n`);
  if (admin.generated) process.stdout.write(`管理员令牌（只显示这一次，已保存在 ${admin.file}）：${admin.token}\n`);
  logger.info('ready', { url: web.url });

  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  process.stdout.write('正在停止：等待进行中的对话完成并保存数据…\n');
  clearInterval(expiry);
  clearInterval(reminders);
  await wechat?.stop();
  await feishu?.stop();
  await web.close();
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

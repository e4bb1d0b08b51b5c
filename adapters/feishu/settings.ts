/** The Feishu channel's settings, read from the environment; undefined when no app is configured. */
import { z } from 'zod';
import { settingsError } from '../../src/config.js';
import { PolicyBotError } from '../../src/infrastructure/errors.js';
import type { FeishuSettings } from './channel.js';

const schema = z.object({
  FEISHU_APP_ID: z.string().optional(),
  FEISHU_APP_SECRET: z.string().optional(),
  FEISHU_MODE: z.enum(['ws', 'webhook']).default('ws'),
  FEISHU_ENCRYPT_KEY: z.string().optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().optional(),
  FEISHU_DOMAIN: z.string().url().default('https://open.feishu.cn'),
  FEISHU_STAFF_CHAT_ID: z.string().optional(),
  FEISHU_STAFF_IDS: z.string().default(''),
});

export function feishuSettings(environment: NodeJS.ProcessEnv = process.env): FeishuSettings | undefined {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) throw settingsError(parsed.error);
  const value = parsed.data;
  if (!value.FEISHU_APP_ID) return undefined;
  if (!value.FEISHU_APP_SECRET) throw new PolicyBotError('CONFIG_INVALID', '设置了 FEISHU_APP_ID 但缺少 FEISHU_APP_SECRET', '在飞书开放平台的应用凭证页找到 App Secret 并设置。');
  return {
    appId: value.FEISHU_APP_ID,
    appSecret: value.FEISHU_APP_SECRET,
    mode: value.FEISHU_MODE,
    encryptKey: value.FEISHU_ENCRYPT_KEY || undefined,
    verificationToken: value.FEISHU_VERIFICATION_TOKEN || undefined,
    domain: value.FEISHU_DOMAIN.replace(/\/+$/, ''),
    staffChatId: value.FEISHU_STAFF_CHAT_ID || undefined,
    staffIds: value.FEISHU_STAFF_IDS.split(/[,\s]+/).filter(Boolean),
  };
}

/** The WeChat channel's settings, read from the environment; undefined when WeChat is not enabled. */
import { z } from 'zod';
import { settingsError } from '../../src/config.js';
import type { WechatSettings } from './channel.js';

const schema = z.object({
  WECHAT_ENABLED: z.enum(['true', 'false', '1', '0', '']).optional(),
  WECHATY_PUPPET: z.string().min(1).default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  WECHATY_PUPPET_SERVICE_ENDPOINT: z.string().optional(),
  WECHAT_FRIEND_KEYWORD: z.string().optional(),
});

export function wechatSettings(environment: NodeJS.ProcessEnv = process.env): WechatSettings | undefined {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) throw settingsError(parsed.error);
  const value = parsed.data;
  if (value.WECHAT_ENABLED !== 'true' && value.WECHAT_ENABLED !== '1') return undefined;
  return {
    puppet: value.WECHATY_PUPPET,
    puppetServiceToken: value.WECHATY_PUPPET_SERVICE_TOKEN,
    puppetServiceEndpoint: value.WECHATY_PUPPET_SERVICE_ENDPOINT,
    friendKeyword: value.WECHAT_FRIEND_KEYWORD,
  };
}

/** The web chat's and admin console's settings, read from the environment. */
import { z } from 'zod';
import { settingsError } from '../../src/config.js';

const flag = z.enum(['true', 'false', '1', '0', '']).optional();

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ADMIN_TOKEN: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_PER_IP_MINUTE: z.coerce.number().int().min(0).optional(),
  TRUST_PROXY: flag,
});

export interface WebSettings {
  host: string;
  port: number;
  adminToken?: string;
  rateLimitPerMinute: number;
  ipRateLimitPerMinute?: number;
  trustProxy: boolean;
}

export function webSettings(environment: NodeJS.ProcessEnv = process.env): WebSettings {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) throw settingsError(parsed.error);
  const value = parsed.data;
  return {
    host: value.HOST,
    port: value.PORT,
    adminToken: value.ADMIN_TOKEN,
    rateLimitPerMinute: value.RATE_LIMIT_PER_MINUTE,
    ipRateLimitPerMinute: value.RATE_LIMIT_PER_IP_MINUTE,
    trustProxy: value.TRUST_PROXY === 'true' || value.TRUST_PROXY === '1',
  };
}

/**
 * Where the data and the knowledge live: command-line flags first, then environment variables,
 * then the defaults. Validated with zod like every other input.
 */
import path from 'node:path';
import { z } from 'zod';
import { PolicyBotError } from './infrastructure/errors.js';
import type { LogLevel } from './infrastructure/logger.js';

const environmentSchema = z.object({
  POLICY_BOT_DATA: z.string().min(1).optional(),
  POLICY_BOT_KNOWLEDGE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
});

export interface Paths {
  dataDirectory: string;
  knowledgeDirectory: string;
}

export function resolvePaths(flags: { data?: string; knowledge?: string }, environment: NodeJS.ProcessEnv = process.env): Paths {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new PolicyBotError('CONFIG_INVALID', `环境变量有误：${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`, '请对照 README 的配置表修改。');
  }
  return {
    dataDirectory: path.resolve(flags.data ?? parsed.data.POLICY_BOT_DATA ?? 'data'),
    knowledgeDirectory: path.resolve(flags.knowledge ?? parsed.data.POLICY_BOT_KNOWLEDGE ?? 'knowledge'),
  };
}

export function logLevel(fallback: LogLevel, environment: NodeJS.ProcessEnv = process.env): LogLevel {
  const parsed = environmentSchema.shape.LOG_LEVEL.safeParse(environment.LOG_LEVEL);
  return parsed.success && parsed.data ? parsed.data : fallback;
}

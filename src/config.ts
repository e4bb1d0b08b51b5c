/**
 * Where the data and the knowledge live: command-line flags first, then environment variables,
 * then the defaults. Validated with zod like every other input.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './infrastructure/project-root.js';
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
  /** Where the knowledge directory came from, to say so when it is not the obvious one. */
  knowledgeSource?: 'flag' | 'environment' | 'working-directory' | 'installed-package';
}

export function resolvePaths(flags: { data?: string; knowledge?: string }, environment: NodeJS.ProcessEnv = process.env): Paths {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new PolicyBotError('CONFIG_INVALID', `环境变量有误：${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`, '请对照 README 的配置表修改。');
  }
  const dataDirectory = path.resolve(flags.data ?? parsed.data.POLICY_BOT_DATA ?? 'data');
  if (flags.knowledge) return { dataDirectory, knowledgeDirectory: path.resolve(flags.knowledge), knowledgeSource: 'flag' };
  if (parsed.data.POLICY_BOT_KNOWLEDGE) return { dataDirectory, knowledgeDirectory: path.resolve(parsed.data.POLICY_BOT_KNOWLEDGE), knowledgeSource: 'environment' };
  // Run from another folder (npx policy-bot assess … in the staff's documents): the knowledge
  // shipped with the installed package, rather than a “cannot read the knowledge directory” error.
  const local = path.resolve('knowledge');
  if (existsSync(local)) return { dataDirectory, knowledgeDirectory: local, knowledgeSource: 'working-directory' };
  return { dataDirectory, knowledgeDirectory: path.join(projectRoot(import.meta.url), 'knowledge'), knowledgeSource: 'installed-package' };
}

export function logLevel(fallback: LogLevel, environment: NodeJS.ProcessEnv = process.env): LogLevel {
  const parsed = environmentSchema.shape.LOG_LEVEL.safeParse(environment.LOG_LEVEL);
  return parsed.success && parsed.data ? parsed.data : fallback;
}

/** Says which knowledge is used when it is not the folder the user is in (stderr: stdout stays machine-readable). */
export function announceKnowledge(paths: Paths): void {
  if (paths.knowledgeSource === 'installed-package') process.stderr.write(`当前目录没有 knowledge/，使用随程序安装的知识库：${paths.knowledgeDirectory}\n`);
}

const serviceEnvironment = z.object({
  STATE_IDLE_DAYS: z.coerce.number().min(1).default(30),
  HANDOFF_HOURS: z.string().optional(),
});

/** What the running bot itself is configured with, apart from its channels. */
export interface ServiceSettings {
  /** Conversations idle this long are forgotten (saved self-assessments stay; needs live elsewhere). */
  stateIdleDays: number;
  /** Office hours for human handoff, as the bureau writes them. */
  handoffHours?: string;
}

export function serviceSettings(environment: NodeJS.ProcessEnv = process.env): ServiceSettings {
  const parsed = serviceEnvironment.safeParse(environment);
  if (!parsed.success) throw settingsError(parsed.error);
  return { stateIdleDays: parsed.data.STATE_IDLE_DAYS, handoffHours: parsed.data.HANDOFF_HOURS?.trim() || undefined };
}

/** One Chinese line naming the settings that are wrong, for every settings schema (core and channels). */
export function settingsError(error: z.ZodError): PolicyBotError {
  return new PolicyBotError('CONFIG_INVALID', `环境变量有误：${error.issues.map((issue) => issue.path.join('.')).join(', ')}`, 'PORT 应为 0–65535 的数字；见 README 的配置表。');
}

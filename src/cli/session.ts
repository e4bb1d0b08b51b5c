/**
 * Builds the bot on the terminal channel for the CLI commands.
 */
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../app.js';
import { logLevel, resolvePaths } from '../config.js';
import { createLogger, type LogLevel } from '../infrastructure/logger.js';
import type { PolicyBot } from '../bot/policy-bot.js';

export interface TerminalSession {
  app: App;
  adapter: TerminalAdapter;
}

export async function openTerminalSession(
  flags: { data?: string; knowledge?: string },
  options: { ephemeral: boolean; defaultLogLevel: LogLevel },
): Promise<TerminalSession> {
  const paths = resolvePaths(flags);
  // The adapter and the bot need each other: the bot is bound once it exists.
  const late: { bot?: PolicyBot } = {};
  const adapter = new TerminalAdapter((context) => late.bot!.handleTurn(context));
  const app = await createApp({
    ...paths,
    logger: createLogger(logLevel(options.defaultLogLevel)),
    adapter,
    ephemeral: options.ephemeral,
  });
  late.bot = app.bot;
  return { app, adapter };
}

/**
 * Builds the bot with the terminal channel for the CLI commands.
 */
import { InProcessAdapter } from '../bot/in-process-adapter.js';
import { createApp, type App } from '../app.js';
import { logLevel, announceKnowledge, resolvePaths } from '../config.js';
import { createLogger, type LogLevel } from '../infrastructure/logger.js';

export interface TerminalSession {
  app: App;
  adapter: InProcessAdapter;
}

export async function openTerminalSession(
  flags: { data?: string; knowledge?: string },
  options: { ephemeral: boolean; defaultLogLevel: LogLevel },
): Promise<TerminalSession> {
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  const adapter = new InProcessAdapter('terminal');
  const app = await createApp({
    ...paths,
    logger: createLogger(logLevel(options.defaultLogLevel)),
    adapter,
    ephemeral: options.ephemeral,
  });
  adapter.handleTurn = app.bot.handleTurn;
  return { app, adapter };
}

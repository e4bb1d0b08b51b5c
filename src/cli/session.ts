/**
 * Builds the bot with the terminal channel for the CLI commands.
 */
import { randomUUID } from 'node:crypto';
import type { OutgoingMessage } from '../channels/contract.js';
import { createApp, type App } from '../app.js';
import { logLevel, announceKnowledge, resolvePaths } from '../config.js';
import { createLogger, type LogLevel } from '../infrastructure/logger.js';

export interface TerminalSession {
  app: App;
  /** One turn of the terminal user: the text in, the bot's replies out. */
  ask(user: string, text: string): Promise<OutgoingMessage[]>;
}

export async function openTerminalSession(
  flags: { data?: string; knowledge?: string },
  options: { ephemeral: boolean; defaultLogLevel: LogLevel },
): Promise<TerminalSession> {
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  const app = await createApp({
    ...paths,
    logger: createLogger(logLevel(options.defaultLogLevel)),
    ephemeral: options.ephemeral,
  });
  return {
    app,
    ask: (user, text) => app.bot.ask({ channel: 'terminal', userId: user, conversationId: user, text, rawId: randomUUID() }),
  };
}

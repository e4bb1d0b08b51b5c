/**
 * A small structured logger: one line per event on stderr, personal data masked, so admins can
 * `grep` the service log. Levels below the configured one are dropped.
 */
import { maskPersonalData } from './privacy.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, details?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = details ? ' ' + JSON.stringify(details, (_key, value: unknown) => (value instanceof Error ? value.message : value)) : '';
    write(maskPersonalData(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${extra}`));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = createLogger('silent');

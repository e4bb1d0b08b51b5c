/**
 * Fixture factories shared by the tests: temporary directories, a copy of the shipped knowledge
 * to break on purpose, and the bot driven through the same entry point as every channel, for transcripts.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createLogger, type Logger } from '../src/infrastructure/logger.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';
import { PolicySearch } from '../src/retrieval/policy-search.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE = path.join(ROOT, 'knowledge');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export async function temporaryDirectory(prefix = 'policy-bot-'): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), prefix));
  onCleanup(() => rm(directory, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  return directory;
}

/** The shipped knowledge and its search index, for tests of the pure answer functions. */
export async function shippedKnowledge(): Promise<{ knowledge: KnowledgeBase; search: PolicySearch }> {
  const result = await loadKnowledge(KNOWLEDGE);
  if (!result.ok) throw new Error(`the shipped knowledge is invalid: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return { knowledge: result.knowledge, search: new PolicySearch(result.knowledge) };
}

/** A writable copy of the shipped knowledge directory. */
export async function knowledgeCopy(): Promise<string> {
  const directory = path.join(await temporaryDirectory(), 'knowledge');
  await cp(KNOWLEDGE, directory, { recursive: true });
  return directory;
}

export async function editFile(file: string, edit: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  await writeFile(file, after);
}

/** Collects log lines so tests can assert on what admins would see. */
export function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('debug', (line) => lines.push(line)), lines };
}

export interface TestBot {
  app: App;
  dataDirectory: string;
  logLines: string[];
}

/** The real bot, as a channel drives it, state on disk in a temporary data dir. */
export async function startTestBot(options: { dataDirectory?: string; knowledgeDirectory?: string } = {}): Promise<TestBot> {
  const dataDirectory = options.dataDirectory ?? (await temporaryDirectory());
  const { logger, lines } = memoryLogger();
  const app = await createApp({
    dataDirectory,
    knowledgeDirectory: options.knowledgeDirectory ?? KNOWLEDGE,
    logger,
  });
  onCleanup(() => app.close());
  return { app, dataDirectory, logLines: lines };
}

/** Sends one message and returns every reply text of that turn. */
let messageCount = 0;
export async function say(bot: TestBot, text: string, user = 'owner-1'): Promise<string[]> {
  const replies = await bot.app.bot.ask({ channel: 'test', userId: user, conversationId: user, text, rawId: `test-${++messageCount}` });
  return replies.map((reply) => reply.text);
}

/** A port that was free a moment ago on 127.0.0.1, for a child process to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `read` returns something truthy (polling), or fails after the timeout. */
export async function until<T>(read: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

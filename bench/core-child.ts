/**
 * One full turn through the Botkit core, measured in a process of its own so that its memory
 * (rss) is that of a bot serving this knowledge, not of the benchmark. Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/infrastructure/logger.js';
import { percentile } from './http-load.js';

const [knowledgeDirectory, turnsArgument, ...questions] = process.argv.slice(2);
const turns = Number(turnsArgument);
const dataDirectory = await mkdtemp(path.join(tmpdir(), 'bench-core-'));
const app = await createApp({ dataDirectory, knowledgeDirectory: knowledgeDirectory!, logger: createLogger('error') });
const latencies: number[] = [];
// The first turns warm up the JIT; users rotate so that dialog state is read and written as in use.
for (let turn = 0; turn < turns + 200; turn++) {
  const started = performance.now();
  const user = `bench-user-${turn % 100}`;
  await app.bot.ask({ channel: 'bench', userId: user, conversationId: user, text: questions[turn % questions.length]!, rawId: String(turn) });
  if (turn >= 200) latencies.push(performance.now() - started);
}
latencies.sort((a, b) => a - b);
// Steady state: collect garbage first, so the figure is what the bot holds, not what it last dropped.
(globalThis as { gc?: () => void }).gc?.();
const rss = process.memoryUsage().rss;
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
const clauses = app.knowledge.status().clauses;
await app.close();
await rm(dataDirectory, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ clauses, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99), rssMb: rss / 1024 / 1024, heapMb }) + '\n');

/**
 * Turns through the core, measured in a process of its own so that its memory is that of a bot
 * serving this knowledge, not of the benchmark: the repeated and the distinct question streams,
 * interleaved in blocks, with latency percentiles and CPU per message for each, and the resident
 * memory after settling (several collections and a pause). Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/infrastructure/logger.js';
import { percentile } from './http-load.js';
import { streamQuestion, type StreamKind } from './question-streams.js';

const [knowledgeDirectory, turnsArgument] = process.argv.slice(2);
const turns = Number(turnsArgument);
// The questions come on stdin: as one argument, 2,585 of them passed the kernel's limit on an argument's length (E2BIG).
let questionsJson = '';
for await (const chunk of process.stdin) questionsJson += String(chunk);
const questions = JSON.parse(questionsJson) as string[];
const dataDirectory = await mkdtemp(path.join(tmpdir(), 'bench-core-'));
const app = await createApp({ dataDirectory, knowledgeDirectory: knowledgeDirectory!, logger: createLogger('error') });

const streams: Record<StreamKind, { latencies: number[]; cpuMicros: number; sent: number }> = {
  repeated: { latencies: [], cpuMicros: 0, sent: 0 },
  distinct: { latencies: [], cpuMicros: 0, sent: 0 },
};
async function turn(kind: StreamKind, measure: boolean): Promise<void> {
  const stream = streams[kind];
  const n = stream.sent++;
  // Users rotate so that conversation state is read and written as in use.
  const user = `bench-user-${n % 100}`;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await app.bot.ask({ channel: 'bench', userId: user, conversationId: user, text: streamQuestion(questions, kind, n), rawId: String(n) });
  if (!measure) return;
  stream.latencies.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  stream.cpuMicros += used.user + used.system;
}
// Warm-up (JIT, caches of the repeated stream), then blocks of each stream in turn.
for (let index = 0; index < 200; index++) await turn(index % 2 ? 'distinct' : 'repeated', false);
const BLOCK = 100;
for (let done = 0; done < turns; done += BLOCK) {
  for (const kind of ['repeated', 'distinct'] as const) for (let index = 0; index < BLOCK; index++) await turn(kind, true);
}
const figures = (kind: StreamKind) => {
  const { latencies, cpuMicros } = streams[kind];
  latencies.sort((a, b) => a - b);
  return { p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99), cpuMsPerMessage: cpuMicros / 1000 / latencies.length };
};
// Settled: what the bot keeps, not what it last dropped.
const gc = (globalThis as { gc?: () => void }).gc;
for (let round = 0; round < 4; round++) {
  gc?.();
  await sleep(250);
}
const rss = process.memoryUsage().rss;
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
const clauses = app.knowledge.status().clauses;
await app.close();
await rm(dataDirectory, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ clauses, repeated: figures('repeated'), distinct: figures('distinct'), rssMb: rss / 1024 / 1024, heapMb }) + '\n');

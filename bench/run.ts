/**
 * `npm run bench [-- --out FILE]`: accuracy on the held-out and tuning questions (against plain
 * fuse.js); turns through the core with the shipped knowledge and with 1k, 10k and 50k clauses,
 * each on a repeated and a distinct question stream; HTTP throughput against a bare node:http
 * ceiling, the two servers measured in interleaved rounds after a warm-up so that the ratio is
 * taken under the same machine noise; knowledge reload and start-up time. Everything targets
 * 127.0.0.1, is bounded in count and time, and stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuseBaselineAccuracy } from './fuse-baseline.js';
import { projectRoot } from '../src/infrastructure/project-root.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { evaluateAnswers, readQuestionSet, type Evaluation } from '../src/retrieval/evaluate.js';
import { PolicySearch } from '../src/retrieval/policy-search.js';
import { runLoad, type LoadResult } from './http-load.js';
import { streamQuestion, type StreamKind } from './question-streams.js';
import { scaledKnowledge } from './scaled-knowledge.js';

const ROOT = projectRoot(import.meta.url);
const KNOWLEDGE = path.join(ROOT, 'knowledge');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'http-seconds': { type: 'string', default: '3' }, rounds: { type: 'string', default: '3' } } });

/** Runs bench/core-child.js: turns through the core on both streams, and the settled rss of that process. */
async function coreTurns(knowledgeDirectory: string, questions: string[], turns: number) {
  const output = await new Promise<string>((resolve, reject) => {
    const measured = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist/bench/core-child.js'), knowledgeDirectory, String(turns)], { stdio: ['pipe', 'pipe', 'inherit'] });
    measured.stdin!.end(JSON.stringify(questions));
    let text = '';
    measured.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    measured.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`core measurement exited ${code}`))));
  });
  type Stream = { p50Ms: number; p99Ms: number; cpuMsPerMessage: number };
  const result = JSON.parse(output) as { clauses: number; repeated: Stream; distinct: Stream; rssMb: number; heapMb: number };
  const stream = (figures: Stream) => ({ p50Ms: round(figures.p50Ms), p99Ms: round(figures.p99Ms), cpuMsPerMessage: round(figures.cpuMsPerMessage, 3) });
  return { clauses: result.clauses, repeated: stream(result.repeated), distinct: stream(result.distinct), rssMb: round(result.rssMb, 0), heapMb: round(result.heapMb, 0) };
}

/** CPU time (user + system) a child process has used so far, from /proc (Linux), in ms. */
async function cpuMsOf(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /s, '').split(' ');
  // utime and stime are fields 14 and 15 of the line, counted in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

async function child(args: string[]): Promise<{ process: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/bench/servers.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
  });
  return { process: server, port };
}

async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  server.kill('SIGKILL');
}

async function startupMs(): Promise<number> {
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'bench-start-'));
  const started = performance.now();
  const server = spawn(process.execPath, [path.join(ROOT, 'bin/policy-bot.js'), 'start', '--data', dataDirectory], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('政策助手已启动') && resolve());
    setTimeout(() => reject(new Error('start timed out')), 30_000);
  });
  const elapsed = performance.now() - started;
  await stop(server);
  await rm(dataDirectory, { recursive: true, force: true });
  return round(elapsed, 0);
}

/**
 * The 95% Wilson interval of a share: on 116 in-scope held-out questions one question is 0.9
 * points, so a figure near its target says little without the interval around it.
 */
function interval95(share: number, total: number): string {
  if (total === 0) return '—';
  const z = 1.96;
  const centre = (share + (z * z) / (2 * total)) / (1 + (z * z) / total);
  const half = (z / (1 + (z * z) / total)) * Math.sqrt((share * (1 - share)) / total + (z * z) / (4 * total * total));
  return `${round(Math.max(0, centre - half), 3)}–${round(Math.min(1, centre + half), 3)}`;
}

/** “110 of 116, 95% 0.89–0.98”: the count behind a held-out share, and how far chance alone moves it. */
function heldOutShare(share: number, total: number): string {
  return `${share} = ${Math.round(share * total)} of ${total}, 95% ${interval95(share, total)}`;
}

async function main(): Promise<void> {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error('shipped knowledge is invalid: run policy-bot knowledge check');
  const tuningSet = await readQuestionSet(path.join(ROOT, 'test/fixtures/tuning-set.yaml'));
  const heldOutSet = await readQuestionSet(path.join(ROOT, 'test/fixtures/held-out.yaml'));
  const figures = (evaluation: Evaluation) => ({
    questions: evaluation.questions,
    inScope: evaluation.inScope,
    outOfScope: evaluation.outOfScope,
    rightFirstTurn: round(evaluation.rightFirstTurn, 4),
    rightWithinTwoTurns: round(evaluation.rightWithinTwoTurns, 4),
    outOfScopeDeclined: round(evaluation.outOfScopeDeclined, 4),
    wrongWithCitation: round(evaluation.wrongWithCitation, 4),
    wrongWithCitationCount: evaluation.counts['wrong-with-citation'],
    accuracy: round(evaluation.accuracy, 4),
  });
  const heldOut = evaluateAnswers(loaded.knowledge, heldOutSet);
  const qa = {
    heldOut: { ...figures(heldOut), baselineFuseAccuracy: round(fuseBaselineAccuracy(loaded.knowledge, heldOutSet), 4) },
    tuning: { ...figures(evaluateAnswers(loaded.knowledge, tuningSet)), baselineFuseAccuracy: round(fuseBaselineAccuracy(loaded.knowledge, tuningSet), 4) },
  };
  const questions = tuningSet.map((item) => item.q);
  process.stderr.write(`qa done\n`);

  const core = await coreTurns(KNOWLEDGE, questions, 2000);
  process.stderr.write(`core done\n`);

  // Scaled knowledge: the shipped files plus generated policies of ten clauses each.
  const scaledCore: Record<string, Awaited<ReturnType<typeof coreTurns>>> = {};
  let reload = { files: 0, clauses: 0, ms: 0, coldMs: 0 };
  for (const [name, files] of [['core1k', 100], ['core10k', 1000], ['core50k', 5000]] as const) {
    const scaledDirectory = await mkdtemp(path.join(tmpdir(), 'bench-knowledge-'));
    await scaledKnowledge(KNOWLEDGE, scaledDirectory, loaded.knowledge, files, 10);
    if (name === 'core10k') {
      // Cold: the first load of 1,000 files. Reload: what a running bot does after an admin edits
      // one file (everything is read and validated again; only the changed text is re-tokenized).
      const coldStarted = performance.now();
      const scaled = await loadKnowledge(scaledDirectory);
      if (!scaled.ok) throw new Error('scaled knowledge invalid: ' + JSON.stringify(scaled.problems.slice(0, 3)));
      const firstSearch = new PolicySearch(scaled.knowledge);
      const coldMs = round(performance.now() - coldStarted, 0);
      await appendFile(path.join(scaledDirectory, 'policies/bench-0000.md'), '\n(十一)管理员新增的段落。这是一次编辑。\n');
      const reloadStarted = performance.now();
      const edited = await loadKnowledge(scaledDirectory);
      if (!edited.ok) throw new Error('edited knowledge invalid');
      new PolicySearch(edited.knowledge, firstSearch);
      reload = { files: edited.files.length, clauses: edited.knowledge.clauses.size, ms: round(performance.now() - reloadStarted, 0), coldMs };
    }
    scaledCore[name] = await coreTurns(scaledDirectory, questions, name === 'core50k' ? 600 : 1000);
    await rm(scaledDirectory, { recursive: true, force: true });
    process.stderr.write(`${name} done\n`);
  }
  const { core1k, core10k, core50k } = scaledCore as Record<'core1k' | 'core10k' | 'core50k', Awaited<ReturnType<typeof coreTurns>>>;

  // HTTP: the ceiling (a bare node:http JSON reply) and the bot, both running, measured in turns
  // after a warm-up: each round loads hello world, then the bot on the distinct stream, then on
  // the repeated one, so every ratio compares loads taken moments apart.
  const seconds = Number(values['http-seconds']);
  const rounds = Math.max(3, Number(values.rounds));
  const hello = await child(['hello']);
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'bench-http-'));
  const bot = await child(['bot', dataDirectory, KNOWLEDGE]);
  const sent: Record<StreamKind, number> = { repeated: 0, distinct: 0 };
  const loadHello = (durationMs: number) => runLoad({ url: `http://127.0.0.1:${hello.port}/`, concurrency: 100, durationMs, body: () => '{"type":"message","text":"hi"}' });
  const loadBot = async (kind: StreamKind, durationMs: number) => {
    const cpuBefore = await cpuMsOf(bot.process.pid!);
    const result = await runLoad({
      url: `http://127.0.0.1:${bot.port}/api/messages`,
      concurrency: 100,
      durationMs,
      body: (user) => JSON.stringify({ type: 'message', text: streamQuestion(questions, kind, sent[kind]++), user: `bench-http-user-${String(user).padStart(4, '0')}`, channel: 'webhook' }),
    });
    return { ...result, cpuMs: (await cpuMsOf(bot.process.pid!)) - cpuBefore };
  };
  await loadHello(1000);
  await loadBot('distinct', 1000);
  await loadBot('repeated', 1000);
  const helloRounds: LoadResult[] = [];
  const botRounds: Record<StreamKind, Array<LoadResult & { cpuMs: number }>> = { repeated: [], distinct: [] };
  for (let index = 0; index < rounds; index++) {
    helloRounds.push(await loadHello(seconds * 1000));
    botRounds.distinct.push(await loadBot('distinct', seconds * 1000));
    botRounds.repeated.push(await loadBot('repeated', seconds * 1000));
  }
  await stop(hello.process);
  await stop(bot.process);
  await rm(dataDirectory, { recursive: true, force: true });
  const httpStream = (runs: Array<LoadResult & { cpuMs: number }>) => ({
    msgsPerSec: round(median(runs.map((run) => run.msgsPerSec)), 0),
    p50Ms: round(median(runs.map((run) => run.p50Ms))),
    p99Ms: round(median(runs.map((run) => run.p99Ms))),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuMsPerMessage: round(runs.reduce((sum, run) => sum + run.cpuMs, 0) / runs.reduce((sum, run) => sum + run.messages, 0), 3),
  });
  const ratios = helloRounds.map((helloRun, index) => botRounds.distinct[index]!.msgsPerSec / helloRun.msgsPerSec);
  const http = {
    concurrency: 100,
    rounds,
    secondsPerLoad: seconds,
    helloWorldMsgsPerSec: round(median(helloRounds.map((run) => run.msgsPerSec)), 0),
    distinct: httpStream(botRounds.distinct),
    repeated: httpStream(botRounds.repeated),
    ratio: { min: round(Math.min(...ratios), 3), median: round(median(ratios), 3), max: round(Math.max(...ratios), 3), perRound: ratios.map((ratio) => round(ratio, 3)) },
  };
  const cpuMsPerMessage = { distinct: http.distinct.cpuMsPerMessage, repeated: http.repeated.cpuMsPerMessage, coreDistinct: core.distinct.cpuMsPerMessage, coreRepeated: core.repeated.cpuMsPerMessage };
  process.stderr.write(`http done\n`);

  const startMs = await startupMs();

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: round(totalmem() / 1024 ** 3, 1), node: process.version, date: new Date().toISOString() };
  const result = { qa, core, core1k, core10k, core50k, http, cpuMsPerMessage, reload, startMs, machine };
  const targets: Array<[string, boolean, string]> = [
    ['held-out right in one turn ≥ 0.90', qa.heldOut.rightFirstTurn >= 0.9, `${heldOutShare(qa.heldOut.rightFirstTurn, qa.heldOut.inScope)} (tuning ${qa.tuning.rightFirstTurn})`],
    ['held-out within two turns ≥ 0.97', qa.heldOut.rightWithinTwoTurns >= 0.97, `${heldOutShare(qa.heldOut.rightWithinTwoTurns, qa.heldOut.inScope)} (tuning ${qa.tuning.rightWithinTwoTurns})`],
    ['held-out out of scope declined ≥ 0.95', qa.heldOut.outOfScopeDeclined >= 0.95, `${heldOutShare(qa.heldOut.outOfScopeDeclined, qa.heldOut.outOfScope)} (tuning ${qa.tuning.outOfScopeDeclined})`],
    ['held-out wrong with citation ≤ 0.02', qa.heldOut.wrongWithCitation <= 0.02, `${qa.heldOut.wrongWithCitationCount} of ${qa.heldOut.questions} (tuning ${qa.tuning.wrongWithCitationCount} of ${qa.tuning.questions})`],
    ['held-out accuracy ≥ fuse + 0.30', qa.heldOut.accuracy - qa.heldOut.baselineFuseAccuracy >= 0.3, `${qa.heldOut.accuracy} vs fuse.js ${qa.heldOut.baselineFuseAccuracy}`],
    ['core.distinct.p99Ms ≤ 5', core.distinct.p99Ms <= 5, `${core.distinct.p99Ms} ms (repeated ${core.repeated.p99Ms} ms; ${core.clauses} clauses)`],
    ['core10k.distinct.p99Ms ≤ 20', core10k.distinct.p99Ms <= 20, `${core10k.distinct.p99Ms} ms (repeated ${core10k.repeated.p99Ms} ms; 1k: ${core1k.distinct.p99Ms} ms)`],
    ['core50k.distinct.p99Ms ≤ 10', core50k.distinct.p99Ms <= 10, `${core50k.distinct.p99Ms} ms (p50 ${core50k.distinct.p50Ms}, ${core50k.clauses} clauses)`],
    ['core10k.rssMb ≤ 180', core10k.rssMb <= 180, `${core10k.rssMb} MB settled (heap ${core10k.heapMb} MB; shipped knowledge ${core.rssMb} MB, 50k ${core50k.rssMb} MB)`],
    ['http.distinct.msgsPerSec ≥ 1000', http.distinct.msgsPerSec >= 1000, `${http.distinct.msgsPerSec} msg/s (repeated ${http.repeated.msgsPerSec})`],
    ['http.ratio.median ≥ 0.25', http.ratio.median >= 0.25, `${http.ratio.median} (min ${http.ratio.min}, max ${http.ratio.max}; hello world ${http.helloWorldMsgsPerSec} msg/s)`],
    ['http.distinct.p99Ms ≤ 60', http.distinct.p99Ms <= 60, `${http.distinct.p99Ms} ms (repeated ${http.repeated.p99Ms} ms)`],
    ['reload.ms ≤ 500', reload.ms <= 500, `${reload.ms} ms for ${reload.files} files after one edit (cold load ${reload.coldMs} ms)`],
  ];
  process.stdout.write(`\nbenchmark on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}\n\n`);
  process.stdout.write(`${'target'.padEnd(38)} ${'met'.padEnd(4)} measured\n`);
  for (const [name, met, measured] of targets) process.stdout.write(`${name.padEnd(38)} ${(met ? 'yes' : 'NO').padEnd(4)} ${measured}\n`);
  process.stdout.write(`cpu ms per message: http distinct ${cpuMsPerMessage.distinct}, repeated ${cpuMsPerMessage.repeated}; core distinct ${cpuMsPerMessage.coreDistinct}, repeated ${cpuMsPerMessage.coreRepeated}\n`);
  process.stdout.write(`startMs ${startMs}\n`);
  if (values.out) await writeFile(values.out, JSON.stringify(result, null, 2) + '\n');
}

await main();

/**
 * `npm run bench [-- --out FILE]`: question-answering accuracy against plain fuse.js, one turn
 * through the Botkit core (with the shipped knowledge and with 10,000+ clauses), HTTP throughput
 * against a bare node:http ceiling measured in the same run, knowledge reload and start-up time.
 * Everything targets 127.0.0.1, is bounded in count and time, and stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuseBaselineAccuracy } from './fuse-baseline.js';
import { projectRoot } from '../src/infrastructure/project-root.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { evaluateAnswers, readQuestionSet, type Evaluation } from '../src/retrieval/evaluate.js';
import { PolicySearch } from '../src/retrieval/policy-search.js';
import { runLoad } from './http-load.js';
import { scaledKnowledge } from './scaled-knowledge.js';

const ROOT = projectRoot(import.meta.url);
const KNOWLEDGE = path.join(ROOT, 'knowledge');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'http-seconds': { type: 'string', default: '5' } } });

/** Runs bench/core-child.js: turns through the Botkit core, and the rss of that process. */
async function coreTurns(knowledgeDirectory: string, questions: string[], turns: number) {
  const output = await new Promise<string>((resolve, reject) => {
    const measured = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist/bench/core-child.js'), knowledgeDirectory, String(turns), ...questions], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    measured.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    measured.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`core measurement exited ${code}`))));
  });
  const result = JSON.parse(output) as { clauses: number; p50Ms: number; p99Ms: number; rssMb: number; heapMb: number };
  return { clauses: result.clauses, p50Ms: round(result.p50Ms), p99Ms: round(result.p99Ms), rssMb: round(result.rssMb, 0), heapMb: round(result.heapMb, 0) };
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

  const scaledDirectory = await mkdtemp(path.join(tmpdir(), 'bench-knowledge-'));
  await scaledKnowledge(KNOWLEDGE, scaledDirectory, loaded.knowledge, 1000, 10);
  // Cold: the first load of 1,000 files. Reload: what a running bot does after an admin edits one
  // file (everything is read and validated again; only the changed text is re-tokenized).
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
  const reload = { files: edited.files.length, clauses: edited.knowledge.clauses.size, ms: round(performance.now() - reloadStarted, 0), coldMs };
  const core10k = await coreTurns(scaledDirectory, questions, 1000);
  process.stderr.write(`core10k done\n`);

  const seconds = Number(values['http-seconds']);
  const hello = await child(['hello']);
  const helloLoad = await runLoad({ url: `http://127.0.0.1:${hello.port}/`, concurrency: 100, durationMs: seconds * 1000, body: () => '{"type":"message","text":"hi"}' });
  await stop(hello.process);
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'bench-http-'));
  const bot = await child(['bot', dataDirectory, KNOWLEDGE]);
  const botLoad = await runLoad({
    url: `http://127.0.0.1:${bot.port}/api/messages`,
    concurrency: 100,
    durationMs: seconds * 1000,
    body: (user, sequence) => JSON.stringify({ type: 'message', text: questions[(user + sequence) % questions.length], user: `bench-http-user-${String(user).padStart(4, '0')}`, channel: 'webhook' }),
  });
  await stop(bot.process);
  await rm(dataDirectory, { recursive: true, force: true });
  const http = { concurrency: 100, msgsPerSec: round(botLoad.msgsPerSec, 0), p50Ms: round(botLoad.p50Ms), p99Ms: round(botLoad.p99Ms), errors: botLoad.errors, helloWorldMsgsPerSec: round(helloLoad.msgsPerSec, 0), ratioToHelloWorld: round(botLoad.msgsPerSec / helloLoad.msgsPerSec, 3) };
  process.stderr.write(`http done\n`);

  const startMs = await startupMs();
  await rm(scaledDirectory, { recursive: true, force: true });

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: round(totalmem() / 1024 ** 3, 1), node: process.version, date: new Date().toISOString() };
  const result = { qa, core, core10k, http, reload, startMs, machine };
  const targets: Array<[string, boolean, string]> = [
    ['held-out right in one turn ≥ 0.90', qa.heldOut.rightFirstTurn >= 0.9, `${qa.heldOut.rightFirstTurn} (tuning ${qa.tuning.rightFirstTurn})`],
    ['held-out within two turns ≥ 0.97', qa.heldOut.rightWithinTwoTurns >= 0.97, `${qa.heldOut.rightWithinTwoTurns} (tuning ${qa.tuning.rightWithinTwoTurns})`],
    ['held-out out of scope declined ≥ 0.95', qa.heldOut.outOfScopeDeclined >= 0.95, `${qa.heldOut.outOfScopeDeclined} (tuning ${qa.tuning.outOfScopeDeclined})`],
    ['held-out wrong with citation ≤ 0.02', qa.heldOut.wrongWithCitation <= 0.02, `${qa.heldOut.wrongWithCitationCount} of ${qa.heldOut.questions} (tuning ${qa.tuning.wrongWithCitationCount} of ${qa.tuning.questions})`],
    ['held-out accuracy ≥ fuse + 0.30', qa.heldOut.accuracy - qa.heldOut.baselineFuseAccuracy >= 0.3, `${qa.heldOut.accuracy} vs fuse.js ${qa.heldOut.baselineFuseAccuracy}`],
    ['core.p99Ms ≤ 5', core.p99Ms <= 5, `${core.p99Ms} ms (p50 ${core.p50Ms}, ${core.clauses} clauses)`],
    ['core10k.p99Ms ≤ 20', core10k.p99Ms <= 20, `${core10k.p99Ms} ms (p50 ${core10k.p50Ms}, ${core10k.clauses} clauses)`],
    ['core10k.rssMb ≤ 200', core10k.rssMb <= 200, `${core10k.rssMb} MB (heap ${core10k.heapMb} MB; with 58 clauses: rss ${core.rssMb} MB, heap ${core.heapMb} MB)`],
    ['http.msgsPerSec ≥ 1000', http.msgsPerSec >= 1000, `${http.msgsPerSec} msg/s`],
    ['http ≥ 25% of hello world', http.ratioToHelloWorld >= 0.25, `${http.msgsPerSec} / ${http.helloWorldMsgsPerSec} = ${http.ratioToHelloWorld}`],
    ['http.p99Ms ≤ 50', http.p99Ms <= 50, `${http.p99Ms} ms`],
    ['reload.ms ≤ 500', reload.ms <= 500, `${reload.ms} ms for ${reload.files} files after one edit (cold load ${reload.coldMs} ms)`],
  ];
  process.stdout.write(`\nbenchmark on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}\n\n`);
  process.stdout.write(`${'target'.padEnd(28)} ${'met'.padEnd(4)} measured\n`);
  for (const [name, met, measured] of targets) process.stdout.write(`${name.padEnd(28)} ${(met ? 'yes' : 'NO').padEnd(4)} ${measured}\n`);
  process.stdout.write(`startMs ${startMs}\n`);
  if (values.out) await writeFile(values.out, JSON.stringify(result, null, 2) + '\n');
}

await main();

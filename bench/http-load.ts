/**
 * A bounded HTTP load from this process to a server on 127.0.0.1: `concurrency` simulated users
 * post messages back to back over keep-alive connections for `durationMs`, then stop.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  messages: number;
  errors: number;
  msgsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

export async function runLoad(options: { url: string; concurrency: number; durationMs: number; body: (user: number, sequence: number) => string }): Promise<LoadResult> {
  const target = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('load only against loopback');
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + options.durationMs;
  const post = (payload: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const outgoing = request(
        { agent, hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
        (response) => {
          response.resume();
          response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(String(response.statusCode)))));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, user) => {
      for (let sequence = 0; Date.now() < deadline; sequence++) {
        try {
          latencies.push(await post(options.body(user, sequence)));
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { messages: latencies.length, errors, msgsPerSec: latencies.length / elapsed, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

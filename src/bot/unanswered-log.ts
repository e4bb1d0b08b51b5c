/**
 * Questions the knowledge base could not answer, one JSON line each in the data dir, for admins
 * to grow the FAQ and the synonym table. Personal data is masked before it is written.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { maskPersonalData } from '../infrastructure/privacy.js';

export interface UnansweredQuestion {
  at: string;
  channel: string;
  question: string;
  reason: string;
}

export class UnansweredLog {
  readonly file: string;
  /** Opened once in append mode: opening the file per question showed up in the HTTP profile. */
  private handle: Promise<FileHandle> | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(dataDirectory: string) {
    this.file = path.join(dataDirectory, 'unanswered.jsonl');
  }

  async record(entry: Omit<UnansweredQuestion, 'at'>): Promise<void> {
    const line: UnansweredQuestion = { at: new Date().toISOString(), ...entry, question: maskPersonalData(entry.question).slice(0, 500) };
    this.handle ??= mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 }).then(() => open(this.file, 'a', 0o600));
    const handle = await this.handle;
    // One line per write call, in order: concurrent questions never interleave within a line.
    const write = this.chain.then(() => handle.write(JSON.stringify(line) + '\n'));
    this.chain = write.catch(() => undefined);
    await write;
  }

  async close(): Promise<void> {
    await this.chain;
    await (await this.handle)?.close();
    this.handle = undefined;
  }

  /** Distinct questions with how often they were asked, most frequent first. */
  async summary(): Promise<Array<{ question: string; count: number; lastAt: string }>> {
    let text = '';
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    const counts = new Map<string, { question: string; count: number; lastAt: string }>();
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as UnansweredQuestion;
        const key = entry.question.trim();
        const existing = counts.get(key);
        if (existing) {
          existing.count += 1;
          existing.lastAt = entry.at;
        } else counts.set(key, { question: key, count: 1, lastAt: entry.at });
      } catch {
        // A torn last line after a crash is skipped, not fatal.
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count);
  }
}

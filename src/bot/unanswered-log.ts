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
  /** Opened once in append mode; lines are batched, so a burst of questions is one write. */
  private handle: Promise<FileHandle> | undefined;
  private pending: string[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(dataDirectory: string) {
    this.file = path.join(dataDirectory, 'unanswered.jsonl');
  }

  /**
   * Queues the question for the log and returns at once: under load, waiting for this write
   * held replies back by hundreds of milliseconds. A crash may lose the last 100 ms of it.
   */
  record(entry: Omit<UnansweredQuestion, 'at'>): void {
    const line: UnansweredQuestion = { at: new Date().toISOString(), ...entry, question: maskPersonalData(entry.question).slice(0, 500) };
    this.pending.push(JSON.stringify(line) + '\n');
    this.timer ??= setTimeout(() => void this.flush(), 100);
  }

  /** Writes the queued lines (also before reading, and at shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const lines = this.pending.join('');
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      if (!lines) return;
      this.handle ??= mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 }).then(() => open(this.file, 'a', 0o600));
      await (await this.handle).write(lines);
    });
    await this.flushing;
  }

  async close(): Promise<void> {
    await this.flush();
    await (await this.handle)?.close();
    this.handle = undefined;
  }

  /** Distinct questions with how often they were asked, most frequent first. */
  async summary(): Promise<Array<{ question: string; count: number; lastAt: string }>> {
    await this.flush();
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

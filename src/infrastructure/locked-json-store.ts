/**
 * A JSON document in the data dir that several processes may change: every change is a locked
 * read-modify-write with an atomic, fsynced replace, so a change the user was told about is on
 * disk, concurrent changes lose nothing, and a kill at any moment leaves valid JSON. The
 * financing needs and the handoff requests both live in one.
 */
import type { z } from 'zod';
import { withFileLock } from './file-lock.js';
import { SecureJsonFile } from './json-file.js';
import { PolicyBotError } from './errors.js';

export class LockedJsonDocument<Data> {
  private readonly file: SecureJsonFile<Data>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    file: string,
    private readonly shape: z.ZodType,
    private readonly empty: () => Data,
    /** What the document holds, for the message when it holds something else (“融资需求库”). */
    private readonly kind: string,
  ) {
    this.file = new SecureJsonFile(file);
  }

  get path(): string {
    return this.file.file;
  }

  async read(): Promise<Data> {
    const data = await this.file.read();
    if (!data) return this.empty();
    const checked = this.shape.safeParse(data);
    if (!checked.success) {
      throw new PolicyBotError('STORAGE_CORRUPT', `数据文件 ${this.file.file} 的内容不是${this.kind}的格式，已停止以免覆盖`, '请从备份恢复该文件后再启动。', { cause: checked.error });
    }
    return data;
  }

  /** One change at a time in this process, and under the file lock against other processes. */
  change<T>(task: (data: Data) => T | Promise<T>): Promise<T> {
    const run = this.queue.then(() =>
      withFileLock(this.file.file, async () => {
        const data = await this.read();
        const result = await task(data);
        await this.file.write(data);
        return result;
      }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * The next number of a reference series. Never reuses a number, even if the counter was lost:
 * it continues after the highest one in the file.
 */
export function nextSequence(sequence: number, ids: string[]): number {
  return Math.max(sequence, ...ids.map((id) => Number(/-(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
}

/**
 * A lowdb adapter that writes atomically (temp file, fsync, rename) with mode 0600, one write at
 * a time. A kill at any moment leaves either the old or the new file, never a torn one; and
 * personal data is never readable by other accounts on the server.
 */
import { open, readFile, readdir, rename, mkdir, copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { PolicyBotError } from './errors.js';
import { processAlive } from './file-lock.js';

export class SecureJsonFile<Data> implements Adapter<Data> {
  private queue: Promise<void> = Promise.resolve();
  private sequence = 0;
  private swept = false;

  constructor(readonly file: string) {}

  /** Temp files and lock claims left by a process that was killed mid-write: theirs only, never a live one's. */
  private async sweep(): Promise<void> {
    this.swept = true;
    const directory = path.dirname(this.file);
    const base = path.basename(this.file);
    const names = await readdir(directory).catch(() => [] as string[]);
    for (const name of names) {
      const leftover = new RegExp(`^${base.replace(/\./g, '\\.')}(?:\\.lock)?\\.(\\d+)\\.[A-Za-z0-9.]+$`).exec(name);
      if (!leftover || name.includes('.corrupt-')) continue;
      const pid = Number(leftover[1]);
      if (pid !== process.pid && !processAlive(pid)) await rm(path.join(directory, name), { force: true });
    }
  }

  async read(): Promise<Data | null> {
    if (!this.swept) await this.sweep();
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as Data | null;
      // We never write a bare null: a file holding one was damaged, and reading it as “empty”
      // would restart reference numbers at 0001.
      if (parsed === null) throw new Error('file holds null');
      return parsed;
    } catch (cause) {
      const backup = await this.backup(text);
      throw new PolicyBotError(
        'STORAGE_CORRUPT',
        `数据文件 ${this.file} 不是有效的 JSON，已停止以免覆盖`,
        `已备份到 ${backup}。请从备份恢复或修复该文件后再启动；确认可以丢弃时删除该文件。`,
        { cause },
      );
    }
  }

  /** One backup per distinct corrupted content, however often the file is read. */
  private async backup(text: string): Promise<string> {
    const directory = path.dirname(this.file);
    const prefix = `${path.basename(this.file)}.corrupt-`;
    for (const name of (await readdir(directory)).filter((candidate) => candidate.startsWith(prefix))) {
      if ((await readFile(path.join(directory, name), 'utf8').catch(() => '')) === text) return path.join(directory, name);
    }
    const backup = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await copyFile(this.file, backup).catch(() => undefined);
    return backup;
  }

  write(data: Data): Promise<void> {
    const text = JSON.stringify(data);
    const run = this.queue.then(() => this.writeNow(text));
    // A failed write must not block the ones after it; the caller still sees its own failure.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(text: string): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temporary = `${this.file}.${process.pid}.${++this.sequence}.tmp`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.file);
  }
}

/**
 * botbuilder `Storage` on a lowdb JSON file in the data dir, so dialogs survive restarts and
 * successive `policy-bot ask --user` processes continue the same conversation.
 *
 * Writes update memory at once and reach the disk within `flushDelayMs`, coalesced: rewriting
 * and fsyncing the whole file on every turn made each turn wait for the disk. A crash can lose
 * the last fraction of a second of dialog positions, never a financing need (that store writes
 * before it acknowledges). `flush()` runs at shutdown and at the end of each CLI command.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import path from 'node:path';
import { SecureJsonFile } from '../infrastructure/json-file.js';

type StateFile = { items: Record<string, unknown> };

export class LowdbStorage implements Storage {
  private timer: NodeJS.Timeout | undefined;
  private failed: unknown;

  private constructor(
    private readonly database: Low<StateFile>,
    private readonly flushDelayMs: number,
  ) {}

  static async open(dataDirectory: string, fileName = 'state.json', flushDelayMs = 50): Promise<LowdbStorage> {
    const database = new Low<StateFile>(new SecureJsonFile(path.join(dataDirectory, fileName)), { items: {} });
    await database.read();
    database.data ??= { items: {} };
    return new LowdbStorage(database, flushDelayMs);
  }

  private scheduleFlush(): void {
    if (this.failed) throw this.failed;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A failed background write is reported on the next turn's write rather than lost silently.
      this.database.write().catch((error: unknown) => (this.failed = error));
    }, this.flushDelayMs);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const value = this.database.data.items[key];
      // Copies, so that a turn that fails half-way cannot leave its edits in the stored state.
      if (value !== undefined) found[key] = structuredClone(value);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) this.database.data.items[key] = structuredClone(value);
    this.scheduleFlush();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.database.data.items[key];
    this.scheduleFlush();
  }

  /** Writes what is pending and waits for it to reach the disk (shutdown, end of a CLI command). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.failed = undefined;
    await this.database.write();
  }
}

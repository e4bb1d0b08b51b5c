/**
 * botbuilder `Storage` on a lowdb JSON file in the data dir, so dialogs survive restarts and
 * successive `policy-bot ask --user` processes continue the same conversation.
 *
 * Writes update memory at once and reach the disk within `flushDelayMs`, coalesced: rewriting
 * and fsyncing the whole file on every turn made each turn wait for the disk. A crash can lose
 * the last fraction of a second of dialog positions, never a financing need (that store writes
 * before it acknowledges). `flush()` runs at shutdown and at the end of each CLI command.
 *
 * A background write that fails (disk full, permissions) is logged and tried again with the next
 * change; the state stays in memory meanwhile. It is never thrown into a later turn: Botkit saves
 * state where an error cannot be caught, so it would end the process.
 */
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import path from 'node:path';
import { SecureJsonFile } from '../infrastructure/json-file.js';
import type { Logger } from '../infrastructure/logger.js';

/** `touched`: when each key was last written, so that idle conversations can expire. */
type StateFile = { items: Record<string, unknown>; touched?: Record<string, number> };

export class LowdbStorage implements Storage {
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly database: Low<StateFile>,
    private readonly flushDelayMs: number,
    private readonly writeFailed: (error: unknown) => void,
  ) {}

  static async open(dataDirectory: string, options: { fileName?: string; flushDelayMs?: number; writeFailed?: (error: unknown) => void } = {}): Promise<LowdbStorage> {
    const database = new Low<StateFile>(new SecureJsonFile(path.join(dataDirectory, options.fileName ?? 'state.json')), { items: {} });
    await database.read();
    database.data ??= { items: {} };
    return new LowdbStorage(database, options.flushDelayMs ?? 50, options.writeFailed ?? (() => undefined));
  }

  private scheduleFlush(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.database.write().catch(this.writeFailed);
    }, this.flushDelayMs);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const value = this.database.data.items[key];
      // Copies, so that a turn that fails half-way cannot leave its edits in the stored state.
      if (value !== undefined) found[key] = copyOf(value);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const touched = (this.database.data.touched ??= {});
    const now = Date.now();
    for (const [key, value] of Object.entries(changes)) {
      this.database.data.items[key] = copyOf(value);
      touched[key] = now;
    }
    this.scheduleFlush();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      delete this.database.data.items[key];
      delete this.database.data.touched?.[key];
    }
    this.scheduleFlush();
  }

  /**
   * Forgets conversation state untouched for `maxIdleMs`: without this the file grows by every user
   * who ever wrote. Keys `keep` accepts (a user's saved self-assessment) stay; a key written before
   * its time was recorded counts as written now. Returns how many keys went.
   */
  async expireIdle(maxIdleMs: number, keep: (key: string) => boolean, now = Date.now()): Promise<number> {
    const touched = (this.database.data.touched ??= {});
    let removed = 0;
    for (const key of Object.keys(this.database.data.items)) {
      touched[key] ??= now;
      if (keep(key) || now - touched[key] <= maxIdleMs) continue;
      delete this.database.data.items[key];
      delete touched[key];
      removed++;
    }
    if (removed) this.scheduleFlush();
    return removed;
  }

  /** Writes what is pending and waits for it to reach the disk (shutdown, end of a CLI command). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.database.write();
  }
}

/**
 * A copy as the file will hold it. State is plain JSON (it goes to a JSON file), and a JSON round
 * trip copies it faster than structuredClone, which took 4% of a question's time on the fast path.
 */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Conversation state: on disk, or in memory only for one-off anonymous questions (nothing left behind). */
export async function openConversationStorage(dataDirectory: string, ephemeral: boolean, logger: Logger): Promise<Storage> {
  if (ephemeral) return new MemoryStorage();
  return LowdbStorage.open(dataDirectory, { writeFailed: (error) => logger.error('会话状态写入磁盘失败，下次变更时重试', { error: error as Error }) });
}

export type { Storage as ConversationStorage };

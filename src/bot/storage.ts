/**
 * botbuilder `Storage` on a lowdb JSON file in the data dir, so dialogs survive restarts and
 * successive `policy-bot ask --user` processes continue the same conversation.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import path from 'node:path';
import { SecureJsonFile } from '../infrastructure/json-file.js';

type StateFile = { items: Record<string, unknown> };

export class LowdbStorage implements Storage {
  private constructor(private readonly database: Low<StateFile>) {}

  static async open(dataDirectory: string, fileName = 'state.json'): Promise<LowdbStorage> {
    const database = new Low<StateFile>(new SecureJsonFile(path.join(dataDirectory, fileName)), { items: {} });
    await database.read();
    database.data ??= { items: {} };
    return new LowdbStorage(database);
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
    await this.database.write();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.database.data.items[key];
    await this.database.write();
  }

  /** Waits for writes in flight (shutdown). */
  async flush(): Promise<void> {
    await this.database.write();
  }
}

/**
 * Event and message ids already handled, kept on disk for eight hours: Feishu retries an event
 * for up to six hours, and a restart in between must not answer it twice.
 */
import path from 'node:path';
import { SecureJsonFile } from '../../src/infrastructure/json-file.js';

const RETENTION_MS = 8 * 60 * 60 * 1000;

export class SeenEvents {
  private readonly file: SecureJsonFile<Record<string, number>>;
  private seen = new Map<string, number>();

  private constructor(dataDirectory: string) {
    this.file = new SecureJsonFile(path.join(dataDirectory, 'feishu-seen.json'));
  }

  static async open(dataDirectory: string): Promise<SeenEvents> {
    const store = new SeenEvents(dataDirectory);
    store.seen = new Map(Object.entries((await store.file.read()) ?? {}));
    return store;
  }

  /** True when any key was seen already; otherwise records them all, on disk, before returning. */
  async firstTime(keys: string[], now = Date.now()): Promise<boolean> {
    for (const [key, at] of this.seen) if (now - at > RETENTION_MS) this.seen.delete(key);
    if (keys.some((key) => this.seen.has(key))) return false;
    for (const key of keys) this.seen.set(key, now);
    await this.file.write(Object.fromEntries(this.seen));
    return true;
  }
}

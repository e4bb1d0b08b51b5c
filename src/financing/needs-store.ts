/**
 * The financing-needs database (融资需求库) in the data dir. Every change is a locked
 * read-modify-write with an atomic, fsynced file replace: a need the owner was told is saved is on
 * disk, concurrent submissions (threads or processes) lose nothing, and a kill at any moment
 * leaves valid JSON. Emits `submitted` so channels can notify staff.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { z } from 'zod';
import { withFileLock } from '../infrastructure/file-lock.js';
import { SecureJsonFile } from '../infrastructure/json-file.js';
import type { NeedFields } from './form.js';

export const NEED_STATUSES = ['新提交', '已推介', '已对接', '已解决', '已撤回'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
const CLOSED: readonly NeedStatus[] = ['已解决', '已撤回'];

export interface Consent {
  version: string;
  text: string;
  at: string;
}

export interface Need extends NeedFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: NeedStatus;
  channel: string;
  userId: string;
  consent: Consent;
  history: Array<{ at: string; status: NeedStatus; by: string }>;
}

const needsFileSchema = z.object({ sequence: z.number().int().min(0), needs: z.array(z.looseObject({ id: z.string(), status: z.enum(NEED_STATUSES) })) });
type NeedsFile = { sequence: number; needs: Need[] };

export interface NeedFilter {
  status?: NeedStatus;
  since?: Date;
  county?: string;
}

export class NeedsStore extends EventEmitter<{ submitted: [Need, { updated: boolean }]; 'status-changed': [Need] }> {
  private readonly file: SecureJsonFile<NeedsFile>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDirectory: string) {
    super();
    this.file = new SecureJsonFile(path.join(dataDirectory, 'needs.json'));
  }

  get path(): string {
    return this.file.file;
  }

  private async read(): Promise<NeedsFile> {
    const data = await this.file.read();
    if (!data) return { sequence: 0, needs: [] };
    needsFileSchema.parse(data);
    return data;
  }

  /** One change at a time in this process, and under the file lock against other processes. */
  private change<T>(task: (data: NeedsFile) => T | Promise<T>): Promise<T> {
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

  /** Saves a consented need; an open need with the same credit code is updated instead of duplicated. */
  async submit(input: { fields: NeedFields; channel: string; userId: string; consent: Consent }, now = new Date()): Promise<{ need: Need; updated: boolean }> {
    const at = now.toISOString();
    const outcome = await this.change((data) => {
      const open = data.needs.find((need) => need.creditCode === input.fields.creditCode && !CLOSED.includes(need.status));
      if (open) {
        Object.assign(open, input.fields, { updatedAt: at, channel: input.channel, userId: input.userId, consent: input.consent });
        return { need: structuredClone(open), updated: true };
      }
      data.sequence += 1;
      const need: Need = {
        ...input.fields,
        id: `RZ${at.slice(0, 10).replace(/-/g, '')}-${String(data.sequence).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
        status: '新提交',
        channel: input.channel,
        userId: input.userId,
        consent: input.consent,
        history: [{ at, status: '新提交', by: `${input.channel}:${input.userId}` }],
      };
      data.needs.push(need);
      return { need: structuredClone(need), updated: false };
    });
    this.emit('submitted', outcome.need, { updated: outcome.updated });
    return outcome;
  }

  async list(filter: NeedFilter = {}): Promise<Need[]> {
    const { needs } = await this.read();
    return needs.filter(
      (need) =>
        (!filter.status || need.status === filter.status) &&
        (!filter.county || need.county === filter.county) &&
        (!filter.since || new Date(need.createdAt) >= filter.since),
    );
  }

  async get(id: string): Promise<Need | undefined> {
    return (await this.read()).needs.find((need) => need.id === id.trim().toUpperCase());
  }

  /** Only the owner's own needs: the one query that serves owners. */
  async forUser(channel: string, userId: string): Promise<Need[]> {
    return (await this.read()).needs.filter((need) => need.channel === channel && need.userId === userId);
  }

  async setStatus(id: string, status: NeedStatus, by: string, now = new Date()): Promise<Need | undefined> {
    const need = await this.change((data) => {
      const found = data.needs.find((candidate) => candidate.id === id.trim().toUpperCase());
      if (!found) return undefined;
      const at = now.toISOString();
      found.status = status;
      found.updatedAt = at;
      found.history.push({ at, status, by });
      return structuredClone(found);
    });
    if (need) this.emit('status-changed', need);
    return need;
  }

  /** Withdrawal by the owner; refuses needs of other users and closed ones. */
  async withdraw(id: string, channel: string, userId: string): Promise<{ ok: true; need: Need } | { ok: false; reason: 'not-found' | 'closed'; status?: NeedStatus }> {
    const existing = await this.get(id);
    if (!existing || existing.channel !== channel || existing.userId !== userId) return { ok: false, reason: 'not-found' };
    if (CLOSED.includes(existing.status)) return { ok: false, reason: 'closed', status: existing.status };
    const need = await this.setStatus(existing.id, '已撤回', `${channel}:${userId}`);
    return need ? { ok: true, need } : { ok: false, reason: 'not-found' };
  }
}

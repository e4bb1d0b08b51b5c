/**
 * The financing-needs database (融资需求库) in the data dir. Every change is a locked
 * read-modify-write with an atomic, fsynced file replace: a need the owner was told is saved is on
 * disk, concurrent submissions (threads or processes) lose nothing, and a kill at any moment
 * leaves valid JSON. Emits `submitted` so channels can notify staff.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { z } from 'zod';
import { LockedJsonDocument, nextSequence } from '../infrastructure/locked-json-store.js';
import type { NeedFields } from './form.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { displayDate } from '../infrastructure/time.js';

/** The date in a reference number: the owner's day in 宿州, not the UTC day. */
export function referenceDate(now: Date): string {
  return displayDate(now);
}

export const NEED_STATUSES = ['新提交', '已推介', '已对接', '已解决', '已撤回'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
const CLOSED: readonly NeedStatus[] = ['已解决', '已撤回'];

/**
 * Where a need may go from each status, defined once for the command line, the admin console and
 * Feishu. A need moves forward through 推介 and 对接; a closed one (解决, 撤回) stays closed — an
 * owner who needs money again registers anew.
 */
export const NEED_TRANSITIONS: Record<NeedStatus, readonly NeedStatus[]> = {
  新提交: ['已推介', '已对接', '已解决', '已撤回'],
  已推介: ['已对接', '已解决', '已撤回'],
  已对接: ['已推介', '已解决', '已撤回'],
  已解决: [],
  已撤回: [],
};

/** A need's number as owners and staff type it (RZ20261127-0001). */
export const NEED_ID = /([A-Za-z]{2}\d{8}-\d{4,})/;

/** A status typed by staff (command line, Feishu), or the typed error listing the ones there are. */
export function parseNeedStatus(value: string): NeedStatus {
  if ((NEED_STATUSES as readonly string[]).includes(value)) return value as NeedStatus;
  throw new PolicyBotError('INPUT_INVALID', `未知状态：${value}`, `可用状态：${NEED_STATUSES.join(' / ')}`);
}

/** A status change the transitions do not allow; the message says which ones are. */
export function transitionError(from: NeedStatus, to: NeedStatus): PolicyBotError {
  const allowed = NEED_TRANSITIONS[from];
  return new PolicyBotError(
    'INPUT_INVALID',
    `不能把状态从“${from}”改为“${to}”`,
    allowed.length ? `“${from}”可以改为：${allowed.join('、')}` : `“${from}”的需求已关闭，不能再改状态；如需继续服务，请企业重新登记。`,
  );
}

export interface Consent {
  version: string;
  text: string;
  at: string;
}

/** One line of a need's history: who did what, when. */
export interface NeedHistoryEntry {
  at: string;
  status: NeedStatus;
  /** `channel:user` of the owner, or the staff member. */
  by: string;
  /** What changed besides the status (“更新了登记内容”). */
  change?: string;
}

export interface Need extends NeedFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: NeedStatus;
  channel: string;
  userId: string;
  consent: Consent;
  history: NeedHistoryEntry[];
  /** Open needs of other owners with the same credit code, for staff to check (a credit code is public). */
  sameCreditCodeAs?: string[];
  /** Staff's own notes while working the need (never shown to the owner). */
  staffNotes?: Array<{ at: string; by: string; text: string }>;
}

const needsFileSchema = z.object({ sequence: z.number().int().min(0), needs: z.array(z.looseObject({ id: z.string(), status: z.enum(NEED_STATUSES) })) });
type NeedsFile = { sequence: number; needs: Need[] };

export interface NeedFilter {
  status?: NeedStatus;
  since?: Date;
  county?: string;
}

export class NeedsStore extends EventEmitter<{ submitted: [Need, { updated: boolean }]; 'status-changed': [Need] }> {
  private readonly document: LockedJsonDocument<NeedsFile>;

  constructor(dataDirectory: string) {
    super();
    this.document = new LockedJsonDocument(path.join(dataDirectory, 'needs.json'), needsFileSchema, () => ({ sequence: 0, needs: [] }), '融资需求库');
  }

  get path(): string {
    return this.document.path;
  }

  private read(): Promise<NeedsFile> {
    return this.document.read();
  }

  private change<T>(task: (data: NeedsFile) => T | Promise<T>): Promise<T> {
    return this.document.change(task);
  }

  /**
   * Saves a consented need. The owner's own open need with the same credit code is updated, not
   * duplicated. Another owner's need with that code is never touched (a credit code is public):
   * the new need is separate and flagged for staff, and nobody is told the other's number.
   */
  async submit(input: { fields: NeedFields; channel: string; userId: string; consent: Consent }, now = new Date()): Promise<{ need: Need; updated: boolean }> {
    const at = now.toISOString();
    const by = `${input.channel}:${input.userId}`;
    const outcome = await this.change((data) => {
      const sameCode = data.needs.filter((need) => need.creditCode === input.fields.creditCode && !CLOSED.includes(need.status));
      const own = sameCode.find((need) => need.channel === input.channel && need.userId === input.userId);
      if (own) {
        Object.assign(own, input.fields, { updatedAt: at, consent: input.consent });
        own.history.push({ at, status: own.status, by, change: '更新了登记内容' });
        return { need: structuredClone(own), updated: true };
      }
      data.sequence = nextSequence(data.sequence, data.needs.map((need) => need.id));
      const others = sameCode.map((need) => need.id);
      const need: Need = {
        ...input.fields,
        id: `RZ${referenceDate(now)}-${String(data.sequence).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
        status: '新提交',
        channel: input.channel,
        userId: input.userId,
        consent: input.consent,
        history: [{ at, status: '新提交', by }],
        ...(others.length ? { sameCreditCodeAs: others } : {}),
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

  /** Changes the status along the allowed transitions; a change they forbid throws `transitionError`. */
  async setStatus(id: string, status: NeedStatus, by: string, now = new Date()): Promise<Need | undefined> {
    const need = await this.change((data) => {
      const found = data.needs.find((candidate) => candidate.id === id.trim().toUpperCase());
      if (!found) return undefined;
      if (!NEED_TRANSITIONS[found.status].includes(status)) throw transitionError(found.status, status);
      const at = now.toISOString();
      found.status = status;
      found.updatedAt = at;
      found.history.push({ at, status, by });
      return structuredClone(found);
    });
    if (need) this.emit('status-changed', need);
    return need;
  }

  /** A staff note on a need, kept with its author and time. */
  async addNote(id: string, text: string, by: string, now = new Date()): Promise<Need | undefined> {
    return this.change((data) => {
      const found = data.needs.find((candidate) => candidate.id === id.trim().toUpperCase());
      if (!found) return undefined;
      (found.staffNotes ??= []).push({ at: now.toISOString(), by, text: text.trim().slice(0, 1000) });
      found.updatedAt = now.toISOString();
      return structuredClone(found);
    });
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

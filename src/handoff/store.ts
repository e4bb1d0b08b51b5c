/**
 * Handoff requests (人工咨询) in the data dir, under the same durability rules as the financing
 * needs: locked read-modify-write, atomic fsynced replace, numbers never reused. The running
 * server keeps the open requests in memory too, because every owner turn asks “does this user
 * have an open request?” and a file read per message would be the slowest part of a turn.
 */
import path from 'node:path';
import { z } from 'zod';
import type { Address } from '../channels/contract.js';
import { LockedJsonDocument, nextSequence } from '../infrastructure/locked-json-store.js';
import { referenceDate } from '../financing/needs-store.js';
import { PolicyBotError } from '../infrastructure/errors.js';

export const HANDOFF_STATUSES = ['待处理', '处理中', '已答复', '已关闭'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export function parseHandoffStatus(value: string): HandoffStatus {
  if ((HANDOFF_STATUSES as readonly string[]).includes(value)) return value as HandoffStatus;
  throw new PolicyBotError('INPUT_INVALID', `未知状态：${value}`, `可用状态：${HANDOFF_STATUSES.join(' / ')}`);
}

/** A handoff number: RG (人工) + the day in 宿州 + a sequence, like the needs' RZ numbers. */
export const HANDOFF_ID = /([Rr][Gg]\d{8}-\d{4,})/;

export interface TranscriptLine {
  from: 'owner' | 'bot';
  text: string;
}

export interface HandoffMessage {
  at: string;
  from: 'owner' | 'staff' | 'bot';
  /** The staff member (`feishu:ou_…`, `admin-console`) for staff messages. */
  by?: string;
  text: string;
  /** For messages to the owner: whether it reached them yet. Pending ones are shown at their next visit. */
  delivery?: 'delivered' | 'pending';
}

export interface HandoffRequest {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: HandoffStatus;
  address: Address;
  question: string;
  /** The conversation just before the request, personal data masked. */
  recentTurns: TranscriptLine[];
  /** The company's name when a form told it. */
  company?: string;
  messages: HandoffMessage[];
  history: Array<{ at: string; status: HandoffStatus; by: string }>;
  /** The staff chat's card for this request: replies in its thread answer the request. */
  staffCardMessageId?: string;
  /** When the owner was told nobody had answered in time (once per request). */
  overdueNoticeAt?: string;
  /** Whether the owner was told that their further messages go to staff (files of earlier versions). */
  forwardNoticeGiven?: boolean;
  /** When the owner was last told that their messages go to staff. */
  forwardNoticeAt?: string;
}

const fileSchema = z.object({
  sequence: z.number().int().min(0),
  requests: z.array(z.looseObject({ id: z.string(), status: z.enum(HANDOFF_STATUSES), address: z.looseObject({ channel: z.string(), userId: z.string() }) })),
});
type HandoffFile = { sequence: number; requests: HandoffRequest[] };

const userKey = (channel: string, userId: string) => `${channel}/${userId}`;

export class HandoffStore {
  private readonly document: LockedJsonDocument<HandoffFile>;
  /** Open requests by channel/user, and users with messages waiting for them. */
  private openByUser = new Map<string, HandoffRequest>();
  private pendingUsers = new Set<string>();
  private loaded?: Promise<void>;

  constructor(dataDirectory: string) {
    this.document = new LockedJsonDocument(path.join(dataDirectory, 'handoffs.json'), fileSchema, () => ({ sequence: 0, requests: [] }), '人工咨询记录');
  }

  get path(): string {
    return this.document.path;
  }

  /** Reads the file once so that the per-turn lookups below are answered from memory. */
  load(): Promise<void> {
    return (this.loaded ??= this.document.read().then((data) => this.index(data)));
  }

  private index(data: HandoffFile): void {
    this.openByUser = new Map();
    this.pendingUsers = new Set();
    for (const request of data.requests) {
      const key = userKey(request.address.channel, request.address.userId);
      if (request.status !== '已关闭') this.openByUser.set(key, structuredClone(request));
      if (request.messages.some((message) => message.delivery === 'pending')) this.pendingUsers.add(key);
    }
  }

  /** The user's open request, from memory (call `load` once first). */
  openFor(channel: string, userId: string): HandoffRequest | undefined {
    return this.openByUser.get(userKey(channel, userId));
  }

  hasPendingFor(channel: string, userId: string): boolean {
    return this.pendingUsers.has(userKey(channel, userId));
  }

  async list(filter: { status?: HandoffStatus; open?: boolean } = {}): Promise<HandoffRequest[]> {
    const { requests } = await this.document.read();
    return requests.filter((request) => (!filter.status || request.status === filter.status) && (filter.open === undefined || (request.status !== '已关闭') === filter.open));
  }

  /**
   * What staff list: the requests with `status`, or without one those still open (the ones that
   * need someone), and every request for the counts.
   */
  async listForStaff(status?: string): Promise<{ all: HandoffRequest[]; shown: HandoffRequest[] }> {
    const wanted = status ? parseHandoffStatus(status) : undefined;
    const all = await this.list();
    return { all, shown: all.filter((request) => (wanted ? request.status === wanted : request.status !== '已关闭')) };
  }

  async get(id: string): Promise<HandoffRequest | undefined> {
    return (await this.document.read()).requests.find((request) => request.id === id.trim().toUpperCase());
  }

  /** A new request, or the user's open one with the question added to it (never two at once). */
  async open(input: { address: Address; question: string; recentTurns: TranscriptLine[]; company?: string }, now = new Date()): Promise<{ request: HandoffRequest; existing: boolean }> {
    return this.change((data) => {
      const at = now.toISOString();
      const by = `${input.address.channel}:${input.address.userId}`;
      const existing = data.requests.find((request) => request.status !== '已关闭' && request.address.channel === input.address.channel && request.address.userId === input.address.userId);
      if (existing) {
        if (input.question) existing.messages.push({ at, from: 'owner', text: input.question });
        existing.updatedAt = at;
        return { request: structuredClone(existing), existing: true };
      }
      data.sequence = nextSequence(data.sequence, data.requests.map((request) => request.id));
      const request: HandoffRequest = {
        id: `RG${referenceDate(now)}-${String(data.sequence).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
        status: '待处理',
        address: input.address,
        question: input.question,
        recentTurns: input.recentTurns,
        ...(input.company ? { company: input.company } : {}),
        messages: input.question ? [{ at, from: 'owner', text: input.question }] : [],
        history: [{ at, status: '待处理', by }],
      };
      data.requests.push(request);
      return { request: structuredClone(request), existing: false };
    });
  }

  /**
   * Changes one request under the lock. `edit` may return false to leave the file as it was
   * (the request is closed, say); the result is the request as saved, or undefined when no such number.
   */
  async update(id: string, edit: (request: HandoffRequest, at: string) => boolean | void, now = new Date()): Promise<HandoffRequest | undefined> {
    return this.change((data) => {
      const request = data.requests.find((candidate) => candidate.id === id.trim().toUpperCase());
      if (!request) return undefined;
      const at = now.toISOString();
      if (edit(request, at) !== false) request.updatedAt = at;
      return structuredClone(request);
    });
  }

  private async change<T>(task: (data: HandoffFile) => T): Promise<T> {
    await this.load();
    return this.document.change((data) => {
      const result = task(data);
      this.index(data);
      return result;
    });
  }
}

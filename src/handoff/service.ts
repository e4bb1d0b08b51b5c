/**
 * Human handoff (人工咨询): owners' requests reach staff, staff answers reach owners on the channel
 * they came from. One service for every staff entry point (Feishu commands, the admin console,
 * the command line); who may call which operation is checked by those entry points.
 *
 * Emits `opened` and `owner-message` so that a channel with a staff room (Feishu) can tell staff
 * at once, and `closed` when an owner withdraws.
 */
import { EventEmitter } from 'node:events';
import type { Address, Delivery, ProactiveMessage } from '../channels/contract.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { Logger } from '../infrastructure/logger.js';
import { maskPersonalData } from '../infrastructure/privacy.js';
import { staffTexts, texts } from '../texts.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import { writeFaqDraft } from './faq-draft.js';
import { HandoffStore, type HandoffMessage, type HandoffRequest, type HandoffStatus } from './store.js';
import type { RecentTurns } from './recent-turns.js';

export interface HandoffSettings {
  /** Office hours as the bureau writes them (`HANDOFF_HOURS`), shown when nobody answered in time. */
  officeHours?: string;
  /** How long a request may wait for staff before the owner is told (24 hours). */
  overdueAfterMs: number;
}

export type StaffActionResult =
  | { kind: 'not-found' }
  | { kind: 'closed'; request: HandoffRequest }
  | { kind: 'done'; request: HandoffRequest; delivery?: Delivery };

/** After this long without a word from the bot, a message passed to staff is acknowledged again. */
const FORWARD_NOTICE_QUIET_MS = 30 * 60 * 1000;

export class HandoffService extends EventEmitter<{ opened: [HandoffRequest]; 'owner-message': [HandoffRequest, string]; closed: [HandoffRequest, string] }> {
  constructor(
    readonly store: HandoffStore,
    private readonly channels: ChannelRegistry,
    readonly recentTurns: RecentTurns,
    private readonly logger: Logger,
    private readonly settings: HandoffSettings = { overdueAfterMs: 24 * 60 * 60 * 1000 },
  ) {
    super();
  }

  openFor(address: Pick<Address, 'channel' | 'userId'>): HandoffRequest | undefined {
    return this.store.openFor(address.channel, address.userId);
  }

  /** Opens a request (or adds the question to the owner's open one) and tells staff. */
  async open(address: Address, question: string, company?: string): Promise<{ request: HandoffRequest; existing: boolean }> {
    const outcome = await this.store.open({ address, question, company, recentTurns: this.recentTurns.of(address.channel, address.userId) });
    this.logger.info('人工咨询请求', { id: outcome.request.id, channel: address.channel, existing: outcome.existing });
    if (!outcome.existing) this.emit('opened', outcome.request);
    else if (question) this.emit('owner-message', outcome.request, question);
    return outcome;
  }

  /**
   * An owner's message while their request is open: attached to it and passed to staff. Says
   * whether to tell the owner so: in full the first time, briefly after a quiet spell or after
   * staff answered (a message met by silence then reads as lost), and not at every message of a burst.
   */
  async forward(request: HandoffRequest, text: string): Promise<{ request: HandoffRequest; notice: 'first' | 'again' | undefined }> {
    let notice: 'first' | 'again' | undefined;
    const saved = await this.store.update(request.id, (current, at) => {
      current.messages.push({ at, from: 'owner', text });
      // Opened with “人工” alone: the first message after it is the question.
      if (!current.question) current.question = text;
      const toldAt = current.forwardNoticeAt ? Date.parse(current.forwardNoticeAt) : current.forwardNoticeGiven ? 0 : undefined;
      const quiet = toldAt !== undefined && Date.parse(at) - toldAt > FORWARD_NOTICE_QUIET_MS;
      notice = toldAt === undefined ? 'first' : quiet || current.status === '已答复' ? 'again' : undefined;
      if (notice) current.forwardNoticeAt = at;
      // The owner wrote again after an answer: the request needs staff again.
      if (current.status === '已答复') setStatus(current, '处理中', at, `${current.address.channel}:${current.address.userId}`);
    });
    const updated = saved ?? request;
    this.emit('owner-message', updated, text);
    return { request: updated, notice };
  }

  /** A staff answer, sent to the owner on their channel; kept pending when it cannot go now. */
  reply(id: string, text: string, by: string): Promise<StaffActionResult> {
    return this.whileOpen(id, (request) =>
      this.tellOwner(request.id, { from: 'staff', by, text }, { text: texts.handoff.fromStaff(request.id, text), intent: 'staff' }, (current, at) => setStatus(current, '已答复', at, by)),
    );
  }

  /** Marks a request as being worked on (staff took it). */
  take(id: string, by: string): Promise<StaffActionResult> {
    return this.whileOpen(id, async (request) => {
      const taken = await this.store.update(request.id, (current, at) => setStatus(current, '处理中', at, by));
      return { kind: 'done', request: taken ?? request };
    });
  }

  /** Closed by staff: the owner is told. */
  close(id: string, by: string): Promise<StaffActionResult> {
    return this.whileOpen(id, (request) => {
      const text = texts.handoff.closedByStaff(request.id);
      return this.tellOwner(request.id, { from: 'bot', text }, { text, intent: 'handoff' }, (current, at) => setStatus(current, '已关闭', at, by));
    });
  }

  /** A staff action on a request that exists and is not closed. */
  private async whileOpen(id: string, action: (request: HandoffRequest) => Promise<StaffActionResult>): Promise<StaffActionResult> {
    const existing = await this.store.get(id);
    if (!existing) return { kind: 'not-found' };
    if (existing.status === '已关闭') return { kind: 'closed', request: existing };
    return action(existing);
  }

  /** Withdrawn by the owner (“取消” while the request is open); staff are told. */
  async cancelByOwner(request: HandoffRequest): Promise<HandoffRequest | undefined> {
    const by = `${request.address.channel}:${request.address.userId}`;
    const saved = await this.store.update(request.id, (current, at) => {
      if (current.status === '已关闭') return false;
      setStatus(current, '已关闭', at, by);
    });
    if (saved) this.emit('closed', saved, by);
    return saved;
  }

  /**
   * Messages for this user that could not be delivered when they were sent, now marked delivered:
   * the caller shows them (at the start of the user's next turn, or when the web page reconnects).
   */
  async takePending(channel: string, userId: string): Promise<ProactiveMessage[]> {
    if (!this.store.hasPendingFor(channel, userId)) return [];
    const shown: ProactiveMessage[] = [];
    const requests = (await this.store.list()).filter((request) => request.address.channel === channel && request.address.userId === userId);
    for (const request of requests) {
      if (!request.messages.some((message) => message.delivery === 'pending')) continue;
      await this.store.update(request.id, (current) => {
        for (const message of current.messages) {
          if (message.delivery !== 'pending') continue;
          shown.push(message.from === 'staff' ? { text: texts.handoff.fromStaff(current.id, message.text), intent: 'staff' } : { text: message.text, intent: 'handoff' });
          message.delivery = 'delivered';
        }
      });
    }
    return shown;
  }

  /**
   * Tells owners whose request has waited longer than the limit without any staff action, once
   * per wait, with the office hours the bureau configured (never an invented phone number).
   */
  async remindOverdue(now = new Date()): Promise<string[]> {
    const reminded: string[] = [];
    for (const request of await this.store.list({ open: true })) {
      if (request.status === '已答复') continue;
      const lastStaffAction = Math.max(Date.parse(request.createdAt), ...request.history.filter((entry) => entry.by !== `${request.address.channel}:${request.address.userId}`).map((entry) => Date.parse(entry.at)));
      const waitedSince = Math.max(lastStaffAction, request.overdueNoticeAt ? Date.parse(request.overdueNoticeAt) : 0);
      if (now.getTime() - waitedSince < this.settings.overdueAfterMs) continue;
      const text = texts.handoff.overdue(request.id, this.settings.officeHours);
      await this.tellOwner(request.id, { from: 'bot', text }, { text, intent: 'handoff' }, (current, at) => void (current.overdueNoticeAt = at), now);
      reminded.push(request.id);
    }
    return reminded;
  }

  /**
   * A draft FAQ entry from a closed request: the owner's question and the staff's answers, citing
   * the clause the staff member names. Written under `knowledge/faq/drafts/`, never served.
   */
  async draftFaq(knowledge: KnowledgeBase, id: string, clause: string, by: string): Promise<string> {
    const request = await this.store.get(id);
    if (!request) throw new PolicyBotError('INPUT_INVALID', staffTexts.handoff.notFound(id), '检查编号。');
    if (request.status !== '已关闭') throw new PolicyBotError('INPUT_INVALID', staffTexts.handoff.draftNeedsClosed(request.id), `发送“关闭 ${request.id}”后再试。`);
    const answer = request.messages.filter((message) => message.from === 'staff').map((message) => message.text).join('\n');
    if (!answer) throw new PolicyBotError('INPUT_INVALID', staffTexts.handoff.draftNeedsAnswer(request.id), '先回复企业，再生成草稿。');
    return writeFaqDraft(knowledge, { question: maskPersonalData(request.question), answer, clause, origin: `人工咨询 ${request.id}`, by });
  }

  /**
   * Keeps a message to the owner as pending with the request's other changes, then sends it: a
   * crash or an offline owner leaves it pending, shown at their next visit.
   */
  private async tellOwner(
    id: string,
    kept: Pick<HandoffMessage, 'from' | 'by' | 'text'>,
    message: ProactiveMessage,
    change: (request: HandoffRequest, at: string) => void,
    now = new Date(),
  ): Promise<StaffActionResult> {
    let index = -1;
    await this.store.update(id, (request, at) => {
      index = request.messages.push({ at, ...kept, delivery: 'pending' }) - 1;
      change(request, at);
    }, now);
    return this.deliver(id, index, message);
  }

  private async deliver(id: string, messageIndex: number, message: ProactiveMessage): Promise<StaffActionResult> {
    const request = (await this.store.get(id))!;
    const delivery = await this.channels.send(request.address, message);
    if (delivery.state !== 'delivered') {
      this.logger.warn('人工咨询消息暂未送达，已保存待下次显示', { id, channel: request.address.channel, state: delivery.state, detail: maskPersonalData(delivery.detail) });
      return { kind: 'done', request, delivery };
    }
    const saved = await this.store.update(id, (current) => {
      const kept = current.messages[messageIndex];
      if (kept?.delivery !== 'pending') return false;
      kept.delivery = 'delivered';
    });
    return { kind: 'done', request: saved ?? request, delivery };
  }
}

function setStatus(request: HandoffRequest, status: HandoffStatus, at: string, by: string): void {
  if (request.status === status) return;
  request.status = status;
  request.history.push({ at, status, by });
}

/**
 * What staff can do, in one place for every staff entry point: Feishu commands, the admin console
 * and the command line. Each entry point checks who may call it (the allow-list and the staff chat,
 * the admin token, the server's shell account) and renders the result; the rules are here: how a
 * status or a date is read, which changes are allowed, what an export holds.
 *
 * Typed `INPUT_INVALID` errors carry the sentence staff should read.
 */
import { needsCsv, needsXlsx } from '../financing/export.js';
import { NeedsStore, parseNeedStatus, type Need } from '../financing/needs-store.js';
import type { HandoffService } from '../handoff/service.js';
import { writeFaqDraft } from '../handoff/faq-draft.js';
import type { UnansweredLog } from '../bot/unanswered-log.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { formatProblem } from '../knowledge/model.js';
import type { KnowledgeStore } from '../knowledge/store.js';

export interface NeedQuery {
  status?: string;
  county?: string;
  /** YYYY-MM-DD: needs submitted on or after that day. */
  since?: string;
}

/** A day typed by staff, or the typed error saying how to write one. */
export function parseDay(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new PolicyBotError('INPUT_INVALID', `日期格式不对：${value}`, '请写作 YYYY-MM-DD，如 2026-11-01');
  }
  return date;
}

export class StaffDesk {
  constructor(
    private readonly needsStore: NeedsStore,
    /** Present where the bot runs (not for the command line, which reads the stores only). */
    private readonly running?: { handoff: HandoffService; unanswered: UnansweredLog; knowledge: KnowledgeStore },
  ) {}

  /** Human handoff requests: list, read, reply, close, draft an FAQ entry. */
  get handoff(): HandoffService {
    return this.runningPart().handoff;
  }

  async needs(query: NeedQuery = {}): Promise<Need[]> {
    return this.needsStore.list({
      status: query.status ? parseNeedStatus(query.status) : undefined,
      county: query.county || undefined,
      since: query.since ? parseDay(query.since) : undefined,
    });
  }

  /** The latest needs first. */
  async latestNeeds(count: number): Promise<Need[]> {
    return (await this.needsStore.list()).slice(-count).reverse();
  }

  need(id: string): Promise<Need | undefined> {
    return this.needsStore.get(id);
  }

  /** Along the allowed transitions only; a forbidden change is a typed error naming the allowed ones. */
  setNeedStatus(id: string, status: string, by: string): Promise<Need | undefined> {
    return this.needsStore.setStatus(id, parseNeedStatus(status), by);
  }

  addNeedNote(id: string, text: string, by: string): Promise<Need | undefined> {
    return this.needsStore.addNote(id, text, by);
  }

  /** The needs table with Chinese headers: CSV (UTF-8 with BOM) or XLSX. */
  async exportNeeds(format: string, query: NeedQuery = {}): Promise<{ content: string | Buffer; count: number; format: 'csv' | 'xlsx' }> {
    if (format !== 'csv' && format !== 'xlsx') throw new PolicyBotError('INPUT_INVALID', `不支持的格式：${format}`, '用 csv 或 xlsx');
    const needs = await this.needs(query);
    return { content: format === 'csv' ? needsCsv(needs) : await needsXlsx(needs), count: needs.length, format };
  }

  /** A draft FAQ entry from a closed handoff request, citing the clause staff name (never served until reviewed). */
  draftFaqFromHandoff(id: string, clause: string, by: string): Promise<string> {
    const { handoff, knowledge } = this.runningPart();
    return handoff.draftFaq(knowledge.current.knowledge, id, clause, by);
  }

  /** The same from a question of the unanswered log and the answer staff write for it. */
  draftFaqFromQuestion(draft: { question: string; answer: string; clause: string }, by: string): Promise<string> {
    return writeFaqDraft(this.runningPart().knowledge.current.knowledge, { ...draft, origin: '未答问题', by });
  }

  /** The questions the bot could not answer, most frequent first. */
  unanswered(): ReturnType<UnansweredLog['summary']> {
    return this.runningPart().unanswered.summary();
  }

  /** The knowledge being served and the problems of the last reload that failed, as `path:line: message`. */
  knowledgeStatus() {
    const status = this.runningPart().knowledge.status();
    return { ...status, problems: status.problems.map(formatProblem) };
  }

  private runningPart() {
    if (!this.running) throw new Error('this staff operation needs the running bot');
    return this.running;
  }
}

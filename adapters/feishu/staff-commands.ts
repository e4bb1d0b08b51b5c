/**
 * Commands for the bureau's staff in Feishu. Only allow-listed open_ids, or messages in the
 * staff chat, may run them; anyone else gets “无权限” and no data.
 */
import { PolicyBotError } from '../../src/infrastructure/errors.js';
import { NEED_ID } from '../../src/financing/needs-store.js';
import { describeNeed, needLine } from '../../src/financing/render.js';
import type { StaffDesk } from '../../src/staff/desk.js';
import { staffTexts, texts as allTexts } from '../../src/texts.js';
import { HANDOFF_ID } from '../../src/handoff/store.js';
import { countsLine, describeHandoff, handoffLine, staffOutcome } from '../../src/handoff/render.js';

const texts = allTexts.feishu;

export type StaffCommand =
  | { kind: 'latest' }
  | { kind: 'list'; status?: string }
  | { kind: 'show'; id: string }
  | { kind: 'mark'; id: string; status: string }
  | { kind: 'export' }
  | { kind: 'unanswered' }
  | { kind: 'knowledge' }
  | { kind: 'handoffList' }
  | { kind: 'handoffShow'; id: string }
  | { kind: 'handoffReply'; id: string; text: string }
  | { kind: 'handoffTake'; id: string }
  | { kind: 'handoffClose'; id: string }
  | { kind: 'handoffDraft'; id: string; clause: string };

const ID = NEED_ID.source;

export function parseStaffCommand(text: string): StaffCommand | undefined {
  const trimmed = text.normalize('NFKC').trim();
  if (/^最新需求$/.test(trimmed)) return { kind: 'latest' };
  const list = /^需求列表\s*(\S+)?$/.exec(trimmed);
  if (list) return { kind: 'list', status: list[1] };
  const show = new RegExp(`^需求\\s*${ID}$`).exec(trimmed);
  if (show) return { kind: 'show', id: show[1]! };
  const mark = new RegExp(`^标记\\s*${ID}\\s*(\\S+)$`).exec(trimmed);
  if (mark) return { kind: 'mark', id: mark[1]!, status: mark[2]! };
  if (/^导出需求$/.test(trimmed)) return { kind: 'export' };
  if (/^未答问题$/.test(trimmed)) return { kind: 'unanswered' };
  if (/^知识库状态$/.test(trimmed)) return { kind: 'knowledge' };
  if (/^(人工列表|人工咨询列表|人工咨询)$/.test(trimmed)) return { kind: 'handoffList' };
  const handoff = new RegExp(`^(咨询|回复|接手|关闭|草稿)\\s*${HANDOFF_ID.source}\\s*([\\s\\S]*)$`).exec(trimmed);
  if (handoff) {
    const [, verb, id, rest = ''] = handoff;
    const upper = id!.toUpperCase();
    if (verb === '回复' && rest.trim()) return { kind: 'handoffReply', id: upper, text: afterId(text, upper) };
    if (verb === '草稿' && rest.trim()) return { kind: 'handoffDraft', id: upper, clause: rest.trim() };
    if (!rest.trim()) return verb === '咨询' ? { kind: 'handoffShow', id: upper } : verb === '接手' ? { kind: 'handoffTake', id: upper } : verb === '关闭' ? { kind: 'handoffClose', id: upper } : undefined;
  }
  return undefined;
}

/** What follows the number in the staff member's own text (not the normalised copy, which folds their punctuation). */
function afterId(text: string, id: string): string {
  const at = text.toUpperCase().indexOf(id);
  return at < 0 ? text.trim() : text.slice(at + id.length).trim();
}

export type StaffReply = { text: string; card?: string } | { file: Buffer; fileName: string; fallback: string };

/** Runs a command; a typed input error (a bad status, a forbidden change) becomes its sentence for staff. */
export async function runStaffCommand(command: StaffCommand, desk: StaffDesk, staffName: string): Promise<StaffReply> {
  try {
    return await run(command, desk, staffName);
  } catch (error) {
    if (error instanceof PolicyBotError && error.code === 'INPUT_INVALID') return { text: `${error.message}。${error.hint}` };
    throw error;
  }
}

async function run(command: StaffCommand, desk: StaffDesk, staffName: string): Promise<StaffReply> {
  const by = `feishu:${staffName}`;
  switch (command.kind) {
    case 'latest': {
      const needs = await desk.latestNeeds(5);
      return { text: needs.length ? needs.map(needLine).join('\n') : texts.noNeeds };
    }
    case 'list': {
      const needs = await desk.needs({ status: command.status });
      return { text: needs.length ? needs.slice(-30).map(needLine).join('\n') : texts.noNeeds };
    }
    case 'show': {
      const need = await desk.need(command.id);
      return need ? { text: describeNeed(need), card: need.id } : { text: texts.needNotFound(command.id) };
    }
    case 'mark': {
      const need = await desk.setNeedStatus(command.id, command.status, by);
      return { text: need ? texts.statusSet(need.id, need.status) : texts.needNotFound(command.id) };
    }
    case 'export': {
      const exported = await desk.exportNeeds('xlsx');
      const needs = await desk.needs();
      return { file: exported.content as Buffer, fileName: `融资需求-${new Date().toISOString().slice(0, 10)}.xlsx`, fallback: [texts.exportSummary(exported.count), ...needs.slice(-30).map(needLine)].join('\n') };
    }
    case 'unanswered': {
      const summary = (await desk.unanswered()).slice(0, 15);
      return { text: summary.length ? [texts.unansweredTitle, ...summary.map((entry) => `${entry.count}次｜${entry.question}`)].join('\n') : texts.noUnanswered };
    }
    case 'handoffList': {
      const { all, shown } = await desk.handoff.store.listForStaff();
      return { text: shown.length ? [staffTexts.handoff.listTitle(countsLine(all)), ...shown.slice(-30).map(handoffLine)].join('\n') : staffTexts.handoff.noneOpen };
    }
    case 'handoffShow': {
      const request = await desk.handoff.store.get(command.id);
      return { text: request ? describeHandoff(request) : staffTexts.handoff.notFound(command.id), card: request?.id };
    }
    case 'handoffReply':
      return { text: staffOutcome(command.id, await desk.handoff.reply(command.id, command.text, by), 'reply') };
    case 'handoffTake':
      return { text: staffOutcome(command.id, await desk.handoff.take(command.id, by), 'take') };
    case 'handoffClose':
      return { text: staffOutcome(command.id, await desk.handoff.close(command.id, by), 'close') };
    case 'handoffDraft':
      return { text: staffTexts.handoff.draftSaved(await desk.draftFaqFromHandoff(command.id, command.clause, by)) };
    case 'knowledge': {
      const status = desk.knowledgeStatus();
      return { text: texts.knowledgeStatus(status.files, status.clauses, status.faq, status.loadedAt.toISOString(), status.problems) };
    }
  }
}

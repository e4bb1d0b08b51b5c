/**
 * How staff read a handoff request, whichever way they look (Feishu, the admin console's text,
 * the command line): one line in a list, the staff-chat card (personal data masked: the chat may
 * hold more people than the allow-list) and the full view for allow-listed staff.
 */
import { displayTime } from '../infrastructure/time.js';
import { maskPersonalData } from '../infrastructure/privacy.js';
import { staffTexts } from '../texts.js';
import { HANDOFF_STATUSES, type HandoffRequest } from './store.js';
import type { StaffActionResult } from './service.js';

const CHANNEL_NAMES: Record<string, string> = { web: '网页', wechat: '微信', feishu: '飞书', terminal: '命令行' };

export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel] ?? channel;
}

export function handoffLine(request: HandoffRequest): string {
  return `${request.id}｜${request.status}｜${channelName(request.address.channel)}｜${request.company ?? '未知企业'}｜${maskPersonalData(shorten(request.question || '（未写问题）', 40))}`;
}

/** “待处理 2 · 处理中 1 · 已答复 0” over the open statuses. */
export function handoffCounts(requests: HandoffRequest[]): Record<string, number> {
  return Object.fromEntries(HANDOFF_STATUSES.map((status) => [status, requests.filter((request) => request.status === status).length]));
}

export function countsLine(requests: HandoffRequest[]): string {
  const counts = handoffCounts(requests);
  return HANDOFF_STATUSES.filter((status) => status !== '已关闭').map((status) => `${status} ${counts[status]}`).join(' · ');
}

/** The card posted to the staff chat when a request opens. */
export function handoffCardLines(request: HandoffRequest): string[] {
  return [
    `编号：${request.id}`,
    `渠道：${channelName(request.address.channel)}${request.company ? `  企业：${request.company}` : ''}`,
    `问题：${maskPersonalData(request.question || '（还没写问题，企业的下一条消息会转到这里）')}`,
    ...(request.recentTurns.length ? ['最近的对话：', ...request.recentTurns.map((line) => `${line.from === 'owner' ? '企业' : '助手'}：${shorten(line.text, 120)}`)] : []),
    staffTexts.handoff.howToReply(request.id),
  ];
}

/** Everything about a request, for allow-listed staff (the owner's own words unmasked). */
export function describeHandoff(request: HandoffRequest): string {
  const messages = request.messages.map((message) => {
    const who = message.from === 'owner' ? '企业' : message.from === 'staff' ? `工作人员（${message.by ?? ''}）` : '系统';
    const delivery = message.delivery === 'pending' ? '（未送达）' : '';
    return `${displayTime(message.at)} ${who}${delivery}：${message.text}`;
  });
  return [
    `编号：${request.id}（${request.status}）`,
    `渠道：${channelName(request.address.channel)}${request.company ? `  企业：${request.company}` : ''}`,
    `提交：${displayTime(request.createdAt)}`,
    `问题：${request.question || '（未写问题）'}`,
    ...(request.recentTurns.length ? ['转人工前的对话：', ...request.recentTurns.map((line) => `  ${line.from === 'owner' ? '企业' : '助手'}：${shorten(line.text, 120)}`)] : []),
    ...(messages.length ? ['往来消息：', ...messages.map((line) => `  ${line}`)] : []),
  ].join('\n');
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** What a staff member is told after replying, taking or closing: including whether the owner got it. */
export function staffOutcome(id: string, result: StaffActionResult, action: 'reply' | 'take' | 'close'): string {
  if (result.kind === 'not-found') return staffTexts.handoff.notFound(id);
  if (result.kind === 'closed') return staffTexts.handoff.closed(result.request.id);
  const delivered = result.delivery?.state === 'delivered';
  if (action === 'take') return staffTexts.handoff.taken(result.request.id);
  if (action === 'close') return staffTexts.handoff.closedDone(result.request.id, delivered);
  return delivered ? staffTexts.handoff.delivered(result.request.id) : staffTexts.handoff.pending(result.request.id);
}

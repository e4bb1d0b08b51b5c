/**
 * How a financing need reads, in one place for every way staff and owners look at it: a line in
 * a list, the full view for staff (the command line, `需求 编号` in Feishu), the staff-chat card
 * (phone masked: the chat may hold more people than the allow-list), and the owner's own line.
 */
import { displayTime } from '../infrastructure/time.js';
import { maskPersonalData } from '../infrastructure/privacy.js';
import { staffTexts } from '../texts.js';
import { FORM_FIELDS } from './form.js';
import type { Need } from './needs-store.js';

/** One line per need in staff lists. */
export function needLine(need: Need): string {
  return `${need.id}｜${need.status}｜${displayTime(need.createdAt)}｜${need.county}｜${need.companyName}｜${need.amount}万元｜${need.product}`;
}

/** Everything about a need, for staff: they are the people the owner consented to share it with. */
export function describeNeed(need: Need): string {
  const fields = FORM_FIELDS.filter((field) => need[field.id] !== undefined).map((field) => `${field.label}：${String(need[field.id])}${field.id === 'amount' ? '万元' : ''}`);
  const history = need.history.map((entry) => `  ${displayTime(entry.at)} ${entry.status}（${entry.by}）${entry.change ? ` ${entry.change}` : ''}`);
  const notes = (need.staffNotes ?? []).map((note) => `  ${displayTime(note.at)} ${note.by}：${note.text}`);
  const flag = need.sameCreditCodeAs?.length ? [staffTexts.sameCreditCode(need.sameCreditCodeAs)] : [];
  return [
    `编号：${need.id}`,
    `状态：${need.status}`,
    `提交：${displayTime(need.createdAt)}`,
    ...flag,
    ...fields,
    `授权：${need.consent.version} ${displayTime(need.consent.at)}`,
    '记录：',
    ...history,
    ...(notes.length ? ['工作人员备注：', ...notes] : []),
  ].join('\n');
}

/** The staff-chat card of a new or updated need. */
export function needCardLines(need: Need): string[] {
  return [
    `编号：${need.id}`,
    ...(need.sameCreditCodeAs?.length ? [staffTexts.sameCreditCode(need.sameCreditCodeAs)] : []),
    `企业：${need.companyName}`,
    `县区：${need.county}  金额：${need.amount}万元`,
    `意向：${need.product}  担保：${need.guarantee}`,
    `联系人：${need.contactName} ${maskPersonalData(need.phone)}`,
    `查看详情请发送：需求 ${need.id}`,
  ];
}

/** An owner's own need, in “我的融资需求”. */
export function ownerNeedLine(need: Need): string {
  return `${need.id}｜${need.companyName}｜${need.amount}万元｜${need.status}`;
}

/**
 * The words that steer any form (the self-assessment, the financing form): back, skip, and
 * “修改 <field>”. One place, so both forms understand the same phrases.
 */
import Fuse from 'fuse.js';
import type { IntentGrammar } from '../knowledge/model.js';
import { matchIntent } from './command-grammar.js';

/** `value`: the new answer given with the edit (“手机号改成13912345678”), answered at once. */
export type FormCommand = { kind: 'back' } | { kind: 'skip' } | { kind: 'edit'; target: string; value?: string } | undefined;

/** “修改 研发人员占比”, “补充研发人员占比”, “我想改一下手机号”. */
const EDIT = /^(?:我想|我要|帮我)?(?:修改|改一下|改|更改|重填|补充|补填)\s*(.+)$/u;

/** “手机号改成13912345678”, “把金额改为500万”, “修改金额为500万”: the field and its new value at once. */
const EDIT_TO = [/^(?:我想|我要|帮我|请)?(?:把|将)?(.{1,10}?)(?:改成|改为|换成|更正为|更改为|应该是|应为)\s*(.+)$/u, /^(?:修改|更改)\s*(.{1,10}?)\s*为\s*(.+)$/u];

/** “手机号改成13912345678”: the field's name as typed and the new value; nothing for any other message. */
export function editWithValue(text: string): { target: string; value: string } | undefined {
  for (const pattern of EDIT_TO) {
    const found = pattern.exec(text.normalize('NFKC').trim());
    if (found) return { target: found[1]!.trim(), value: found[2]!.trim() };
  }
  return undefined;
}

/** Back and skip come from the command grammar (knowledge/intents.yaml), like every other command word. */
export function formCommand(text: string, grammar: IntentGrammar): FormCommand {
  const trimmed = text.normalize('NFKC').trim();
  const intent = matchIntent(trimmed, grammar);
  if (intent === 'back') return { kind: 'back' };
  if (intent === 'skip') return { kind: 'skip' };
  const editTo = editWithValue(trimmed);
  if (editTo) return { kind: 'edit', ...editTo };
  const edit = EDIT.exec(trimmed);
  return edit ? { kind: 'edit', target: edit[1]!.replace(/[\s。.!！吧啊]+$/u, '').trim() } : undefined;
}

/**
 * The item a field name given with a new value refers to: its label, or a part of it (金额 → 融资金额).
 * Strict, unlike `findByLabel`: “把旧设备换成新设备” answering 用途 is an answer, not an edit.
 */
export function findByLabelStrictly<Item extends { label: string }>(items: readonly Item[], name: string): Item | undefined {
  const exact = items.find((item) => item.label === name);
  if (exact) return exact;
  const holding = name.length >= 2 ? items.filter((item) => item.label.includes(name)) : [];
  return holding.length === 1 ? holding[0] : undefined;
}

/** The item a loosely typed field name refers to (“修改 手机” → 手机号). */
export function findByLabel<Item extends { label: string }>(items: readonly Item[], name: string): Item | undefined {
  const exact = items.find((item) => item.label === name);
  if (exact) return exact;
  return new Fuse(items, { keys: ['label'], threshold: 0.5 }).search(name)[0]?.item;
}

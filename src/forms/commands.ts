/**
 * The words that steer any form (the self-assessment, the financing form): back, skip, and
 * “修改 <field>”. One place, so both forms understand the same phrases.
 */
import Fuse from 'fuse.js';
import type { IntentGrammar } from '../knowledge/model.js';
import { matchIntent } from './command-grammar.js';

export type FormCommand = { kind: 'back' } | { kind: 'skip' } | { kind: 'edit'; target: string } | undefined;

/** “修改 研发人员占比”, “补充研发人员占比”, “我想改一下手机号”. */
const EDIT = /^(?:我想|我要|帮我)?(?:修改|改一下|改|更改|重填|补充|补填)\s*(.+)$/u;

/** Back and skip come from the command grammar (knowledge/intents.yaml), like every other command word. */
export function formCommand(text: string, grammar: IntentGrammar): FormCommand {
  const trimmed = text.normalize('NFKC').trim();
  const intent = matchIntent(trimmed, grammar);
  if (intent === 'back') return { kind: 'back' };
  if (intent === 'skip') return { kind: 'skip' };
  const edit = EDIT.exec(trimmed);
  return edit ? { kind: 'edit', target: edit[1]!.replace(/[\s。.!！吧啊]+$/u, '').trim() } : undefined;
}

/** The item a loosely typed field name refers to (“修改 手机” → 手机号). */
export function findByLabel<Item extends { label: string }>(items: readonly Item[], name: string): Item | undefined {
  const exact = items.find((item) => item.label === name);
  if (exact) return exact;
  return new Fuse(items, { keys: ['label'], threshold: 0.5 }).search(name)[0]?.item;
}

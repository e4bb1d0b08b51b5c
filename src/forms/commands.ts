/**
 * The words that steer any form (the self-assessment, the financing form): back, skip, and
 * “修改 <field>”. One place, so both forms understand the same phrases.
 */
import Fuse from 'fuse.js';

export type FormCommand = { kind: 'back' } | { kind: 'skip' } | { kind: 'edit'; target: string } | undefined;

const BACK = /^(上一步|上一题|返回上一步|回到上一题|back)$/i;
const SKIP = /^(跳过|略过|下一题|不填|skip)$/i;
const EDIT = /^(修改|改|更改|重填)\s*(.+)$/u;

export function formCommand(text: string): FormCommand {
  const trimmed = text.normalize('NFKC').trim();
  if (BACK.test(trimmed)) return { kind: 'back' };
  if (SKIP.test(trimmed)) return { kind: 'skip' };
  const edit = EDIT.exec(trimmed);
  return edit ? { kind: 'edit', target: edit[2]!.trim() } : undefined;
}

/** The item a loosely typed field name refers to (“修改 手机” → 手机号). */
export function findByLabel<Item extends { label: string }>(items: readonly Item[], name: string): Item | undefined {
  const exact = items.find((item) => item.label === name);
  if (exact) return exact;
  return new Fuse(items, { keys: ['label'], threshold: 0.5 }).search(name)[0]?.item;
}

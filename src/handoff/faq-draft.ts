/**
 * A draft FAQ entry from a staff answer (a closed handoff request, or a question in the
 * unanswered log): written to `knowledge/faq/drafts/`, which the loader never serves, and marked
 * `reviewed: false`, which it refuses even if the file is moved without review. The clause the
 * staff member names must exist, so that the reviewed entry can be quoted and cited.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { PolicyBotError } from '../infrastructure/errors.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import { FAQ_DRAFTS } from '../knowledge/load.js';
import { staffTexts } from '../texts.js';

export interface FaqDraft {
  question: string;
  answer: string;
  clause: string;
  /** The handoff number, or “未答问题”. */
  origin: string;
  by: string;
}

export async function writeFaqDraft(knowledge: KnowledgeBase, draft: FaqDraft, now = new Date()): Promise<string> {
  const clause = draft.clause.trim();
  if (!knowledge.clauses.has(clause)) throw new PolicyBotError('INPUT_INVALID', staffTexts.handoff.unknownClause(clause), '换一个存在的条款编号再试。');
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const id = `draft-${stamp.toLowerCase()}-${Math.random().toString(36).slice(2, 6)}`;
  const file = path.join(knowledge.directory, FAQ_DRAFTS, `${id}.yaml`);
  const header = `# 问答草稿：由 ${draft.by} 于 ${now.toISOString()} 从 ${draft.origin} 生成，尚未审核。\n# 审核：核对答案只写条款里有的内容，补充常见说法（alternatives），删去 reviewed: false，再移到 knowledge/faq/。\n`;
  const body = stringify({
    kind: 'faq',
    reviewed: false,
    origin: draft.origin,
    entries: [{ id, question: draft.question.trim(), alternatives: [], answer: draft.answer.trim(), clauses: [clause] }],
  });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, header + body, { flag: 'wx' });
  return file;
}

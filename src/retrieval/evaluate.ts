/**
 * Scores question answering on a labelled question set: used by the dev-set test and by the
 * benchmark, which also runs the plain fuse.js baseline over the same clauses for comparison.
 */
import Fuse from 'fuse.js';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { answerQuestion } from '../answers/compose.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import { PolicySearch, splitSentences } from './policy-search.js';

const labelledQuestion = z.union([
  z.strictObject({ q: z.string().min(1), clause: z.array(z.string()).min(1), fact: z.coerce.string().min(1) }),
  z.strictObject({ q: z.string().min(1), expect: z.literal('out-of-scope') }),
]);
export type LabelledQuestion = z.infer<typeof labelledQuestion>;

export async function readQuestionSet(file: string): Promise<LabelledQuestion[]> {
  const parsed = z.strictObject({ questions: z.array(labelledQuestion) }).parse(parse(await readFile(file, 'utf8')));
  return parsed.questions;
}

export interface Evaluation {
  questions: number;
  correct: number;
  accuracy: number;
  failures: Array<{ question: string; expected: string; got: string }>;
}

/** Correct when the top answer cites an expected clause and states the expected fact, or honestly declines. */
export function evaluateAnswers(knowledge: KnowledgeBase, questions: LabelledQuestion[]): Evaluation {
  const search = new PolicySearch(knowledge);
  const failures: Evaluation['failures'] = [];
  for (const item of questions) {
    const answer = answerQuestion(knowledge, search, item.q);
    if ('expect' in item) {
      if (answer.kind !== 'out-of-scope') {
        failures.push({ question: item.q, expected: 'out-of-scope', got: answer.citations[0]?.section ?? '' });
      }
      continue;
    }
    const sections = item.clause.map((id) => knowledge.clauses.get(id)?.section);
    const cited = answer.kind === 'answer' && sections.includes(answer.citations[0]?.section);
    const stated = answer.kind === 'answer' && answer.text.includes(item.fact);
    if (!cited || !stated) {
      failures.push({
        question: item.q,
        expected: `${item.clause.join('|')} “${item.fact}”`,
        got: answer.kind === 'answer' ? `${answer.citations[0]?.section}${stated ? '' : '（缺少事实）'}` : 'out-of-scope',
      });
    }
  }
  const correct = questions.length - failures.length;
  return { questions: questions.length, correct, accuracy: questions.length ? correct / questions.length : 0, failures };
}

/**
 * The baseline the engineering notes measured: fuse.js over the clause sentences, default
 * options, no dictionary. Out-of-scope questions count as correct when fuse finds nothing.
 */
export function evaluateFuseBaseline(knowledge: KnowledgeBase, questions: LabelledQuestion[]): Evaluation {
  const passages = [...knowledge.clauses.values()].flatMap((clause) =>
    splitSentences(clause.text).map((sentence) => ({ clauseId: clause.id, sentence })),
  );
  const fuse = new Fuse(passages, { keys: ['sentence'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const failures: Evaluation['failures'] = [];
  for (const item of questions) {
    const top = fuse.search(item.q, { limit: 1 })[0];
    const ok = 'expect' in item ? !top : !!top && item.clause.includes(top.item.clauseId) && top.item.sentence.includes(item.fact);
    if (!ok) failures.push({ question: item.q, expected: 'expect' in item ? 'out-of-scope' : item.clause.join('|'), got: top?.item.clauseId ?? 'none' });
  }
  const correct = questions.length - failures.length;
  return { questions: questions.length, correct, accuracy: questions.length ? correct / questions.length : 0, failures };
}

/**
 * The baseline the engineering notes measured: fuse.js over the clause sentences, default
 * options, no dictionary. Out-of-scope questions count as correct when fuse finds nothing.
 * Only the benchmark uses it, to show what the retriever adds.
 */
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';
import type { LabelledQuestion } from '../src/retrieval/evaluate.js';
import { splitSentences } from '../src/retrieval/policy-search.js';

export function fuseBaselineAccuracy(knowledge: KnowledgeBase, questions: LabelledQuestion[]): number {
  const passages = [...knowledge.clauses.values()].flatMap((clause) =>
    splitSentences(clause.text).map((sentence) => ({ clauseId: clause.id, sentence })),
  );
  const fuse = new Fuse(passages, { keys: ['sentence'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  let correct = 0;
  for (const item of questions) {
    const top = fuse.search(item.q, { limit: 1 })[0];
    const ok = 'expect' in item ? !top : !!top && item.clause.includes(top.item.clauseId) && top.item.sentence.includes(item.fact);
    if (ok) correct++;
  }
  return questions.length ? correct / questions.length : 0;
}

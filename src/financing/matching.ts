/**
 * The financing support that fits a registered need, from knowledge/financing/ rules. Pure;
 * every item carries the clause it comes from, and nothing is said that the knowledge lacks.
 */
import type { Citation } from '../knowledge/citation.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import type { NeedFields } from './form.js';

export interface MatchedSupport {
  id: string;
  title: string;
  text: string;
  citation: Citation;
}

export function matchSupport(knowledge: KnowledgeBase, need: Pick<NeedFields, 'guarantee' | 'product' | 'certification' | 'purpose'>): MatchedSupport[] {
  const matched: MatchedSupport[] = [];
  for (const rule of knowledge.financingSupport) {
    const applies = rule.when.some((condition) => {
      const value = need[condition.field] ?? '';
      return 'values' in condition ? condition.values.includes(value) : condition.keywords.some((keyword) => value.includes(keyword));
    });
    const clause = knowledge.clauses.get(rule.clause);
    if (!applies || !clause) continue;
    const source = knowledge.documents.get(clause.documentId)?.title ?? clause.documentId;
    matched.push({ id: rule.id, title: rule.title, text: rule.text, citation: { source, section: clause.section, text: clause.text } });
  }
  return matched;
}

/**
 * Turns a search result into what the user reads: a short direct answer, the quoted clause with
 * its citation, the policy's status where it matters, and follow-up questions. Pure.
 */
import type { Clause, KnowledgeBase } from '../knowledge/model.js';
import { normalizeCharacters } from '../retrieval/analyzer.js';
import type { PolicySearch, SearchMatch } from '../retrieval/policy-search.js';
import { texts } from '../texts.js';

export interface Citation {
  source: string;
  section: string;
  text: string;
}

export type PolicyAnswer =
  | { kind: 'answer'; text: string; citations: Citation[]; followUps: string[] }
  | { kind: 'out-of-scope'; reason: 'not-covered' | 'other-region'; text: string };

const MAX_FOLLOW_UPS = 3;
const CACHE_SIZE = 2000;

/**
 * Answers are pure in (knowledge, question), and owners ask the same questions again and again:
 * a small cache per search index (a reload builds a new index, so a new cache) spares the work.
 */
const caches = new WeakMap<PolicySearch, Map<string, PolicyAnswer>>();

export function answerQuestion(knowledge: KnowledgeBase, search: PolicySearch, question: string): PolicyAnswer {
  let cache = caches.get(search);
  if (!cache) caches.set(search, (cache = new Map()));
  const key = question.trim();
  const cached = cache.get(key);
  if (cached) return cached;
  const answer = computeAnswer(knowledge, search, key);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, answer);
  return answer;
}

function computeAnswer(knowledge: KnowledgeBase, search: PolicySearch, question: string): PolicyAnswer {
  if (mentionsOnlyOtherRegion(knowledge, question)) {
    return { kind: 'out-of-scope', reason: 'other-region', text: texts.outOfScope.otherRegion };
  }
  const result = search.search(question);
  if (!result.answer) return { kind: 'out-of-scope', reason: 'not-covered', text: texts.outOfScope.notCovered };
  return composeAnswer(knowledge, search, question, result.answer, result.matches);
}

function composeAnswer(
  knowledge: KnowledgeBase,
  search: PolicySearch,
  question: string,
  best: SearchMatch,
  matches: SearchMatch[],
): PolicyAnswer {
  const lines: string[] = [];
  const citations: Citation[] = [];
  let clause: Clause;
  let quote: string;
  if (best.passage.kind === 'faq') {
    const faq = best.passage.faq;
    clause = knowledge.clauses.get(faq.clauseIds[0]!)!;
    quote = search.bestSentence(clause, `${question}。${faq.answer}`);
    lines.push(faq.answer);
  } else {
    clause = best.passage.clause;
    quote = best.passage.sentence;
    const document = knowledge.documents.get(clause.documentId);
    lines.push(texts.answer.clauseLead(document?.title ?? clause.documentId, clause.section));
  }
  const document = knowledge.documents.get(clause.documentId);
  const title = document?.title ?? clause.documentId;
  lines.push(`${texts.answer.quoteLabel}“${quote}”`, texts.answer.citation(title, clause.section));
  citations.push({ source: title, section: clause.section, text: quote });
  if (best.passage.kind === 'faq') {
    for (const extra of best.passage.faq.clauseIds.slice(1)) {
      const other = knowledge.clauses.get(extra);
      if (!other) continue;
      const otherTitle = knowledge.documents.get(other.documentId)?.title ?? other.documentId;
      citations.push({ source: otherTitle, section: other.section, text: search.bestSentence(other, question) });
    }
  }
  if (document?.statusNote) lines.push(`${texts.answer.statusLabel}${document.statusNote}`);
  const followUps = suggestFollowUps(knowledge, best, matches);
  if (followUps.length) {
    lines.push(texts.answer.followUpLabel, ...followUps.map((followUp, index) => `${index + 1}. ${followUp}`));
  }
  return { kind: 'answer', text: lines.join('\n'), citations, followUps };
}

/** Other FAQ questions near this one: from the next matches first, then FAQs citing the same clause. */
function suggestFollowUps(knowledge: KnowledgeBase, best: SearchMatch, matches: SearchMatch[]): string[] {
  const answeredFaq = best.passage.kind === 'faq' ? best.passage.faq.id : undefined;
  const clauseId = best.passage.kind === 'faq' ? best.passage.faq.clauseIds[0] : best.passage.clause.id;
  const picked: string[] = [];
  const add = (question: string, id: string) => {
    if (id !== answeredFaq && !picked.includes(question) && picked.length < MAX_FOLLOW_UPS) picked.push(question);
  };
  for (const match of matches.slice(1)) if (match.passage.kind === 'faq') add(match.passage.faq.question, match.passage.faq.id);
  for (const faq of knowledge.faq) if (faq.clauseIds.includes(clauseId ?? '')) add(faq.question, faq.id);
  return picked;
}

function mentionsOnlyOtherRegion(knowledge: KnowledgeBase, question: string): boolean {
  const text = normalizeCharacters(question);
  if (text.includes('宿州')) return false;
  return knowledge.dictionary.otherRegions.some((region) => text.includes(normalizeCharacters(region)));
}

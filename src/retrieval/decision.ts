/**
 * Answer, ask back, or decline. A wrong answer with a citation is the worst outcome (an owner
 * acts on it); asking back costs one tap. Pure: signals of a search in, an outcome out. The
 * thresholds are fitted by cross-validation on the tuning set (`npm run fit-decision`), never on
 * the held-out questions.
 */
import type { SearchMatch, SearchResult } from './policy-search.js';
import { DECISION_WEIGHTS } from './decision-weights.js';

export interface DecisionWeights {
  /** Ranking: score × (1 − topicPenalty × topicMiss). */
  topicPenalty: number;
  /** Above this share of unknown topic words, the question is about something the knowledge lacks … */
  maximumUnknownShare: number;
  /** … unless a passage holds one of its rare domain terms; then it is asked back up to this share. */
  anchoredMaximumUnknownShare: number;
  /** 1: a noun the knowledge lacks means another topic, unless a passage holds a rare domain term of the question. */
  declineOnUnknownNoun: number;
  /** A passage is on topic (worth offering) from this coverage, score and topic miss. */
  onTopicCoverage: number;
  onTopicScore: number;
  onTopicMaximumMiss: number;
  /** The best passage is answered outright from this coverage and topic miss … */
  answerCoverage: number;
  answerMaximumMiss: number;
  /** … and when it beats the best passage citing another clause by this factor. */
  answerMargin: number;
}

export type Decision =
  | { kind: 'answer'; best: SearchMatch }
  | { kind: 'clarify'; options: SearchMatch[] }
  | { kind: 'decline' };

export const MAX_CLARIFY_OPTIONS = 3;

export function decide(result: SearchResult, weights: DecisionWeights = DECISION_WEIGHTS): Decision {
  // A passage that lacks the question's topic words drops below one that has them.
  const rank = (match: SearchMatch) => match.score * (1 - weights.topicPenalty * match.topicMiss);
  const matches = [...result.matches].sort((a, b) => rank(b) - rank(a));
  const [best] = matches;
  if (!best || result.topicWords === 0) return { kind: 'decline' };
  const anchored = matches.some((match) => match.anchored);
  if (result.unknownShare > (anchored ? Math.max(weights.anchoredMaximumUnknownShare, weights.maximumUnknownShare) : weights.maximumUnknownShare)) return { kind: 'decline' };
  if (weights.declineOnUnknownNoun && result.unknownNouns.length && !anchored) return { kind: 'decline' };
  const clearlyKnown = result.unknownShare <= weights.maximumUnknownShare;
  // A passage holding a rare domain term of the question is on topic even when a long, chatty question dilutes its coverage.
  const onTopic = (match: SearchMatch) =>
    (match.coverage >= weights.onTopicCoverage || match.anchored) && match.score >= weights.onTopicScore && match.topicMiss <= weights.onTopicMaximumMiss;
  const rival = matches.find((match) => match.clauseId !== best.clauseId);
  const margin = rival ? rank(best) / Math.max(rank(rival), 1e-9) : Infinity;
  if (clearlyKnown && onTopic(best) && best.coverage >= weights.answerCoverage && best.topicMiss <= weights.answerMaximumMiss && margin >= weights.answerMargin) {
    return { kind: 'answer', best };
  }
  const options: SearchMatch[] = [];
  for (const match of matches) {
    if (options.length === MAX_CLARIFY_OPTIONS) break;
    if (!onTopic(match) || (!clearlyKnown && !match.anchored)) continue;
    // One option per clause: two passages quoting the same clause would read as the same answer.
    if (options.some((option) => option.clauseId === match.clauseId && (option.passage.kind === 'clause' || match.passage.kind === 'clause'))) continue;
    if (options.some((option) => option.key === match.key)) continue;
    options.push(match);
  }
  return options.length ? { kind: 'clarify', options } : { kind: 'decline' };
}

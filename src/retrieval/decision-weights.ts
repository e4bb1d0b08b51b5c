// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0,
  maximumUnknownShare: 0.34,
  anchoredMaximumUnknownShare: 0.5,
  declineOnUnknownNoun: 0,
  onTopicCoverage: 0.25,
  onTopicScore: 2,
  onTopicMaximumMiss: 0.7,
  answerCoverage: 0.4,
  answerMaximumMiss: 0.35,
  answerMargin: 1.15,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.149,
    weights: {
      logScore: 0.734,
      coverage: 1.618,
      topicMiss: -1.485,
      anchored: 0.312,
      logMargin: 0.2117,
      rivalCoverage: 0.3757,
      rivalTopicMiss: 0.04429,
      rivalAnchored: 0.04948,
      unknownShare: -1.621,
      unknownNoun: -1.09,
      topicWords: 0.06606,
      faq: -0.3433,
      heldTopicWords: 0.2874,
      clauseAgreement: 0.6566,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.48,
    weights: {
      logScore: 0.6914,
      coverage: 1.547,
      topicMiss: -0.9216,
      anchored: 0.244,
      logMargin: 0.146,
      rivalCoverage: 0.7353,
      rivalTopicMiss: 0.03864,
      rivalAnchored: 0.04918,
      unknownShare: -1.845,
      unknownNoun: -1.298,
      topicWords: 0.05052,
      faq: -0.269,
      heldTopicWords: 0.3007,
      clauseAgreement: 0.4833,
    },
  },
  askThreshold: 0.8,
};

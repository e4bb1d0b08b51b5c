// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.156,
    weights: {
      logScore: 0.7344,
      coverage: 1.561,
      topicMiss: -1.543,
      anchored: 0.2908,
      logMargin: 0.2119,
      rivalCoverage: 0.4782,
      rivalTopicMiss: 0.01844,
      rivalAnchored: -0.1933,
      unknownShare: -1.641,
      unknownNoun: -1.089,
      topicWords: 0.06966,
      faq: -0.252,
      heldTopicWords: 0.2985,
      clauseAgreement: 0.7178,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.644,
    weights: {
      logScore: 0.7049,
      coverage: 1.51,
      topicMiss: -0.5954,
      anchored: 0.3704,
      logMargin: 0.1392,
      rivalCoverage: 0.8052,
      rivalTopicMiss: 0.04418,
      rivalAnchored: -0.08188,
      unknownShare: -1.8,
      unknownNoun: -1.294,
      topicWords: 0.05892,
      faq: -0.2245,
      heldTopicWords: 0.2955,
      clauseAgreement: 0.6298,
    },
  },
  askThreshold: 0.8,
};

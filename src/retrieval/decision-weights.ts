// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.254,
    weights: {
      logScore: 0.7304,
      coverage: 1.583,
      topicMiss: -1.234,
      anchored: 0.2835,
      logMargin: 0.2107,
      rivalCoverage: 0.5041,
      rivalTopicMiss: 0.04303,
      rivalAnchored: -0.1964,
      unknownShare: -1.614,
      unknownNoun: -1.094,
      topicWords: 0.08385,
      faq: -0.2543,
      heldTopicWords: 0.2965,
      clauseAgreement: 0.7514,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.733,
    weights: {
      logScore: 0.7031,
      coverage: 1.519,
      topicMiss: -0.4047,
      anchored: 0.3706,
      logMargin: 0.1382,
      rivalCoverage: 0.8246,
      rivalTopicMiss: 0.06739,
      rivalAnchored: -0.08202,
      unknownShare: -1.742,
      unknownNoun: -1.313,
      topicWords: 0.07411,
      faq: -0.2257,
      heldTopicWords: 0.2944,
      clauseAgreement: 0.6504,
    },
  },
  askThreshold: 0.8,
};

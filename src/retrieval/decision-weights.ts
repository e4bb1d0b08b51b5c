// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.226,
    weights: {
      logScore: 0.6793,
      coverage: 1.488,
      topicMiss: -1.435,
      anchored: 0.2657,
      logMargin: 0.5341,
      rivalCoverage: 0.2043,
      rivalTopicMiss: 0.5006,
      rivalAnchored: -0.03336,
      unknownShare: -1.314,
      unknownNoun: -0.8055,
      topicWords: 0.09457,
      faq: -0.4474,
      heldTopicWords: 0.3015,
      clauseAgreement: -0.008952,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.767,
    weights: {
      logScore: 0.6599,
      coverage: 1.451,
      topicMiss: -0.9822,
      anchored: 0.1156,
      logMargin: 0.3578,
      rivalCoverage: 0.6512,
      rivalTopicMiss: 0.5141,
      rivalAnchored: -0.01671,
      unknownShare: -1.544,
      unknownNoun: -0.8937,
      topicWords: 0.1018,
      faq: -0.4311,
      heldTopicWords: 0.3193,
      clauseAgreement: -0.4166,
      asksTheGovernment: 0.4965,
    },
  },
  askThreshold: 0.7,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.315,
    weights: {
      logScore: 0.6729,
      coverage: 1.558,
      topicMiss: -1.397,
      anchored: 0.2839,
      logMargin: 0.1946,
      rivalCoverage: 0.4826,
      rivalTopicMiss: 0.03995,
      rivalAnchored: 0.1878,
      unknownShare: -1.382,
      unknownNoun: -0.7541,
      topicWords: 0.1243,
      faq: -0.5096,
      heldTopicWords: 0.3277,
      clauseAgreement: 0.2894,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.033,
    weights: {
      logScore: 0.6899,
      coverage: 1.518,
      topicMiss: -0.8416,
      anchored: 0.1687,
      logMargin: 0.08681,
      rivalCoverage: 1.057,
      rivalTopicMiss: -0.008293,
      rivalAnchored: 0.2206,
      unknownShare: -1.593,
      unknownNoun: -0.8511,
      topicWords: 0.1195,
      faq: -0.4511,
      heldTopicWords: 0.3336,
      clauseAgreement: 0.02121,
      asksTheGovernment: 0.4273,
    },
  },
  askThreshold: 0.7,
};

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
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.011,
    weights: {
      logScore: 0.7108,
      coverage: 1.479,
      topicMiss: -0.8403,
      anchored: 0.1622,
      logMargin: 0.07761,
      rivalCoverage: 1.055,
      rivalTopicMiss: -0.001583,
      rivalAnchored: 0.1974,
      unknownShare: -1.593,
      unknownNoun: -0.8642,
      topicWords: 0.1277,
      faq: -0.4589,
      heldTopicWords: 0.3394,
      clauseAgreement: 0.02055,
    },
  },
  askThreshold: 0.8,
};

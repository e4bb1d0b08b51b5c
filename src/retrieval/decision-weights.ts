// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.192,
    weights: {
      logScore: 0.732,
      coverage: 1.556,
      topicMiss: -1.499,
      anchored: 0.2915,
      logMargin: 0.2111,
      rivalCoverage: 0.4899,
      rivalTopicMiss: 0.02624,
      rivalAnchored: -0.1924,
      unknownShare: -1.635,
      unknownNoun: -1.09,
      topicWords: 0.0791,
      faq: -0.2524,
      heldTopicWords: 0.2967,
      clauseAgreement: 0.7304,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.673,
    weights: {
      logScore: 0.7035,
      coverage: 1.505,
      topicMiss: -0.5732,
      anchored: 0.3715,
      logMargin: 0.1387,
      rivalCoverage: 0.8142,
      rivalTopicMiss: 0.05013,
      rivalAnchored: -0.08132,
      unknownShare: -1.795,
      unknownNoun: -1.294,
      topicWords: 0.06694,
      faq: -0.2252,
      heldTopicWords: 0.2944,
      clauseAgreement: 0.6388,
    },
  },
  askThreshold: 0.8,
};

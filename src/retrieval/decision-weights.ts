// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.187,
    weights: {
      logScore: 0.6834,
      coverage: 1.652,
      topicMiss: -1.051,
      anchored: 0.2692,
      logMargin: 0.2265,
      rivalCoverage: 0.3193,
      rivalTopicMiss: -0.04319,
      rivalAnchored: -0.1028,
      unknownShare: -1.474,
      unknownNoun: -0.9117,
      topicWords: 0.1056,
      faq: -0.2041,
      heldTopicWords: 0.2864,
      clauseAgreement: 0.6528,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.771,
    weights: {
      logScore: 0.668,
      coverage: 1.577,
      topicMiss: -0.535,
      anchored: 0.4035,
      logMargin: 0.1469,
      rivalCoverage: 0.8161,
      rivalTopicMiss: 0.009822,
      rivalAnchored: -0.08394,
      unknownShare: -1.674,
      unknownNoun: -1.108,
      topicWords: 0.1114,
      faq: -0.1612,
      heldTopicWords: 0.308,
      clauseAgreement: 0.5178,
    },
  },
  askThreshold: 0.8,
};

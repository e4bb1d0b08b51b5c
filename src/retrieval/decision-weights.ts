// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.053,
    weights: {
      logScore: 0.7114,
      coverage: 1.545,
      topicMiss: -1.429,
      anchored: 0.3543,
      logMargin: 0.2142,
      rivalCoverage: 0.1429,
      rivalTopicMiss: 0.0678,
      rivalAnchored: 0.002658,
      unknownShare: -1.561,
      unknownNoun: -1.127,
      topicWords: 0.09194,
      faq: -0.3696,
      heldTopicWords: 0.2855,
      clauseAgreement: 0.7315,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.59,
    weights: {
      logScore: 0.7132,
      coverage: 1.492,
      topicMiss: -0.7384,
      anchored: 0.264,
      logMargin: 0.1293,
      rivalCoverage: 0.7664,
      rivalTopicMiss: 0.06299,
      rivalAnchored: 0.04304,
      unknownShare: -1.807,
      unknownNoun: -1.3,
      topicWords: 0.09746,
      faq: -0.3285,
      heldTopicWords: 0.3027,
      clauseAgreement: 0.4567,
    },
  },
  askThreshold: 0.8,
};

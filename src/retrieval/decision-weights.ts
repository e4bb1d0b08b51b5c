// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.14,
    weights: {
      logScore: 0.713,
      coverage: 1.556,
      topicMiss: -1.451,
      anchored: 0.3502,
      logMargin: 0.2188,
      rivalCoverage: 0.1539,
      rivalTopicMiss: 0.06996,
      rivalAnchored: -0.007325,
      unknownShare: -1.574,
      unknownNoun: -1.101,
      topicWords: 0.09887,
      faq: -0.3675,
      heldTopicWords: 0.2913,
      clauseAgreement: 0.77,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.604,
    weights: {
      logScore: 0.7119,
      coverage: 1.481,
      topicMiss: -0.7803,
      anchored: 0.2614,
      logMargin: 0.1362,
      rivalCoverage: 0.7711,
      rivalTopicMiss: 0.06185,
      rivalAnchored: 0.04045,
      unknownShare: -1.828,
      unknownNoun: -1.276,
      topicWords: 0.09438,
      faq: -0.3364,
      heldTopicWords: 0.3051,
      clauseAgreement: 0.493,
    },
  },
  askThreshold: 0.8,
};

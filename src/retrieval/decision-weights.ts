// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.319,
    weights: {
      logScore: 0.7437,
      coverage: 1.641,
      topicMiss: -1.721,
      anchored: 0.2762,
      logMargin: 0.229,
      rivalCoverage: 0.4655,
      rivalTopicMiss: 0.01504,
      rivalAnchored: -0.1727,
      unknownShare: -1.651,
      unknownNoun: -1.033,
      topicWords: 0.0652,
      faq: -0.2675,
      heldTopicWords: 0.3038,
      clauseAgreement: 0.7143,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.746,
    weights: {
      logScore: 0.7049,
      coverage: 1.592,
      topicMiss: -0.8694,
      anchored: 0.3145,
      logMargin: 0.1534,
      rivalCoverage: 0.8484,
      rivalTopicMiss: 0.04239,
      rivalAnchored: -0.07291,
      unknownShare: -1.855,
      unknownNoun: -1.229,
      topicWords: 0.04323,
      faq: -0.2332,
      heldTopicWords: 0.2989,
      clauseAgreement: 0.6557,
    },
  },
  askThreshold: 0.8,
};

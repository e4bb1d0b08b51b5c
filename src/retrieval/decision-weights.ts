// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.277,
    weights: {
      logScore: 0.7209,
      coverage: 1.592,
      topicMiss: -1.062,
      anchored: 0.1986,
      logMargin: 0.2307,
      rivalCoverage: 0.3205,
      rivalTopicMiss: -0.07251,
      rivalAnchored: -0.1073,
      unknownShare: -1.593,
      unknownNoun: -1.03,
      topicWords: 0.0933,
      faq: -0.1424,
      heldTopicWords: 0.294,
      clauseAgreement: 0.7313,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.822,
    weights: {
      logScore: 0.6958,
      coverage: 1.502,
      topicMiss: -0.3475,
      anchored: 0.3803,
      logMargin: 0.1525,
      rivalCoverage: 0.7858,
      rivalTopicMiss: 0.001123,
      rivalAnchored: -0.08293,
      unknownShare: -1.828,
      unknownNoun: -1.285,
      topicWords: 0.1022,
      faq: -0.1075,
      heldTopicWords: 0.3121,
      clauseAgreement: 0.6138,
    },
  },
  askThreshold: 0.8,
};

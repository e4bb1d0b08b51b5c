// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.311,
    weights: {
      logScore: 0.6955,
      coverage: 1.644,
      topicMiss: -1.283,
      anchored: 0.2603,
      logMargin: 0.2031,
      rivalCoverage: 0.3527,
      rivalTopicMiss: -0.06317,
      rivalAnchored: -0.2054,
      unknownShare: -1.567,
      unknownNoun: -0.8845,
      topicWords: 0.1133,
      faq: -0.2549,
      heldTopicWords: 0.3124,
      clauseAgreement: 0.8553,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.865,
    weights: {
      logScore: 0.647,
      coverage: 1.565,
      topicMiss: -0.4075,
      anchored: 0.3822,
      logMargin: 0.1316,
      rivalCoverage: 0.8853,
      rivalTopicMiss: 0.05114,
      rivalAnchored: -0.1308,
      unknownShare: -1.802,
      unknownNoun: -1.05,
      topicWords: 0.1318,
      faq: -0.1365,
      heldTopicWords: 0.3216,
      clauseAgreement: 0.6227,
    },
  },
  askThreshold: 0.8,
};

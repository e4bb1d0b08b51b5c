// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.361,
    weights: {
      logScore: 0.8042,
      coverage: 1.833,
      topicMiss: -1.67,
      anchored: 0.3126,
      logMargin: 0.228,
      rivalCoverage: 0.3116,
      rivalTopicMiss: -0.01006,
      rivalAnchored: -0.04776,
      unknownShare: -1.617,
      unknownNoun: -0.7381,
      topicWords: 0.1518,
      faq: -0.41,
      clauseAgreement: 0.9164,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.3,
  inScope: {
    intercept: -2.859,
    weights: {
      logScore: 0.8024,
      coverage: 1.67,
      topicMiss: -0.541,
      anchored: 0.4517,
      logMargin: 0.1455,
      rivalCoverage: 0.8145,
      rivalTopicMiss: 0.01903,
      rivalAnchored: 0.1162,
      unknownShare: -1.918,
      unknownNoun: -1.085,
      topicWords: 0.1803,
      faq: -0.3004,
      clauseAgreement: 0.6791,
    },
  },
  askThreshold: 0.8,
};

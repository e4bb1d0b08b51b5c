// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.096,
    weights: {
      logScore: 0.6963,
      coverage: 1.671,
      topicMiss: -1.453,
      anchored: 0.291,
      logMargin: 0.224,
      rivalCoverage: 0.2352,
      rivalTopicMiss: 0.06752,
      rivalAnchored: 0.0069,
      unknownShare: -1.651,
      unknownNoun: -1.108,
      topicWords: 0.07377,
      faq: -0.3666,
      heldTopicWords: 0.2995,
      clauseAgreement: 0.7064,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.621,
    weights: {
      logScore: 0.6921,
      coverage: 1.607,
      topicMiss: -0.8943,
      anchored: 0.2411,
      logMargin: 0.148,
      rivalCoverage: 0.8224,
      rivalTopicMiss: 0.06066,
      rivalAnchored: 0.03928,
      unknownShare: -1.867,
      unknownNoun: -1.295,
      topicWords: 0.06173,
      faq: -0.3021,
      heldTopicWords: 0.3077,
      clauseAgreement: 0.508,
    },
  },
  askThreshold: 0.8,
};

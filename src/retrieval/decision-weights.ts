// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.143,
    weights: {
      logScore: 0.731,
      coverage: 1.576,
      topicMiss: -1.537,
      anchored: 0.2904,
      logMargin: 0.2111,
      rivalCoverage: 0.4837,
      rivalTopicMiss: 0.01847,
      rivalAnchored: -0.1933,
      unknownShare: -1.66,
      unknownNoun: -1.084,
      topicWords: 0.0673,
      faq: -0.254,
      heldTopicWords: 0.2974,
      clauseAgreement: 0.7125,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.63,
    weights: {
      logScore: 0.7012,
      coverage: 1.525,
      topicMiss: -0.5916,
      anchored: 0.37,
      logMargin: 0.1383,
      rivalCoverage: 0.8123,
      rivalTopicMiss: 0.04351,
      rivalAnchored: -0.08173,
      unknownShare: -1.819,
      unknownNoun: -1.29,
      topicWords: 0.05712,
      faq: -0.2268,
      heldTopicWords: 0.2941,
      clauseAgreement: 0.6233,
    },
  },
  askThreshold: 0.8,
};

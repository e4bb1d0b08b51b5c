// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.492,
    weights: {
      logScore: 0.72,
      coverage: 1.689,
      topicMiss: -1.284,
      anchored: 0.3341,
      logMargin: 0.2243,
      rivalCoverage: 0.4044,
      rivalTopicMiss: -0.01226,
      rivalAnchored: -0.1123,
      unknownShare: -1.438,
      unknownNoun: -0.7266,
      topicWords: 0.1063,
      faq: -0.2159,
      heldTopicWords: 0.2842,
      clauseAgreement: 0.8112,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.081,
    weights: {
      logScore: 0.7326,
      coverage: 1.553,
      topicMiss: -0.399,
      anchored: 0.4896,
      logMargin: 0.1449,
      rivalCoverage: 0.8358,
      rivalTopicMiss: 0.01002,
      rivalAnchored: 0.03516,
      unknownShare: -1.746,
      unknownNoun: -1.028,
      topicWords: 0.1192,
      faq: -0.09434,
      heldTopicWords: 0.2974,
      clauseAgreement: 0.6544,
    },
  },
  askThreshold: 0.8,
};

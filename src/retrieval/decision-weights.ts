// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.325,
    weights: {
      logScore: 0.7355,
      coverage: 1.599,
      topicMiss: -1.41,
      anchored: 0.2496,
      logMargin: 0.3258,
      rivalCoverage: 0.5606,
      rivalTopicMiss: 0.1237,
      rivalAnchored: -0.09953,
      unknownShare: -1.617,
      unknownNoun: -1.078,
      topicWords: 0.07186,
      faq: -0.2253,
      heldTopicWords: 0.3056,
      clauseAgreement: 0.6851,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.684,
    weights: {
      logScore: 0.6892,
      coverage: 1.542,
      topicMiss: -0.4739,
      anchored: 0.3275,
      logMargin: 0.2341,
      rivalCoverage: 0.8422,
      rivalTopicMiss: 0.09984,
      rivalAnchored: -0.0679,
      unknownShare: -1.732,
      unknownNoun: -1.334,
      topicWords: 0.06975,
      faq: -0.1753,
      heldTopicWords: 0.2965,
      clauseAgreement: 0.5495,
    },
  },
  askThreshold: 0.8,
};

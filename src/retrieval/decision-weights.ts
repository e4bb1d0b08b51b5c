// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.31,
    weights: {
      logScore: 0.7286,
      coverage: 1.642,
      topicMiss: -1.24,
      anchored: 0.2189,
      logMargin: 0.3486,
      rivalCoverage: 0.4729,
      rivalTopicMiss: 0.1046,
      rivalAnchored: -0.05981,
      unknownShare: -1.703,
      unknownNoun: -1.084,
      topicWords: 0.07371,
      faq: -0.2037,
      heldTopicWords: 0.293,
      clauseAgreement: 0.6185,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.722,
    weights: {
      logScore: 0.6784,
      coverage: 1.527,
      topicMiss: -0.5223,
      anchored: 0.336,
      logMargin: 0.2474,
      rivalCoverage: 0.8461,
      rivalTopicMiss: 0.1115,
      rivalAnchored: -0.05202,
      unknownShare: -1.844,
      unknownNoun: -1.349,
      topicWords: 0.0788,
      faq: -0.172,
      heldTopicWords: 0.3012,
      clauseAgreement: 0.5566,
    },
  },
  askThreshold: 0.8,
};

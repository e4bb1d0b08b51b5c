// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.165,
    weights: {
      logScore: 0.7305,
      coverage: 1.627,
      topicMiss: -1.5,
      anchored: 0.3229,
      logMargin: 0.2167,
      rivalCoverage: 0.4022,
      rivalTopicMiss: 0.07133,
      rivalAnchored: 0.05673,
      unknownShare: -1.6,
      unknownNoun: -1.074,
      topicWords: 0.0668,
      faq: -0.3627,
      heldTopicWords: 0.2875,
      clauseAgreement: 0.6275,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.472,
    weights: {
      logScore: 0.6894,
      coverage: 1.546,
      topicMiss: -0.9196,
      anchored: 0.2431,
      logMargin: 0.1481,
      rivalCoverage: 0.7455,
      rivalTopicMiss: 0.06474,
      rivalAnchored: 0.0502,
      unknownShare: -1.846,
      unknownNoun: -1.298,
      topicWords: 0.0499,
      faq: -0.2745,
      heldTopicWords: 0.2997,
      clauseAgreement: 0.4699,
    },
  },
  askThreshold: 0.8,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.343,
    weights: {
      logScore: 0.6923,
      coverage: 1.49,
      topicMiss: -1.349,
      anchored: 0.2551,
      logMargin: 0.1792,
      rivalCoverage: 0.4567,
      rivalTopicMiss: 0.03291,
      rivalAnchored: 0.1898,
      unknownShare: -1.354,
      unknownNoun: -0.7011,
      topicWords: 0.1183,
      faq: -0.486,
      heldTopicWords: 0.3276,
      clauseAgreement: 0.2817,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.01,
    weights: {
      logScore: 0.6965,
      coverage: 1.438,
      topicMiss: -0.804,
      anchored: 0.1353,
      logMargin: 0.06728,
      rivalCoverage: 1.047,
      rivalTopicMiss: -0.02214,
      rivalAnchored: 0.2497,
      unknownShare: -1.565,
      unknownNoun: -0.8334,
      topicWords: 0.1268,
      faq: -0.4597,
      heldTopicWords: 0.3385,
      clauseAgreement: -0.01301,
      asksTheGovernment: 0.4464,
    },
  },
  askThreshold: 0.7,
};

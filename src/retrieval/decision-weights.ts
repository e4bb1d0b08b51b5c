// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.24,
    weights: {
      logScore: 0.6515,
      coverage: 1.62,
      topicMiss: -1.483,
      anchored: 0.2421,
      logMargin: 0.5209,
      rivalCoverage: 0.3888,
      rivalTopicMiss: 0.7202,
      rivalAnchored: -0.1027,
      unknownShare: -1.512,
      unknownNoun: -0.7302,
      topicWords: 0.08176,
      faq: -0.4462,
      heldTopicWords: 0.3043,
      clauseAgreement: -0.1818,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.006,
    weights: {
      logScore: 0.6547,
      coverage: 1.662,
      topicMiss: -1.093,
      anchored: 0.1312,
      logMargin: 0.3618,
      rivalCoverage: 0.8181,
      rivalTopicMiss: 0.654,
      rivalAnchored: -0.06237,
      unknownShare: -1.651,
      unknownNoun: -0.789,
      topicWords: 0.09914,
      faq: -0.4106,
      heldTopicWords: 0.3212,
      clauseAgreement: -0.6065,
      asksTheGovernment: 0.5737,
    },
  },
  askThreshold: 0.7,
};

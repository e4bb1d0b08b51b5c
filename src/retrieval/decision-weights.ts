// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.165,
    weights: {
      logScore: 0.7329,
      coverage: 1.55,
      topicMiss: -1.488,
      anchored: 0.2896,
      logMargin: 0.2103,
      rivalCoverage: 0.4829,
      rivalTopicMiss: 0.02432,
      rivalAnchored: -0.1934,
      unknownShare: -1.668,
      unknownNoun: -1.086,
      topicWords: 0.07499,
      faq: -0.2503,
      heldTopicWords: 0.297,
      clauseAgreement: 0.7269,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.685,
    weights: {
      logScore: 0.7048,
      coverage: 1.509,
      topicMiss: -0.5632,
      anchored: 0.3716,
      logMargin: 0.1381,
      rivalCoverage: 0.8154,
      rivalTopicMiss: 0.04896,
      rivalAnchored: -0.08116,
      unknownShare: -1.781,
      unknownNoun: -1.299,
      topicWords: 0.06842,
      faq: -0.2237,
      heldTopicWords: 0.2947,
      clauseAgreement: 0.637,
    },
  },
  askThreshold: 0.8,
};

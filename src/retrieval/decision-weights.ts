// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.144,
    weights: {
      logScore: 0.7322,
      coverage: 1.614,
      topicMiss: -1.48,
      anchored: 0.3115,
      logMargin: 0.214,
      rivalCoverage: 0.3792,
      rivalTopicMiss: 0.05246,
      rivalAnchored: 0.05047,
      unknownShare: -1.611,
      unknownNoun: -1.114,
      topicWords: 0.06573,
      faq: -0.3446,
      heldTopicWords: 0.2872,
      clauseAgreement: 0.6558,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.477,
    weights: {
      logScore: 0.6893,
      coverage: 1.542,
      topicMiss: -0.9153,
      anchored: 0.2439,
      logMargin: 0.1483,
      rivalCoverage: 0.7386,
      rivalTopicMiss: 0.04741,
      rivalAnchored: 0.05023,
      unknownShare: -1.834,
      unknownNoun: -1.32,
      topicWords: 0.05056,
      faq: -0.2706,
      heldTopicWords: 0.3003,
      clauseAgreement: 0.482,
    },
  },
  askThreshold: 0.8,
};

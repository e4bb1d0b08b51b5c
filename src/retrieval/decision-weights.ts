// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.235,
    weights: {
      logScore: 0.6939,
      coverage: 1.575,
      topicMiss: -1.404,
      anchored: 0.4373,
      logMargin: 0.3274,
      rivalCoverage: 0.2542,
      rivalTopicMiss: 0.1671,
      rivalAnchored: 0.0908,
      unknownShare: -1.472,
      unknownNoun: -0.994,
      topicWords: 0.1125,
      faq: -0.3929,
      heldTopicWords: 0.3121,
      clauseAgreement: 0.4827,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.874,
    weights: {
      logScore: 0.724,
      coverage: 1.522,
      topicMiss: -0.6612,
      anchored: 0.3126,
      logMargin: 0.1919,
      rivalCoverage: 0.8923,
      rivalTopicMiss: 0.1121,
      rivalAnchored: 0.09493,
      unknownShare: -1.707,
      unknownNoun: -1.138,
      topicWords: 0.1131,
      faq: -0.3128,
      heldTopicWords: 0.3236,
      clauseAgreement: 0.2264,
    },
  },
  askThreshold: 0.8,
};

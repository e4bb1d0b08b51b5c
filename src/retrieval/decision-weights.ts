// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.312,
    weights: {
      logScore: 0.7296,
      coverage: 1.586,
      topicMiss: -1.323,
      anchored: 0.29,
      logMargin: 0.3199,
      rivalCoverage: 0.593,
      rivalTopicMiss: 0.1254,
      rivalAnchored: -0.1251,
      unknownShare: -1.615,
      unknownNoun: -1.088,
      topicWords: 0.08256,
      faq: -0.2559,
      heldTopicWords: 0.3039,
      clauseAgreement: 0.6895,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.682,
    weights: {
      logScore: 0.689,
      coverage: 1.542,
      topicMiss: -0.4731,
      anchored: 0.3276,
      logMargin: 0.2338,
      rivalCoverage: 0.8429,
      rivalTopicMiss: 0.1002,
      rivalAnchored: -0.06793,
      unknownShare: -1.734,
      unknownNoun: -1.332,
      topicWords: 0.06866,
      faq: -0.1753,
      heldTopicWords: 0.2966,
      clauseAgreement: 0.5496,
    },
  },
  askThreshold: 0.8,
};

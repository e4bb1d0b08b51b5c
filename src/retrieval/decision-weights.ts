// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.35,
    weights: {
      logScore: 0.7345,
      coverage: 1.607,
      topicMiss: -1.412,
      anchored: 0.251,
      logMargin: 0.3255,
      rivalCoverage: 0.5676,
      rivalTopicMiss: 0.1236,
      rivalAnchored: -0.09886,
      unknownShare: -1.597,
      unknownNoun: -1.082,
      topicWords: 0.07737,
      faq: -0.2254,
      heldTopicWords: 0.305,
      clauseAgreement: 0.6865,
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

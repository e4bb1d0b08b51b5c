// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.379,
    weights: {
      logScore: 0.7208,
      coverage: 1.641,
      topicMiss: -1.179,
      anchored: 0.2212,
      logMargin: 0.3339,
      rivalCoverage: 0.4823,
      rivalTopicMiss: 0.03195,
      rivalAnchored: -0.06497,
      unknownShare: -1.606,
      unknownNoun: -1.121,
      topicWords: 0.08724,
      faq: -0.1976,
      heldTopicWords: 0.2937,
      clauseAgreement: 0.7568,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.825,
    weights: {
      logScore: 0.672,
      coverage: 1.53,
      topicMiss: -0.3952,
      anchored: 0.3353,
      logMargin: 0.2364,
      rivalCoverage: 0.8534,
      rivalTopicMiss: 0.05714,
      rivalAnchored: -0.05606,
      unknownShare: -1.794,
      unknownNoun: -1.381,
      topicWords: 0.09423,
      faq: -0.1524,
      heldTopicWords: 0.3016,
      clauseAgreement: 0.6966,
    },
  },
  askThreshold: 0.8,
};

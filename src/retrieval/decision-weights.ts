// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.326,
    weights: {
      logScore: 0.7352,
      coverage: 1.6,
      topicMiss: -1.41,
      anchored: 0.2493,
      logMargin: 0.3251,
      rivalCoverage: 0.562,
      rivalTopicMiss: 0.1236,
      rivalAnchored: -0.09985,
      unknownShare: -1.618,
      unknownNoun: -1.078,
      topicWords: 0.07186,
      faq: -0.2252,
      heldTopicWords: 0.3058,
      clauseAgreement: 0.6875,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.685,
    weights: {
      logScore: 0.689,
      coverage: 1.543,
      topicMiss: -0.4734,
      anchored: 0.3274,
      logMargin: 0.2337,
      rivalCoverage: 0.8431,
      rivalTopicMiss: 0.09996,
      rivalAnchored: -0.06809,
      unknownShare: -1.732,
      unknownNoun: -1.334,
      topicWords: 0.06974,
      faq: -0.1752,
      heldTopicWords: 0.2966,
      clauseAgreement: 0.5504,
    },
  },
  askThreshold: 0.8,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.38,
    weights: {
      logScore: 0.7139,
      coverage: 1.738,
      topicMiss: -1.459,
      anchored: 0.3487,
      logMargin: 0.2283,
      rivalCoverage: 0.2545,
      rivalTopicMiss: -0.004415,
      rivalAnchored: -0.03149,
      unknownShare: -1.427,
      unknownNoun: -0.6787,
      topicWords: 0.07792,
      faq: -0.3811,
      heldTopicWords: 0.2777,
      clauseAgreement: 0.8935,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.3,
  inScope: {
    intercept: -2.933,
    weights: {
      logScore: 0.7162,
      coverage: 1.57,
      topicMiss: -0.3795,
      anchored: 0.4743,
      logMargin: 0.1429,
      rivalCoverage: 0.7635,
      rivalTopicMiss: 0.01927,
      rivalAnchored: 0.1293,
      unknownShare: -1.732,
      unknownNoun: -1.031,
      topicWords: 0.1197,
      faq: -0.2681,
      heldTopicWords: 0.2969,
      clauseAgreement: 0.6486,
    },
  },
  askThreshold: 0.8,
};

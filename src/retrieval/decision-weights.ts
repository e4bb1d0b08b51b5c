// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.493,
    weights: {
      logScore: 0.7182,
      coverage: 1.708,
      topicMiss: -1.282,
      anchored: 0.333,
      logMargin: 0.2246,
      rivalCoverage: 0.4112,
      rivalTopicMiss: -0.01081,
      rivalAnchored: -0.1125,
      unknownShare: -1.44,
      unknownNoun: -0.7211,
      topicWords: 0.1036,
      faq: -0.2172,
      heldTopicWords: 0.2834,
      clauseAgreement: 0.8086,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.08,
    weights: {
      logScore: 0.731,
      coverage: 1.567,
      topicMiss: -0.3968,
      anchored: 0.4888,
      logMargin: 0.1451,
      rivalCoverage: 0.8417,
      rivalTopicMiss: 0.01092,
      rivalAnchored: 0.03521,
      unknownShare: -1.749,
      unknownNoun: -1.024,
      topicWords: 0.117,
      faq: -0.09543,
      heldTopicWords: 0.2965,
      clauseAgreement: 0.6519,
    },
  },
  askThreshold: 0.8,
};

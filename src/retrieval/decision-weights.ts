// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.187,
    weights: {
      logScore: 0.7259,
      coverage: 1.659,
      topicMiss: -1.778,
      anchored: 0.2969,
      logMargin: 0.2415,
      rivalCoverage: 0.4599,
      rivalTopicMiss: 0.02531,
      rivalAnchored: -0.002571,
      unknownShare: -1.655,
      unknownNoun: -1.028,
      topicWords: 0.05845,
      faq: -0.3031,
      heldTopicWords: 0.3023,
      clauseAgreement: 0.6097,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.59,
    weights: {
      logScore: 0.6953,
      coverage: 1.611,
      topicMiss: -0.9826,
      anchored: 0.2223,
      logMargin: 0.165,
      rivalCoverage: 0.8066,
      rivalTopicMiss: 0.06095,
      rivalAnchored: 0.01657,
      unknownShare: -1.862,
      unknownNoun: -1.241,
      topicWords: 0.03955,
      faq: -0.2499,
      heldTopicWords: 0.301,
      clauseAgreement: 0.4979,
    },
  },
  askThreshold: 0.8,
};

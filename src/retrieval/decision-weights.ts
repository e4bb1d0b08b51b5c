// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.195,
    weights: {
      logScore: 0.6818,
      coverage: 1.647,
      topicMiss: -1.034,
      anchored: 0.2689,
      logMargin: 0.2281,
      rivalCoverage: 0.3334,
      rivalTopicMiss: -0.04479,
      rivalAnchored: -0.1048,
      unknownShare: -1.475,
      unknownNoun: -0.9082,
      topicWords: 0.1069,
      faq: -0.1838,
      heldTopicWords: 0.2862,
      clauseAgreement: 0.6419,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.785,
    weights: {
      logScore: 0.6663,
      coverage: 1.57,
      topicMiss: -0.5114,
      anchored: 0.403,
      logMargin: 0.1476,
      rivalCoverage: 0.8399,
      rivalTopicMiss: 0.001251,
      rivalAnchored: -0.08617,
      unknownShare: -1.675,
      unknownNoun: -1.104,
      topicWords: 0.1128,
      faq: -0.1467,
      heldTopicWords: 0.3079,
      clauseAgreement: 0.5227,
    },
  },
  askThreshold: 0.8,
};

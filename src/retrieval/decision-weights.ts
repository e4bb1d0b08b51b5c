// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.222,
    weights: {
      logScore: 0.6609,
      coverage: 1.561,
      topicMiss: -1.344,
      anchored: 0.3466,
      logMargin: 0.2403,
      rivalCoverage: 0.4281,
      rivalTopicMiss: 0.1332,
      rivalAnchored: 0.1035,
      unknownShare: -1.459,
      unknownNoun: -0.8448,
      topicWords: 0.1062,
      faq: -0.4163,
      heldTopicWords: 0.3205,
      clauseAgreement: 0.4173,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.943,
    weights: {
      logScore: 0.6902,
      coverage: 1.51,
      topicMiss: -0.6456,
      anchored: 0.204,
      logMargin: 0.1241,
      rivalCoverage: 1.089,
      rivalTopicMiss: 0.0958,
      rivalAnchored: 0.1191,
      unknownShare: -1.666,
      unknownNoun: -0.9531,
      topicWords: 0.1119,
      faq: -0.3718,
      heldTopicWords: 0.3334,
      clauseAgreement: 0.1525,
    },
  },
  askThreshold: 0.8,
};

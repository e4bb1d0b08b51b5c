// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.342,
    weights: {
      logScore: 0.6636,
      coverage: 1.593,
      topicMiss: -1.324,
      anchored: 0.3657,
      logMargin: 0.2445,
      rivalCoverage: 0.47,
      rivalTopicMiss: 0.1332,
      rivalAnchored: 0.1167,
      unknownShare: -1.411,
      unknownNoun: -0.8149,
      topicWords: 0.1138,
      faq: -0.4005,
      heldTopicWords: 0.3203,
      clauseAgreement: 0.3972,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.097,
    weights: {
      logScore: 0.7033,
      coverage: 1.531,
      topicMiss: -0.5773,
      anchored: 0.2278,
      logMargin: 0.1221,
      rivalCoverage: 1.137,
      rivalTopicMiss: 0.09327,
      rivalAnchored: 0.1445,
      unknownShare: -1.61,
      unknownNoun: -0.9243,
      topicWords: 0.1212,
      faq: -0.3711,
      heldTopicWords: 0.3327,
      clauseAgreement: 0.1499,
    },
  },
  askThreshold: 0.8,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.343,
    weights: {
      logScore: 0.6881,
      coverage: 1.606,
      topicMiss: -1.348,
      anchored: 0.1619,
      logMargin: 0.529,
      rivalCoverage: 0.3685,
      rivalTopicMiss: 0.5807,
      rivalAnchored: -0.1109,
      unknownShare: -1.426,
      unknownNoun: -0.7176,
      topicWords: 0.0811,
      faq: -0.4386,
      heldTopicWords: 0.299,
      clauseAgreement: -0.0777,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.048,
    weights: {
      logScore: 0.6795,
      coverage: 1.624,
      topicMiss: -0.9529,
      anchored: 0.04848,
      logMargin: 0.3601,
      rivalCoverage: 0.7811,
      rivalTopicMiss: 0.5205,
      rivalAnchored: -0.05769,
      unknownShare: -1.585,
      unknownNoun: -0.7742,
      topicWords: 0.09711,
      faq: -0.4114,
      heldTopicWords: 0.3184,
      clauseAgreement: -0.5003,
      asksTheGovernment: 0.5789,
    },
  },
  askThreshold: 0.7,
};

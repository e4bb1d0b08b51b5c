// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.252,
    weights: {
      logScore: 0.6831,
      coverage: 1.464,
      topicMiss: -1.476,
      anchored: 0.283,
      logMargin: 0.5312,
      rivalCoverage: 0.1751,
      rivalTopicMiss: 0.5005,
      rivalAnchored: 0.01324,
      unknownShare: -1.31,
      unknownNoun: -0.7811,
      topicWords: 0.09126,
      faq: -0.4306,
      heldTopicWords: 0.3026,
      clauseAgreement: 0.06097,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.784,
    weights: {
      logScore: 0.6676,
      coverage: 1.422,
      topicMiss: -0.989,
      anchored: 0.132,
      logMargin: 0.3508,
      rivalCoverage: 0.6344,
      rivalTopicMiss: 0.5139,
      rivalAnchored: 0.03155,
      unknownShare: -1.548,
      unknownNoun: -0.8812,
      topicWords: 0.09907,
      faq: -0.4118,
      heldTopicWords: 0.3214,
      clauseAgreement: -0.3503,
      asksTheGovernment: 0.4644,
    },
  },
  askThreshold: 0.7,
};

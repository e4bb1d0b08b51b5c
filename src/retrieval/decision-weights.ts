// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.438,
    weights: {
      logScore: 0.6831,
      coverage: 1.689,
      topicMiss: -1.413,
      anchored: 0.2133,
      logMargin: 0.5199,
      rivalCoverage: 0.3719,
      rivalTopicMiss: 0.7309,
      rivalAnchored: -0.1299,
      unknownShare: -1.49,
      unknownNoun: -0.7793,
      topicWords: 0.08844,
      faq: -0.4758,
      heldTopicWords: 0.3052,
      clauseAgreement: -0.1492,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.099,
    weights: {
      logScore: 0.6661,
      coverage: 1.726,
      topicMiss: -1.058,
      anchored: 0.1512,
      logMargin: 0.3631,
      rivalCoverage: 0.7931,
      rivalTopicMiss: 0.6549,
      rivalAnchored: -0.07046,
      unknownShare: -1.63,
      unknownNoun: -0.8325,
      topicWords: 0.1029,
      faq: -0.4632,
      heldTopicWords: 0.3209,
      clauseAgreement: -0.5646,
      asksTheGovernment: 0.5465,
    },
  },
  askThreshold: 0.7,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.381,
    weights: {
      logScore: 0.6806,
      coverage: 1.68,
      topicMiss: -1.427,
      anchored: 0.2284,
      logMargin: 0.5235,
      rivalCoverage: 0.3765,
      rivalTopicMiss: 0.7182,
      rivalAnchored: -0.1588,
      unknownShare: -1.49,
      unknownNoun: -0.7916,
      topicWords: 0.08963,
      faq: -0.4587,
      heldTopicWords: 0.3051,
      clauseAgreement: -0.2165,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.005,
    weights: {
      logScore: 0.66,
      coverage: 1.696,
      topicMiss: -1.086,
      anchored: 0.1642,
      logMargin: 0.3644,
      rivalCoverage: 0.7908,
      rivalTopicMiss: 0.6333,
      rivalAnchored: -0.08483,
      unknownShare: -1.631,
      unknownNoun: -0.8427,
      topicWords: 0.1039,
      faq: -0.458,
      heldTopicWords: 0.3235,
      clauseAgreement: -0.6428,
      asksTheGovernment: 0.5492,
    },
  },
  askThreshold: 0.7,
};

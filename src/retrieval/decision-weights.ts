// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.268,
    weights: {
      logScore: 0.6924,
      coverage: 1.493,
      topicMiss: -1.447,
      anchored: 0.264,
      logMargin: 0.5424,
      rivalCoverage: 0.2012,
      rivalTopicMiss: 0.4982,
      rivalAnchored: -0.04628,
      unknownShare: -1.331,
      unknownNoun: -0.7783,
      topicWords: 0.09088,
      faq: -0.4513,
      heldTopicWords: 0.302,
      clauseAgreement: -0.03413,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.849,
    weights: {
      logScore: 0.6766,
      coverage: 1.472,
      topicMiss: -0.9932,
      anchored: 0.1132,
      logMargin: 0.3679,
      rivalCoverage: 0.6508,
      rivalTopicMiss: 0.5066,
      rivalAnchored: -0.03324,
      unknownShare: -1.554,
      unknownNoun: -0.8596,
      topicWords: 0.09794,
      faq: -0.4273,
      heldTopicWords: 0.319,
      clauseAgreement: -0.4407,
      asksTheGovernment: 0.5041,
    },
  },
  askThreshold: 0.7,
};

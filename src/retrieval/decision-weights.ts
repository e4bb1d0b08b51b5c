// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.249,
    weights: {
      logScore: 0.6982,
      coverage: 1.502,
      topicMiss: -1.473,
      anchored: 0.2201,
      logMargin: 0.5091,
      rivalCoverage: 0.2352,
      rivalTopicMiss: 0.4981,
      rivalAnchored: -0.0703,
      unknownShare: -1.398,
      unknownNoun: -0.759,
      topicWords: 0.08699,
      faq: -0.485,
      heldTopicWords: 0.3048,
      clauseAgreement: -0.02103,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.9,
    weights: {
      logScore: 0.6827,
      coverage: 1.501,
      topicMiss: -1.053,
      anchored: 0.07565,
      logMargin: 0.3411,
      rivalCoverage: 0.6616,
      rivalTopicMiss: 0.4921,
      rivalAnchored: -0.03697,
      unknownShare: -1.607,
      unknownNoun: -0.8428,
      topicWords: 0.1015,
      faq: -0.4509,
      heldTopicWords: 0.3296,
      clauseAgreement: -0.4383,
      asksTheGovernment: 0.5426,
    },
  },
  askThreshold: 0.7,
};

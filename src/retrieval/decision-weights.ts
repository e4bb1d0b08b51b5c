// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -2.99,
    weights: {
      logScore: 0.666,
      coverage: 1.647,
      topicMiss: -1.589,
      anchored: 0.1718,
      logMargin: 0.4635,
      rivalCoverage: 0.1892,
      rivalTopicMiss: 0.6768,
      rivalAnchored: -0.1431,
      unknownShare: -1.602,
      unknownNoun: -0.8115,
      topicWords: 0.05083,
      faq: -0.4459,
      heldTopicWords: 0.2735,
      clauseAgreement: 0.08114,
      asksTheGovernment: 0,
      namesAnotherRegion: -2.006,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.594,
    weights: {
      logScore: 0.6499,
      coverage: 1.671,
      topicMiss: -1.123,
      anchored: 0.1016,
      logMargin: 0.3089,
      rivalCoverage: 0.7319,
      rivalTopicMiss: 0.5389,
      rivalAnchored: -0.08896,
      unknownShare: -1.789,
      unknownNoun: -0.8909,
      topicWords: 0.06562,
      faq: -0.3972,
      heldTopicWords: 0.2998,
      clauseAgreement: -0.3812,
      asksTheGovernment: 0.4828,
      namesAnotherRegion: -2.239,
    },
  },
  askThreshold: 0.7,
};

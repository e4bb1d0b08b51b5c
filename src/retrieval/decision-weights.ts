// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.234,
    weights: {
      logScore: 0.7297,
      coverage: 1.585,
      topicMiss: -1.228,
      anchored: 0.2834,
      logMargin: 0.2116,
      rivalCoverage: 0.5055,
      rivalTopicMiss: 0.04503,
      rivalAnchored: -0.1981,
      unknownShare: -1.661,
      unknownNoun: -1.077,
      topicWords: 0.07879,
      faq: -0.2557,
      heldTopicWords: 0.2964,
      clauseAgreement: 0.7428,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.726,
    weights: {
      logScore: 0.7015,
      coverage: 1.525,
      topicMiss: -0.4016,
      anchored: 0.3706,
      logMargin: 0.1391,
      rivalCoverage: 0.8291,
      rivalTopicMiss: 0.06898,
      rivalAnchored: -0.08405,
      unknownShare: -1.775,
      unknownNoun: -1.298,
      topicWords: 0.07221,
      faq: -0.2271,
      heldTopicWords: 0.2938,
      clauseAgreement: 0.6421,
    },
  },
  askThreshold: 0.8,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.306,
    weights: {
      logScore: 0.7353,
      coverage: 1.616,
      topicMiss: -1.157,
      anchored: 0.1798,
      logMargin: 0.2221,
      rivalCoverage: 0.4177,
      rivalTopicMiss: -0.05436,
      rivalAnchored: -0.1224,
      unknownShare: -1.592,
      unknownNoun: -1.123,
      topicWords: 0.08751,
      faq: -0.2019,
      heldTopicWords: 0.2925,
      clauseAgreement: 0.7139,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.82,
    weights: {
      logScore: 0.6973,
      coverage: 1.523,
      topicMiss: -0.3586,
      anchored: 0.3792,
      logMargin: 0.1474,
      rivalCoverage: 0.8348,
      rivalTopicMiss: 0.03522,
      rivalAnchored: -0.07947,
      unknownShare: -1.804,
      unknownNoun: -1.361,
      topicWords: 0.09446,
      faq: -0.1911,
      heldTopicWords: 0.2997,
      clauseAgreement: 0.6369,
    },
  },
  askThreshold: 0.8,
};

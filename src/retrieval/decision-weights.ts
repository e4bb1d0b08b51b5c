// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.37,
    weights: {
      logScore: 0.7131,
      coverage: 1.623,
      topicMiss: -1.328,
      anchored: 0.3267,
      logMargin: 0.2026,
      rivalCoverage: 0.3479,
      rivalTopicMiss: -0.06452,
      rivalAnchored: -0.1301,
      unknownShare: -1.573,
      unknownNoun: -0.77,
      topicWords: 0.1145,
      faq: -0.257,
      heldTopicWords: 0.3111,
      clauseAgreement: 0.8483,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.903,
    weights: {
      logScore: 0.6698,
      coverage: 1.523,
      topicMiss: -0.4444,
      anchored: 0.469,
      logMargin: 0.1332,
      rivalCoverage: 0.8717,
      rivalTopicMiss: 0.04789,
      rivalAnchored: -0.03614,
      unknownShare: -1.781,
      unknownNoun: -1.006,
      topicWords: 0.1344,
      faq: -0.1398,
      heldTopicWords: 0.3178,
      clauseAgreement: 0.619,
    },
  },
  askThreshold: 0.8,
};

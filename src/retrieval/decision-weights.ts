// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.3,
  answer: {
    intercept: -3.199,
    weights: {
      logScore: 0.7578,
      coverage: 1.95,
      topicMiss: -1.286,
      anchored: 0.2868,
      logMargin: 0.3842,
      rivalCoverage: 0.5615,
      rivalTopicMiss: 0.1051,
      rivalAnchored: -0.06978,
      unknownShare: -1.551,
      unknownNoun: -0.7084,
      topicWords: 0.1215,
      faq: -0.4274,
      clauseAgreement: 0.6645,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.2,
  inScope: {
    intercept: -3.085,
    weights: {
      logScore: 0.7931,
      coverage: 1.849,
      topicMiss: -0.2458,
      anchored: 0.4715,
      logMargin: 0.2652,
      rivalCoverage: 0.9351,
      rivalTopicMiss: 0.1001,
      rivalAnchored: 0.06108,
      unknownShare: -2.029,
      unknownNoun: -0.868,
      topicWords: 0.1592,
      faq: -0.3099,
      clauseAgreement: 0.6182,
    },
  },
  askThreshold: 0.7,
};

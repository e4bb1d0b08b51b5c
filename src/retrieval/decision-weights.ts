// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.222,
    weights: {
      logScore: 0.6609,
      coverage: 1.561,
      topicMiss: -1.344,
      anchored: 0.3466,
      logMargin: 0.2403,
      rivalCoverage: 0.4281,
      rivalTopicMiss: 0.1332,
      rivalAnchored: 0.1035,
      unknownShare: -1.459,
      unknownNoun: -0.8448,
      topicWords: 0.1062,
      faq: -0.4163,
      heldTopicWords: 0.3205,
      clauseAgreement: 0.4173,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.97,
    weights: {
      logScore: 0.6976,
      coverage: 1.498,
      topicMiss: -0.5987,
      anchored: 0.1954,
      logMargin: 0.12,
      rivalCoverage: 1.099,
      rivalTopicMiss: 0.09075,
      rivalAnchored: 0.1141,
      unknownShare: -1.661,
      unknownNoun: -0.9648,
      topicWords: 0.1127,
      faq: -0.3676,
      heldTopicWords: 0.3326,
      clauseAgreement: 0.1777,
    },
  },
  askThreshold: 0.8,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.062,
    weights: {
      logScore: 0.7112,
      coverage: 1.562,
      topicMiss: -1.439,
      anchored: 0.369,
      logMargin: 0.2127,
      rivalCoverage: 0.1354,
      rivalTopicMiss: 0.06836,
      rivalAnchored: -0.03951,
      unknownShare: -1.561,
      unknownNoun: -1.129,
      topicWords: 0.09573,
      faq: -0.3701,
      heldTopicWords: 0.2836,
      clauseAgreement: 0.7322,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.589,
    weights: {
      logScore: 0.7131,
      coverage: 1.492,
      topicMiss: -0.7376,
      anchored: 0.268,
      logMargin: 0.1292,
      rivalCoverage: 0.7658,
      rivalTopicMiss: 0.06579,
      rivalAnchored: 0.04385,
      unknownShare: -1.806,
      unknownNoun: -1.299,
      topicWords: 0.09658,
      faq: -0.3284,
      heldTopicWords: 0.3027,
      clauseAgreement: 0.4572,
    },
  },
  askThreshold: 0.8,
};

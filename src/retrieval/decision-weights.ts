// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.355,
    weights: {
      logScore: 0.6632,
      coverage: 1.556,
      topicMiss: -1.366,
      anchored: 0.3443,
      logMargin: 0.2202,
      rivalCoverage: 0.476,
      rivalTopicMiss: 0.07764,
      rivalAnchored: 0.168,
      unknownShare: -1.417,
      unknownNoun: -0.7577,
      topicWords: 0.1174,
      faq: -0.4685,
      heldTopicWords: 0.3305,
      clauseAgreement: 0.3694,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.029,
    weights: {
      logScore: 0.7001,
      coverage: 1.476,
      topicMiss: -0.7055,
      anchored: 0.1951,
      logMargin: 0.09218,
      rivalCoverage: 1.117,
      rivalTopicMiss: 0.0411,
      rivalAnchored: 0.1622,
      unknownShare: -1.638,
      unknownNoun: -0.8712,
      topicWords: 0.12,
      faq: -0.4162,
      heldTopicWords: 0.3426,
      clauseAgreement: 0.07618,
    },
  },
  askThreshold: 0.8,
};

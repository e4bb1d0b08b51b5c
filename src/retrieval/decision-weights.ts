// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.22,
    weights: {
      logScore: 0.7294,
      coverage: 1.57,
      topicMiss: -1.306,
      anchored: 0.287,
      logMargin: 0.2082,
      rivalCoverage: 0.5002,
      rivalTopicMiss: 0.04598,
      rivalAnchored: -0.1963,
      unknownShare: -1.664,
      unknownNoun: -1.077,
      topicWords: 0.08048,
      faq: -0.248,
      heldTopicWords: 0.2974,
      clauseAgreement: 0.7325,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.721,
    weights: {
      logScore: 0.7013,
      coverage: 1.519,
      topicMiss: -0.4413,
      anchored: 0.3718,
      logMargin: 0.1377,
      rivalCoverage: 0.8269,
      rivalTopicMiss: 0.06972,
      rivalAnchored: -0.08288,
      unknownShare: -1.776,
      unknownNoun: -1.297,
      topicWords: 0.07293,
      faq: -0.2239,
      heldTopicWords: 0.2945,
      clauseAgreement: 0.6376,
    },
  },
  askThreshold: 0.8,
};

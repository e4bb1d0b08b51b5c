// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.285,
    weights: {
      logScore: 0.6791,
      coverage: 1.605,
      topicMiss: -1.284,
      anchored: 0.1773,
      logMargin: 0.5266,
      rivalCoverage: 0.3216,
      rivalTopicMiss: 0.5764,
      rivalAnchored: -0.1119,
      unknownShare: -1.412,
      unknownNoun: -0.7419,
      topicWords: 0.08407,
      faq: -0.4512,
      heldTopicWords: 0.2958,
      clauseAgreement: -0.04966,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.014,
    weights: {
      logScore: 0.6664,
      coverage: 1.641,
      topicMiss: -0.9181,
      anchored: 0.05807,
      logMargin: 0.3635,
      rivalCoverage: 0.7507,
      rivalTopicMiss: 0.5276,
      rivalAnchored: -0.06496,
      unknownShare: -1.59,
      unknownNoun: -0.7986,
      topicWords: 0.09916,
      faq: -0.4299,
      heldTopicWords: 0.3191,
      clauseAgreement: -0.4521,
      asksTheGovernment: 0.5678,
    },
  },
  askThreshold: 0.7,
};

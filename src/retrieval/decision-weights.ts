// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.363,
    weights: {
      logScore: 0.6784,
      coverage: 1.678,
      topicMiss: -1.429,
      anchored: 0.2101,
      logMargin: 0.5329,
      rivalCoverage: 0.4071,
      rivalTopicMiss: 0.7399,
      rivalAnchored: -0.1615,
      unknownShare: -1.496,
      unknownNoun: -0.7496,
      topicWords: 0.0836,
      faq: -0.4609,
      heldTopicWords: 0.3037,
      clauseAgreement: -0.2168,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.964,
    weights: {
      logScore: 0.6565,
      coverage: 1.698,
      topicMiss: -1.093,
      anchored: 0.1423,
      logMargin: 0.3745,
      rivalCoverage: 0.7873,
      rivalTopicMiss: 0.6673,
      rivalAnchored: -0.08658,
      unknownShare: -1.646,
      unknownNoun: -0.8027,
      topicWords: 0.09769,
      faq: -0.4544,
      heldTopicWords: 0.3218,
      clauseAgreement: -0.6605,
      asksTheGovernment: 0.5622,
    },
  },
  askThreshold: 0.7,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.348,
    weights: {
      logScore: 0.7033,
      coverage: 1.664,
      topicMiss: -1.334,
      anchored: 0.2652,
      logMargin: 0.2029,
      rivalCoverage: 0.3329,
      rivalTopicMiss: -0.07688,
      rivalAnchored: -0.2121,
      unknownShare: -1.497,
      unknownNoun: -0.9062,
      topicWords: 0.1116,
      faq: -0.2551,
      heldTopicWords: 0.313,
      clauseAgreement: 0.8691,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.936,
    weights: {
      logScore: 0.6608,
      coverage: 1.605,
      topicMiss: -0.5338,
      anchored: 0.3908,
      logMargin: 0.131,
      rivalCoverage: 0.8409,
      rivalTopicMiss: 0.0237,
      rivalAnchored: -0.1464,
      unknownShare: -1.684,
      unknownNoun: -1.075,
      topicWords: 0.1311,
      faq: -0.1409,
      heldTopicWords: 0.3232,
      clauseAgreement: 0.6464,
    },
  },
  askThreshold: 0.8,
};

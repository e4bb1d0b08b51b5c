// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.342,
    weights: {
      logScore: 0.7161,
      coverage: 1.633,
      topicMiss: -1.121,
      anchored: 0.2159,
      logMargin: 0.332,
      rivalCoverage: 0.4783,
      rivalTopicMiss: 0.07184,
      rivalAnchored: -0.06709,
      unknownShare: -1.708,
      unknownNoun: -1.098,
      topicWords: 0.07521,
      faq: -0.1915,
      heldTopicWords: 0.2943,
      clauseAgreement: 0.7668,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.775,
    weights: {
      logScore: 0.6676,
      coverage: 1.522,
      topicMiss: -0.393,
      anchored: 0.3318,
      logMargin: 0.2341,
      rivalCoverage: 0.8495,
      rivalTopicMiss: 0.07785,
      rivalAnchored: -0.05778,
      unknownShare: -1.851,
      unknownNoun: -1.364,
      topicWords: 0.07941,
      faq: -0.1496,
      heldTopicWords: 0.3033,
      clauseAgreement: 0.7163,
    },
  },
  askThreshold: 0.8,
};

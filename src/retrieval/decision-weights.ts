// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.184,
    weights: {
      logScore: 0.7199,
      coverage: 1.577,
      topicMiss: -1.47,
      anchored: 0.3348,
      logMargin: 0.2214,
      rivalCoverage: 0.1722,
      rivalTopicMiss: 0.07338,
      rivalAnchored: -0.0362,
      unknownShare: -1.577,
      unknownNoun: -1.093,
      topicWords: 0.09054,
      faq: -0.3611,
      heldTopicWords: 0.2906,
      clauseAgreement: 0.7934,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.599,
    weights: {
      logScore: 0.7145,
      coverage: 1.477,
      topicMiss: -0.7746,
      anchored: 0.2623,
      logMargin: 0.1359,
      rivalCoverage: 0.7682,
      rivalTopicMiss: 0.06273,
      rivalAnchored: 0.04227,
      unknownShare: -1.828,
      unknownNoun: -1.276,
      topicWords: 0.09401,
      faq: -0.3418,
      heldTopicWords: 0.3044,
      clauseAgreement: 0.4866,
    },
  },
  askThreshold: 0.8,
};

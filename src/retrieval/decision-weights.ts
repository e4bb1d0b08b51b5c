// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.089,
    weights: {
      logScore: 0.6729,
      coverage: 1.634,
      topicMiss: -1.048,
      anchored: 0.2286,
      logMargin: 0.2238,
      rivalCoverage: 0.3095,
      rivalTopicMiss: -0.04254,
      rivalAnchored: -0.1302,
      unknownShare: -1.487,
      unknownNoun: -0.9363,
      topicWords: 0.1039,
      faq: -0.2057,
      heldTopicWords: 0.2863,
      clauseAgreement: 0.6546,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.69,
    weights: {
      logScore: 0.6583,
      coverage: 1.564,
      topicMiss: -0.5324,
      anchored: 0.3764,
      logMargin: 0.1445,
      rivalCoverage: 0.8068,
      rivalTopicMiss: 0.01043,
      rivalAnchored: -0.1057,
      unknownShare: -1.689,
      unknownNoun: -1.128,
      topicWords: 0.1097,
      faq: -0.1629,
      heldTopicWords: 0.3083,
      clauseAgreement: 0.5251,
    },
  },
  askThreshold: 0.8,
};

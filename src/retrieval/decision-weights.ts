// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.348,
    weights: {
      logScore: 0.6902,
      coverage: 1.607,
      topicMiss: -1.372,
      anchored: 0.1666,
      logMargin: 0.5262,
      rivalCoverage: 0.3334,
      rivalTopicMiss: 0.6014,
      rivalAnchored: -0.1044,
      unknownShare: -1.444,
      unknownNoun: -0.7054,
      topicWords: 0.0841,
      faq: -0.4479,
      heldTopicWords: 0.2994,
      clauseAgreement: -0.08168,
      asksTheGovernment: 0,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -3.056,
    weights: {
      logScore: 0.6803,
      coverage: 1.642,
      topicMiss: -0.9801,
      anchored: 0.0448,
      logMargin: 0.3639,
      rivalCoverage: 0.7575,
      rivalTopicMiss: 0.5345,
      rivalAnchored: -0.06666,
      unknownShare: -1.602,
      unknownNoun: -0.7692,
      topicWords: 0.1003,
      faq: -0.4043,
      heldTopicWords: 0.3186,
      clauseAgreement: -0.5114,
      asksTheGovernment: 0.5692,
    },
  },
  askThreshold: 0.7,
};

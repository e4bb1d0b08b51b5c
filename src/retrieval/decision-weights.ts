// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.187,
    weights: {
      logScore: 0.681,
      coverage: 1.611,
      topicMiss: -1.542,
      anchored: 0.1686,
      logMargin: 0.4872,
      rivalCoverage: 0.3238,
      rivalTopicMiss: 0.6382,
      rivalAnchored: -0.1373,
      unknownShare: -1.613,
      unknownNoun: -0.8352,
      topicWords: 0.06432,
      faq: -0.436,
      heldTopicWords: 0.2937,
      clauseAgreement: 0.02268,
      asksTheGovernment: 0,
      namesAnotherRegion: -1.899,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.706,
    weights: {
      logScore: 0.6506,
      coverage: 1.634,
      topicMiss: -1.174,
      anchored: 0.09125,
      logMargin: 0.3247,
      rivalCoverage: 0.7722,
      rivalTopicMiss: 0.5291,
      rivalAnchored: -0.08978,
      unknownShare: -1.776,
      unknownNoun: -0.9096,
      topicWords: 0.07094,
      faq: -0.3964,
      heldTopicWords: 0.3126,
      clauseAgreement: -0.4109,
      asksTheGovernment: 0.5244,
      namesAnotherRegion: -2.118,
    },
  },
  askThreshold: 0.7,
};

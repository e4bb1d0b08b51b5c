// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.111,
    weights: {
      logScore: 0.6754,
      coverage: 1.615,
      topicMiss: -1.584,
      anchored: 0.1664,
      logMargin: 0.47,
      rivalCoverage: 0.2303,
      rivalTopicMiss: 0.6653,
      rivalAnchored: -0.1626,
      unknownShare: -1.606,
      unknownNoun: -0.8222,
      topicWords: 0.06124,
      faq: -0.4494,
      heldTopicWords: 0.2844,
      clauseAgreement: 0.06012,
      asksTheGovernment: 0,
      namesAnotherRegion: -1.964,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.608,
    weights: {
      logScore: 0.6444,
      coverage: 1.628,
      topicMiss: -1.147,
      anchored: 0.09358,
      logMargin: 0.3106,
      rivalCoverage: 0.7131,
      rivalTopicMiss: 0.5338,
      rivalAnchored: -0.1192,
      unknownShare: -1.8,
      unknownNoun: -0.897,
      topicWords: 0.06631,
      faq: -0.3881,
      heldTopicWords: 0.308,
      clauseAgreement: -0.3868,
      asksTheGovernment: 0.5053,
      namesAnotherRegion: -2.199,
    },
  },
  askThreshold: 0.7,
};

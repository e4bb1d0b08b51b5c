// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.134,
    weights: {
      logScore: 0.6792,
      coverage: 1.633,
      topicMiss: -1.581,
      anchored: 0.1657,
      logMargin: 0.4713,
      rivalCoverage: 0.224,
      rivalTopicMiss: 0.6691,
      rivalAnchored: -0.1534,
      unknownShare: -1.594,
      unknownNoun: -0.8169,
      topicWords: 0.06463,
      faq: -0.4557,
      heldTopicWords: 0.2823,
      clauseAgreement: 0.06723,
      asksTheGovernment: 0,
      namesAnotherRegion: -1.967,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.648,
    weights: {
      logScore: 0.6517,
      coverage: 1.648,
      topicMiss: -1.157,
      anchored: 0.09435,
      logMargin: 0.3128,
      rivalCoverage: 0.7108,
      rivalTopicMiss: 0.5328,
      rivalAnchored: -0.1128,
      unknownShare: -1.784,
      unknownNoun: -0.8898,
      topicWords: 0.06889,
      faq: -0.3927,
      heldTopicWords: 0.3049,
      clauseAgreement: -0.3733,
      asksTheGovernment: 0.5015,
      namesAnotherRegion: -2.212,
    },
  },
  askThreshold: 0.7,
};

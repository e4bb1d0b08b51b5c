// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.042,
    weights: {
      logScore: 0.6707,
      coverage: 1.645,
      topicMiss: -1.597,
      anchored: 0.1687,
      logMargin: 0.4705,
      rivalCoverage: 0.1895,
      rivalTopicMiss: 0.6886,
      rivalAnchored: -0.1375,
      unknownShare: -1.594,
      unknownNoun: -0.8105,
      topicWords: 0.05426,
      faq: -0.4517,
      heldTopicWords: 0.2742,
      clauseAgreement: 0.0822,
      asksTheGovernment: 0,
      namesAnotherRegion: -1.998,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.605,
    weights: {
      logScore: 0.649,
      coverage: 1.67,
      topicMiss: -1.131,
      anchored: 0.09884,
      logMargin: 0.3114,
      rivalCoverage: 0.7318,
      rivalTopicMiss: 0.5465,
      rivalAnchored: -0.09719,
      unknownShare: -1.785,
      unknownNoun: -0.8906,
      topicWords: 0.06572,
      faq: -0.3949,
      heldTopicWords: 0.3001,
      clauseAgreement: -0.3871,
      asksTheGovernment: 0.4817,
      namesAnotherRegion: -2.249,
    },
  },
  askThreshold: 0.7,
};

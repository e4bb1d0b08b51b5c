// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -2.949,
    weights: {
      logScore: 0.6507,
      coverage: 1.695,
      topicMiss: -1.587,
      anchored: 0.1582,
      logMargin: 0.4613,
      rivalCoverage: 0.2098,
      rivalTopicMiss: 0.7111,
      rivalAnchored: -0.1715,
      unknownShare: -1.601,
      unknownNoun: -0.8331,
      topicWords: 0.0516,
      faq: -0.4365,
      heldTopicWords: 0.2804,
      clauseAgreement: 0.0392,
      asksTheGovernment: 0,
      namesAnotherRegion: -2.004,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.55,
    weights: {
      logScore: 0.6465,
      coverage: 1.681,
      topicMiss: -1.077,
      anchored: 0.1068,
      logMargin: 0.3074,
      rivalCoverage: 0.735,
      rivalTopicMiss: 0.5533,
      rivalAnchored: -0.0762,
      unknownShare: -1.785,
      unknownNoun: -0.8959,
      topicWords: 0.06676,
      faq: -0.4016,
      heldTopicWords: 0.3016,
      clauseAgreement: -0.4024,
      asksTheGovernment: 0.4634,
      namesAnotherRegion: -2.242,
    },
  },
  askThreshold: 0.7,
};

// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.8,
  answer: {
    intercept: -3.276,
    weights: {
      logScore: 0.7336,
      coverage: 1.622,
      topicMiss: -1.095,
      anchored: 0.1889,
      logMargin: 0.2167,
      rivalCoverage: 0.3931,
      rivalTopicMiss: -0.1112,
      rivalAnchored: -0.1215,
      unknownShare: -1.598,
      unknownNoun: -1.124,
      topicWords: 0.08585,
      faq: -0.2267,
      heldTopicWords: 0.292,
      clauseAgreement: 0.7729,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.79,
    weights: {
      logScore: 0.6966,
      coverage: 1.535,
      topicMiss: -0.329,
      anchored: 0.3842,
      logMargin: 0.1426,
      rivalCoverage: 0.8141,
      rivalTopicMiss: -0.01038,
      rivalAnchored: -0.07976,
      unknownShare: -1.808,
      unknownNoun: -1.361,
      topicWords: 0.09387,
      faq: -0.202,
      heldTopicWords: 0.2996,
      clauseAgreement: 0.6561,
    },
  },
  askThreshold: 0.8,
};

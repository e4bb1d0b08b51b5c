// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.327,
    weights: {
      logScore: 0.7354,
      coverage: 1.599,
      topicMiss: -1.41,
      anchored: 0.2496,
      logMargin: 0.3256,
      rivalCoverage: 0.5596,
      rivalTopicMiss: 0.1238,
      rivalAnchored: -0.09948,
      unknownShare: -1.617,
      unknownNoun: -1.077,
      topicWords: 0.07167,
      faq: -0.2254,
      heldTopicWords: 0.3071,
      clauseAgreement: 0.6849,
    },
  },
  answerThreshold: 0.7,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.686,
    weights: {
      logScore: 0.6891,
      coverage: 1.541,
      topicMiss: -0.4737,
      anchored: 0.3275,
      logMargin: 0.234,
      rivalCoverage: 0.8412,
      rivalTopicMiss: 0.09987,
      rivalAnchored: -0.06787,
      unknownShare: -1.731,
      unknownNoun: -1.333,
      topicWords: 0.06962,
      faq: -0.1754,
      heldTopicWords: 0.298,
      clauseAgreement: 0.5491,
    },
  },
  askThreshold: 0.8,
};

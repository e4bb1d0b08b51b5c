// Written by `npm run fit-decision -- --write` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.
// Do not edit by hand, and never refit because a held-out question missed.
import type { DecisionWeights } from './decision.js';

export const DECISION_WEIGHTS: DecisionWeights = {
  topicPenalty: 0.5,
  answer: {
    intercept: -3.25,
    weights: {
      logScore: 0.6866,
      coverage: 1.613,
      topicMiss: -1.524,
      anchored: 0.1749,
      logMargin: 0.4901,
      rivalCoverage: 0.3254,
      rivalTopicMiss: 0.6458,
      rivalAnchored: -0.1366,
      unknownShare: -1.595,
      unknownNoun: -0.8419,
      topicWords: 0.07104,
      faq: -0.4377,
      heldTopicWords: 0.296,
      clauseAgreement: 0.02025,
      asksTheGovernment: 0,
      namesAnotherRegion: -1.71,
    },
  },
  answerThreshold: 0.6,
  answerMargin: 1.1,
  inScope: {
    intercept: -2.696,
    weights: {
      logScore: 0.6495,
      coverage: 1.634,
      topicMiss: -1.119,
      anchored: 0.09659,
      logMargin: 0.3226,
      rivalCoverage: 0.773,
      rivalTopicMiss: 0.5385,
      rivalAnchored: -0.09158,
      unknownShare: -1.766,
      unknownNoun: -0.8908,
      topicWords: 0.07231,
      faq: -0.4116,
      heldTopicWords: 0.3126,
      clauseAgreement: -0.4332,
      asksTheGovernment: 0.5334,
      namesAnotherRegion: -1.956,
    },
  },
  askThreshold: 0.7,
};

/** The answer / ask-back / decline decision on its own: made-up search results, made-up weights. */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/knowledge/model.js';
import { ANSWER_MODEL_IGNORES, DECISION_FEATURES, decide, decisionFeatures, probability, rankMatches, type DecisionFeatures, type DecisionWeights } from '../../src/retrieval/decision.js';
import type { SearchMatch, SearchResult } from '../../src/retrieval/policy-search.js';
import { DECISION_WEIGHTS } from '../../src/retrieval/decision-weights.js';

function match(clauseId: string, score: number, overrides: Partial<SearchMatch> = {}): SearchMatch {
  const clause = { id: clauseId } as Clause;
  return { passage: { kind: 'clause', clause, sentence: clauseId }, key: `clause:${clauseId}:0`, clauseId, score, coverage: 0.8, topicMiss: 0, anchored: false, heldTopicWords: 2, heldTopicWordBits: 0b11, ...overrides };
}

function result(matches: SearchMatch[], overrides: Partial<SearchResult> = {}): SearchResult {
  return { matches, unknownShare: 0, unknownNouns: [], unknownSpecificWords: 0, lastNounUnknown: false, askedKindHeldNowhere: false, topicWords: 2, subjectWords: 2, askedKinds: [], asksTheGovernment: false, ...overrides };
}

const none = Object.fromEntries(DECISION_FEATURES.map((name) => [name, 0])) as unknown as DecisionFeatures;

/** Answers when the best passage covers the question well; in scope when coverage is fair. */
const weights: DecisionWeights = {
  topicPenalty: 0.5,
  answer: { intercept: -10, weights: { ...none, coverage: 20 } },
  answerThreshold: 0.9,
  answerMargin: 1.2,
  inScope: { intercept: -5, weights: { ...none, coverage: 20 } },
  askThreshold: 0.5,
};

describe('decide', () => {
  it('answers with the best passage when the model is confident and no other clause is close', () => {
    const decision = decide(result([match('a', 30, { coverage: 0.9 }), match('b', 10)]), weights);
    expect(decision).toMatchObject({ kind: 'answer', best: { clauseId: 'a' } });
  });

  it('asks back when two clauses tie, however confident the model is: the evidence is split', () => {
    const decision = decide(result([match('a', 30, { coverage: 0.9 }), match('b', 29, { coverage: 0.9 })]), weights);
    expect(decision.kind).toBe('clarify');
  });

  it('does not count a close passage lacking what is asked (no points for “几分”) as a rival, when the best holds it', () => {
    const close = [match('points', 30, { coverage: 0.9, holdsAskedKind: true }), match('target', 29, { coverage: 0.9, holdsAskedKind: false })];
    expect(decide(result(close), weights)).toMatchObject({ kind: 'answer', best: { clauseId: 'points' } });
    // Both hold it, or neither states it: the evidence is split, as before.
    expect(decide(result([close[0]!, { ...close[1]!, holdsAskedKind: true }]), weights).kind).toBe('clarify');
    expect(decide(result(close.map((entry) => ({ ...entry, holdsAskedKind: undefined }))), weights).kind).toBe('clarify');
  });

  it('offers at most three options, one per clause', () => {
    const matches = [match('a', 30), { ...match('a', 29), key: 'clause:a:1' }, match('b', 28), match('c', 27), match('d', 26)];
    const decision = decide(result(matches, {}), { ...weights, answerThreshold: 1.1 });
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    expect(decision.options.map((option) => option.clauseId)).toEqual(['a', 'b', 'c']);
  });

  it('asks back, never answers, when the question’s rare term is held by another passage near the top and not by the best', () => {
    const elsewhere = decide(result([match('reward', 30, { coverage: 0.9 }), match('listing', 10, { anchored: true })]), weights);
    expect(elsewhere.kind === 'clarify' && elsewhere.options.map((option) => option.clauseId)).toEqual(['reward', 'listing']);
    const heldByBest = decide(result([match('listing', 30, { coverage: 0.9, anchored: true }), match('reward', 10, { anchored: true })]), weights);
    expect(heldByBest).toMatchObject({ kind: 'answer', best: { clauseId: 'listing' } });
  });

  it('never answers a short question naming a specific word the knowledge never uses, unless the passage holds a rare term of it', () => {
    const unknownSubject = { unknownSpecificWords: 1, topicWords: 3 };
    expect(decide(result([match('reward', 30, { coverage: 0.9 }), match('b', 10)], unknownSubject), weights).kind).toBe('clarify');
    expect(decide(result([match('reward', 30, { coverage: 0.9, anchored: true }), match('b', 10)], unknownSubject), weights).kind).toBe('answer');
    // In a longer question the unknown word is more likely context (“给大厂做配套…”): the models decide.
    expect(decide(result([match('reward', 30, { coverage: 0.9 }), match('b', 10)], { unknownSpecificWords: 1, topicWords: 5 }), weights).kind).toBe('answer');
  });

  it('offers two FAQ entries on one clause as two options: each is an answer of its own', () => {
    const faq = (id: string, score: number): SearchMatch => ({ ...match('a', score), key: `faq:${id}`, passage: { kind: 'faq', faq: { id, question: id, alternatives: [], answer: id, clauseIds: ['a'], file: '', line: 1 } } });
    const decision = decide(result([faq('listing', 30), faq('loans', 29), match('a', 28), match('b', 27)]), { ...weights, answerThreshold: 1.1 });
    expect(decision.kind === 'clarify' && decision.options.map((option) => option.key)).toEqual(['faq:listing', 'faq:loans', 'clause:b:0']);
    // A sentence ranked first gives its place to an FAQ entry of its clause, which would label it anyway.
    const sentenceFirst = decide(result([match('a', 30), faq('listing', 29), faq('target', 28), match('b', 27)]), { ...weights, answerThreshold: 1.1 });
    expect(sentenceFirst.kind === 'clarify' && sentenceFirst.options.map((option) => option.key)).toEqual(['faq:listing', 'faq:target', 'clause:b:0']);
  });

  it('offers a third option only when it ranks near the best, and a second only when it is more than a passing match', () => {
    const decision = decide(result([match('a', 30), match('b', 10), match('c', 9)]), { ...weights, answerThreshold: 1.1 });
    expect(decision.kind === 'clarify' && decision.options.map((option) => option.clauseId)).toEqual(['a', 'b']);
    const alone = decide(result([match('a', 30), match('b', 5)]), { ...weights, answerThreshold: 1.1 });
    expect(alone.kind === 'clarify' && alone.options.map((option) => option.clauseId)).toEqual(['a']);
  });

  it('asks back, never answers, when the best passage lacks what the question asks for (no amount for “多少”)', () => {
    const lacking = decide(result([match('a', 30, { coverage: 0.9, holdsAskedKind: false }), match('b', 10, { holdsAskedKind: true })]), weights);
    expect(lacking.kind === 'clarify' && lacking.options.map((option) => option.clauseId)).toEqual(['a', 'b']);
    const holding = decide(result([match('a', 30, { coverage: 0.9, holdsAskedKind: true }), match('b', 10)]), weights);
    expect(holding).toMatchObject({ kind: 'answer', best: { clauseId: 'a' } });
  });

  it('asks back, never answers, when the knowledge lacks the head noun of the question (所得税税率), however rare the term the best passage holds', () => {
    const matches = [match('target', 30, { coverage: 0.9, anchored: true }), match('b', 10)];
    expect(decide(result(matches, { lastNounUnknown: true }), weights).kind).toBe('clarify');
    expect(decide(result(matches), weights)).toMatchObject({ kind: 'answer', best: { clauseId: 'target' } });
  });

  it('offers the best passage holding what is asked for (a date) when the options ranked on score hold none', () => {
    const matches = [match('basis', 30, { coverage: 0.9, holdsAskedKind: false }), match('goals', 29, { holdsAskedKind: false }), match('orphan', 5, { holdsAskedKind: true, heldTopicWords: 0 }), match('signature', 4, { holdsAskedKind: true, heldTopicWords: 1 })];
    const decision = decide(result(matches), weights);
    expect(decision.kind === 'clarify' && decision.options.map((option) => option.clauseId)).toEqual(['basis', 'goals', 'signature']);
  });

  it('asks back, never answers, when the question names no subject (“确认”: a verb alone)', () => {
    const subjectless = decide(result([match('a', 30, { coverage: 1 }), match('b', 10)], { topicWords: 1, subjectWords: 0 }), weights);
    expect(subjectless.kind === 'clarify' && subjectless.options.map((option) => option.clauseId)).toEqual(['a', 'b']);
  });

  it('declines when the question is unlikely to be about the policy at all', () => {
    expect(decide(result([match('a', 30, { coverage: 0.1 })]), weights).kind).toBe('decline');
  });

  it('declines a question asking for what no passage of the knowledge states (“什么时候申报”), however well a passage matches', () => {
    expect(decide(result([match('a', 30, { coverage: 1, holdsAskedKind: false })], { askedKindHeldNowhere: true }), weights).kind).toBe('decline');
    expect(decide(result([match('a', 30, { coverage: 1, holdsAskedKind: false })]), weights).kind).toBe('clarify');
  });

  it('declines when no passage on the question’s rare term states what is asked (“续贷过桥用一天收多少钱”), unless one near the top does', () => {
    const lacking = [match('bridge', 30, { coverage: 1, holdsAskedKind: false }), match('reward', 20, { holdsAskedKind: false })];
    expect(decide(result(lacking, { askedKindUnstatedFor: '续贷过桥' }), weights).kind).toBe('decline');
    // “主板上市报审的企业计划几家”: the target holds 10家 in other words than the term.
    const statedNearby = [match('listing', 30, { coverage: 1, holdsAskedKind: false }), match('target', 25, { holdsAskedKind: true })];
    expect(decide(result(statedNearby, { askedKindUnstatedFor: '主板上市' }), weights).kind).toBe('clarify');
    // A figure in a passage holding under half the question's topic words is about something else
    // (the 30万元 reward, on 补贴 alone, for “新三板挂牌市里给多少补贴”).
    const statedElsewhere = [match('listing', 30, { coverage: 1, holdsAskedKind: false }), match('reward', 25, { holdsAskedKind: true, heldTopicWords: 1 })];
    expect(decide(result(statedElsewhere, { askedKindUnstatedFor: '新三板', topicWords: 3 }), weights).kind).toBe('decline');
    expect(decide(result(statedElsewhere, { askedKindUnstatedFor: '新三板', topicWords: 2 }), weights).kind).toBe('clarify');
  });

  it('declines a message with no topic words (“好的”, “9”) whatever its characters match', () => {
    expect(decide(result([match('a', 30, { coverage: 1 })], { topicWords: 0 }), weights).kind).toBe('decline');
    expect(decide(result([]), weights).kind).toBe('decline');
  });

  it('ranks a passage lacking the question’s topic words below one that holds them', () => {
    const ranked = rankMatches([match('reward', 30, { topicMiss: 0.6 }), match('renovation', 25)], 0.5);
    expect(ranked.map(({ match }) => match.clauseId)).toEqual(['renovation', 'reward']);
    const features = decisionFeatures(result([match('reward', 30, { topicMiss: 0.6 }), match('renovation', 25)]), 0.5)!;
    expect(features.topicMiss).toBe(0);
    expect(features.logMargin).toBeCloseTo(Math.log(25 / 21));
  });

  it('counts the topic words the best passage holds, up to six', () => {
    expect(decisionFeatures(result([match('loan', 30, { heldTopicWords: 3 }), match('reward', 10, { heldTopicWords: 1 })]), 0.5)!.heldTopicWords).toBe(3);
    expect(decisionFeatures(result([match('loan', 30, { heldTopicWords: 9 })]), 0.5)!.heldTopicWords).toBe(6);
  });

  it('counts an unknown noun against the question only when the best passage holds no rare domain term of it', () => {
    const unknown = { unknownNouns: ['出资'] };
    expect(decisionFeatures(result([match('fund', 30)], unknown), 0.5)!.unknownNoun).toBe(1);
    expect(decisionFeatures(result([match('fund', 30, { anchored: true })], unknown), 0.5)!.unknownNoun).toBe(0);
    expect(decisionFeatures(result([match('fund', 30, { anchored: true })]), 0.5)!.unknownNoun).toBe(0);
  });

  it('asks back rather than declines a question asking what the government does, when the in-scope model reads that signal', () => {
    const asking = { ...weights, inScope: { intercept: -5, weights: { ...none, coverage: 20, asksTheGovernment: 4 } } };
    const colloquial = [match('loan', 30, { coverage: 0.15 })];
    expect(decisionFeatures(result(colloquial, { asksTheGovernment: true }), 0.5)!.asksTheGovernment).toBe(1);
    expect(decide(result(colloquial), asking).kind).toBe('decline');
    expect(decide(result(colloquial, { asksTheGovernment: true }), asking).kind).toBe('clarify');
  });

  it('reads another region named in the question (南京) as a signal of both models', () => {
    expect(decisionFeatures(result([match('reward', 30)], { otherRegion: '南京' }), 0.5)!.namesAnotherRegion).toBe(1);
    expect(decisionFeatures(result([match('reward', 30)]), 0.5)!.namesAnotherRegion).toBe(0);
  });

  it('fits the answer model without the signals it ignores (the shipped weights hold 0 for them)', () => {
    for (const name of ANSWER_MODEL_IGNORES) expect(DECISION_WEIGHTS.answer.weights[name]).toBe(0);
    expect(DECISION_WEIGHTS.inScope.weights.asksTheGovernment).toBeGreaterThan(0);
  });

  it('computes a logistic probability over the raw features', () => {
    expect(probability({ intercept: 0, weights: none }, none)).toBeCloseTo(0.5);
    expect(probability({ intercept: -10, weights: { ...none, coverage: 20 } }, { ...none, coverage: 1 })).toBeCloseTo(1 / (1 + Math.exp(-10)));
  });
});

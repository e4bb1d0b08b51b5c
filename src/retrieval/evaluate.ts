/**
 * Scores question answering on a labelled question set, per outcome: answered right in one turn,
 * right within two turns (the ask-back offered the right answer), declined, and — the number to
 * drive to zero — answered wrong with a citation. Used by the tests, the benchmark and the fitting
 * of the decision weights (which may only ever see the tuning set).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { answerChoice, answerQuestion, clarifyChoice, decideQuestion, definitionAnswer, settleAskBack, type Choice, type PolicyAnswer } from '../answers/compose.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import type { DecisionWeights } from './decision.js';
import { PolicySearch, type SearchResult } from './policy-search.js';

const labelledQuestion = z.union([
  z.strictObject({ q: z.string().min(1), clause: z.array(z.string()).min(1), fact: z.coerce.string().min(1) }),
  z.strictObject({ q: z.string().min(1), expect: z.literal('out-of-scope') }),
]);
export type LabelledQuestion = z.infer<typeof labelledQuestion>;

export async function readQuestionSet(file: string): Promise<LabelledQuestion[]> {
  const parsed = z.strictObject({ questions: z.array(labelledQuestion) }).parse(parse(await readFile(file, 'utf8')));
  return parsed.questions;
}

export type Outcome =
  | 'right' // in scope, answered right at once
  | 'right-after-asking' // in scope, the ask-back offered the right answer
  | 'asked-wrongly' // in scope, the ask-back did not offer it
  | 'declined' // in scope, declined
  | 'wrong-with-citation' // answered with a citation that is wrong (or answered an out-of-scope question as if covered)
  | 'declined-correctly' // out of scope, declined or answered only as the city's rule
  | 'asked-out-of-scope'; // out of scope, asked back

export interface Evaluation {
  questions: number;
  inScope: number;
  outOfScope: number;
  counts: Record<Outcome, number>;
  /** Right in one turn among the in-scope questions. */
  rightFirstTurn: number;
  /** Right in one turn or after one ask-back, among the in-scope questions. */
  rightWithinTwoTurns: number;
  /** Declined (or scoped to the city) among the out-of-scope questions. */
  outOfScopeDeclined: number;
  /** Wrong answers with a citation among all questions. */
  wrongWithCitation: number;
  /** Right in one turn, or correctly declined, among all questions (the old single figure). */
  accuracy: number;
  failures: Array<{ question: string; expected: string; got: string; outcome: Outcome }>;
}

/**
 * True when an answer cites an expected clause and states the expected fact itself. Found in the
 * whole reply, the fact counted when only a follow-up's label or an FAQ's quote held it: “…听说税务
 * 和银行合作有种贷款” got the 政银担 entry, whose quote also names 税融通, and was scored right.
 */
function isRight(knowledge: KnowledgeBase, item: Extract<LabelledQuestion, { clause: string[] }>, answer: PolicyAnswer | undefined): boolean {
  if (answer?.kind !== 'answer') return false;
  const sections = item.clause.map((id) => knowledge.clauses.get(id)?.section);
  return sections.includes(answer.citations[0]?.section) && answer.claim.includes(item.fact);
}

/**
 * The answer an owner gets by picking an ask-back option: as the bot gives it (`answerPicked`),
 * quoted for the option's own wording. Scored with the owner's question instead, an FAQ citing two
 * clauses quoted the one closer to that question, and a right option counted as asked wrongly.
 */
function chosenAnswer(knowledge: KnowledgeBase, search: PolicySearch, choice: Choice, question: string): PolicyAnswer | undefined {
  return answerChoice(knowledge, search, choice.key, choice.label, question);
}

/** The outcome of one question through the bot's real answer path. */
function outcomeOf(knowledge: KnowledgeBase, search: PolicySearch, item: LabelledQuestion, answer: PolicyAnswer): Outcome {
  if ('expect' in item) {
    if (answer.kind === 'out-of-scope' || (answer.kind === 'answer' && answer.scope)) return 'declined-correctly';
    return answer.kind === 'clarify' ? 'asked-out-of-scope' : 'wrong-with-citation';
  }
  if (answer.kind === 'answer') return isRight(knowledge, item, answer) ? 'right' : 'wrong-with-citation';
  if (answer.kind === 'out-of-scope') return 'declined';
  const offered = answer.options.some((option) => isRight(knowledge, item, chosenAnswer(knowledge, search, option, item.q)));
  return offered ? 'right-after-asking' : 'asked-wrongly';
}

function summarise(items: Array<{ item: LabelledQuestion; outcome: Outcome; got: string }>): Evaluation {
  const counts: Record<Outcome, number> = {
    right: 0,
    'right-after-asking': 0,
    'asked-wrongly': 0,
    declined: 0,
    'wrong-with-citation': 0,
    'declined-correctly': 0,
    'asked-out-of-scope': 0,
  };
  const failures: Evaluation['failures'] = [];
  for (const { item, outcome, got } of items) {
    counts[outcome]++;
    if (outcome !== 'right' && outcome !== 'declined-correctly') {
      failures.push({ question: item.q, expected: 'expect' in item ? 'out-of-scope' : `${item.clause.join('|')} “${item.fact}”`, got, outcome });
    }
  }
  const outOfScope = items.filter(({ item }) => 'expect' in item).length;
  const inScope = items.length - outOfScope;
  const share = (count: number, of: number) => (of ? count / of : 0);
  return {
    questions: items.length,
    inScope,
    outOfScope,
    counts,
    rightFirstTurn: share(counts.right, inScope),
    rightWithinTwoTurns: share(counts.right + counts['right-after-asking'], inScope),
    outOfScopeDeclined: share(counts['declined-correctly'], outOfScope),
    wrongWithCitation: share(counts['wrong-with-citation'], items.length),
    accuracy: share(counts.right + counts['declined-correctly'], items.length),
    failures,
  };
}

function describe(answer: PolicyAnswer): string {
  if (answer.kind === 'answer') return `${answer.citations[0]?.section ?? ''}${answer.scope ? '（仅作市级规定引用）' : ''}`;
  if (answer.kind === 'clarify') return `反问：${answer.options.map((option) => option.label).join(' / ')}`;
  return answer.kind;
}

/** Every question through the real answer path, as a user would meet it. */
export function evaluateAnswers(knowledge: KnowledgeBase, questions: LabelledQuestion[], search = new PolicySearch(knowledge)): Evaluation {
  return summarise(
    questions.map((item) => {
      const answer = answerQuestion(knowledge, search, item.q);
      return { item, outcome: outcomeOf(knowledge, search, item, answer), got: describe(answer) };
    }),
  );
}

/**
 * Searches once and judges every candidate once, so that many decision weights can be scored
 * quickly (fitting). Mirrors `answerQuestion`: a candidate is right when answering with it cites
 * an expected clause and states the fact; for an out-of-scope question, when the answer is scoped
 * to the city.
 */
export interface PreparedQuestion {
  item: LabelledQuestion;
  /** The search it was prepared with: settling an ask-back reads it (another region named). */
  search: PolicySearch;
  result: SearchResult;
  acceptable: Set<string>;
  /** Keys of the ask-back choices that, picked, give a right answer (see `chosenAnswer`). */
  acceptableWhenChosen: Set<string>;
  /** A question asking what a defined term is gets the definition whatever the weights (see compose). */
  definition?: PolicyAnswer;
}

export function prepareQuestions(knowledge: KnowledgeBase, search: PolicySearch, questions: LabelledQuestion[]): PreparedQuestion[] {
  return questions.map((item) => {
    const result = search.search(item.q);
    const acceptable = new Set<string>();
    const acceptableWhenChosen = new Set<string>();
    for (const match of result.matches) {
      const answer = answerChoice(knowledge, search, match.key, item.q);
      const ok = 'expect' in item ? answer?.kind === 'answer' && !!answer.scope : isRight(knowledge, item, answer);
      if (ok) acceptable.add(match.key);
      if ('expect' in item) continue;
      const choice = clarifyChoice(knowledge, match, result.matches);
      if (!acceptableWhenChosen.has(choice.key) && isRight(knowledge, item, chosenAnswer(knowledge, search, choice, item.q))) acceptableWhenChosen.add(choice.key);
    }
    return { item, search, result, acceptable, acceptableWhenChosen, definition: definitionAnswer(knowledge, search, item.q) };
  });
}

export function scoreWeights(knowledge: KnowledgeBase, prepared: PreparedQuestion[], weights: DecisionWeights): Evaluation {
  return summarise(
    prepared.map(({ item, search, result, acceptable, acceptableWhenChosen, definition }) => {
      if (definition) {
        const outcome: Outcome = 'expect' in item ? 'wrong-with-citation' : isRight(knowledge, item, definition) ? 'right' : 'wrong-with-citation';
        return { item, outcome, got: 'answer' };
      }
      const decided = decideQuestion(knowledge, item.q, result, weights);
      // An ask-back the bot answers at once is scored as the answer it becomes (see settleAskBack).
      const settled = decided.kind === 'clarify' ? settleAskBack(knowledge, search, item.q, decided.options) : undefined;
      if (settled?.kind === 'both') {
        const outcome: Outcome = 'expect' in item ? 'wrong-with-citation' : isRight(knowledge, item, settled.answer) ? 'right' : 'wrong-with-citation';
        return { item, outcome, got: 'answer' };
      }
      const decision: typeof decided = settled ? { kind: 'answer', best: settled.option } : decided;
      let outcome: Outcome;
      const outOfScope = 'expect' in item;
      if (decision.kind === 'answer') {
        const ok = acceptable.has(decision.best.key);
        outcome = outOfScope ? (ok ? 'declined-correctly' : 'wrong-with-citation') : ok ? 'right' : 'wrong-with-citation';
      } else if (decision.kind === 'clarify') {
        const offered = decision.options.some((option) => acceptableWhenChosen.has(clarifyChoice(knowledge, option, result.matches).key));
        outcome = outOfScope ? 'asked-out-of-scope' : offered ? 'right-after-asking' : 'asked-wrongly';
      } else {
        outcome = outOfScope ? 'declined-correctly' : 'declined';
      }
      return { item, outcome, got: decision.kind };
    }),
  );
}

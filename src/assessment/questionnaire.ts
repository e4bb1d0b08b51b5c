/**
 * The self-assessment questionnaire as a pure state machine: plain JSON state in, a step out.
 * The Botkit dialog only stores the state and says what a step returns, so every rule here
 * (which question is next, 上一步, 修改, 跳过) is testable without a channel.
 */
import { findByLabel, findByLabelStrictly, formCommand } from '../forms/commands.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import type { Question } from '../knowledge/schema.js';
import { texts as allTexts } from '../texts.js';
import { foldForMatching, parseAnswer, parseQuantity, saysUnknown, type FieldKind, type ParsedAnswer } from '../forms/answer-parser.js';
import { assess, type AssessmentResult } from './engine.js';
import { statedFigures, type StatedFigure } from './figures.js';
import { answerKind, profileSchema, readField, writeField, type FieldValue, type Profile } from './profile.js';

const texts = allTexts.questionnaire;

export interface QuestionnaireState {
  profile: Profile;
  /** Question ids in the order they were answered or skipped, for 上一步. */
  history: string[];
  skipped: string[];
  /** The question on screen; undefined before the first one is chosen. */
  current?: string;
  /** Unusable answers in a row to the current question: the hint grows more explicit. */
  invalidAnswers: number;
  /** Figures the owner stated before starting (“营收5000万 员工200人”), said back under the introduction. */
  stated?: string[];
}

export type Step =
  | { kind: 'ask'; state: QuestionnaireState; question: Question; prompt: string; options: string[]; notice?: string }
  | { kind: 'done'; state: QuestionnaireState; result: AssessmentResult; stoppedEarly: boolean }
  | { kind: 'not-understood'; state: QuestionnaireState; question: Question; hint: string; replied?: boolean };

export function startQuestionnaire(profile: Profile = {}, skipped: string[] = []): QuestionnaireState {
  return { profile: structuredClone(profile), history: [], skipped: [...skipped], invalidAnswers: 0 };
}

/** A questionnaire started after the owner stated figures about the company: those questions are not asked. */
export function questionnaireWithStated(knowledge: KnowledgeBase, figures: readonly StatedFigure[]): QuestionnaireState {
  const profile: Record<string, unknown> = {};
  const stated = writeStatedFigures(knowledge, profile, figures);
  return { ...startQuestionnaire(profile as Profile), ...(stated.length ? { stated } : {}) };
}

/**
 * Writes the figures stated in a message (“员工200人 营收5000万”) where the profile has none yet,
 * each only if the profile stays valid with it, and says what was written (“上年度营业收入总额5000万元”).
 */
function writeStatedFigures(knowledge: KnowledgeBase, profile: Record<string, unknown>, figures: readonly StatedFigure[], except?: string): string[] {
  const written: string[] = [];
  for (const figure of figures) {
    if (figure.field === except || readField(profile, figure.field) !== undefined) continue;
    writeField(profile, figure.field, figure.value);
    if (!profileSchema.safeParse(profile).success) {
      writeField(profile, figure.field, undefined);
      continue;
    }
    written.push(`${labelOf(knowledge, figure.field)}${formatValue(figure.value, fieldKind(knowledge, figure.field))}`);
  }
  return written;
}

/**
 * After a result: “修改 研发人员占比” or “补充 研发人员占比” reopens the saved answers at that
 * question; the rest stays as answered (or skipped) and the result is recomputed after it.
 */
export function amendQuestionnaire(knowledge: KnowledgeBase, profile: Profile, skipped: string[], name: string): QuestionnaireState | undefined {
  const questions = knowledge.criteria!.questionnaire.questions;
  const target = findByLabel(questions, name) ?? questions.find((question) => question.fields.some((field) => labelOf(knowledge, field) === name));
  if (!target) return undefined;
  const cleared = structuredClone(profile) as Record<string, unknown>;
  target.fields.forEach((field) => writeField(cleared, field, undefined));
  return { profile: cleared as Profile, history: [], skipped: skipped.filter((id) => id !== target.id), current: target.id, invalidAnswers: 0 };
}

function fieldKind(knowledge: KnowledgeBase, field: string): FieldKind {
  return answerKind(knowledge.criteria!, field);
}

/** What an owner may call a yes/no field in a multi-select: its label and aliases, folded for matching. */
function namesOf(knowledge: KnowledgeBase, field: string): string[] {
  const definition = knowledge.criteria!.profileFields.fields.find((candidate) => candidate.id === field);
  return [labelOf(knowledge, field), ...(definition?.aliases ?? [])].map(foldForMatching).filter(Boolean);
}

function labelOf(knowledge: KnowledgeBase, field: string): string {
  return knowledge.criteria!.profileFields.fields.find((candidate) => candidate.id === field)?.label ?? field;
}

function isAnswered(state: QuestionnaireState, question: Question): boolean {
  return question.fields.every((field) => readField(state.profile as Record<string, unknown>, field) !== undefined);
}

/**
 * A question is worth asking when its answer can still change a verdict: one of its fields is
 * what keeps an undecided tier undecided, or some answer to it (tried out on a copy of the
 * profile) would decide that tier — a direct-pass honour when the score stays unknown because an
 * answer was skipped. The self-reported 特色化 score counts as 0 when missing, so it is asked
 * while it can still lift a tier over the line.
 */
function isRelevant(knowledge: KnowledgeBase, question: Question, profile: Profile, result: AssessmentResult): boolean {
  return result.tiers.some((tier) => {
    if (tier.eligible === true) return false;
    if (tier.eligible === null && question.fields.some((field) => tier.missingFields.includes(field))) return true;
    if (tier.eligible === null && couldDecide(knowledge, question, profile, tier.id)) return true;
    const selfReported = question.fields.includes('localFeatureScore') && tier.indicators.some((indicator) => indicator.id === 'localFeature');
    const onlyScoreFails = tier.unmet.every((gap) => gap.id === 'score' || gap.id.startsWith('group-'));
    return selfReported && onlyScoreFails;
  });
}

/** Whether some answer to a yes/no or choice question would decide an undecided tier. */
function couldDecide(knowledge: KnowledgeBase, question: Question, profile: Profile, tierId: string): boolean {
  const kinds = question.fields.map((field) => fieldKind(knowledge, field));
  const trials: FieldValue[][] = [];
  if (kinds.every((kind) => kind.type === 'boolean')) trials.push(kinds.map(() => true), kinds.map(() => false));
  else if (kinds.length === 1 && kinds[0]!.type === 'choice') trials.push(...kinds[0]!.options.map((option) => [option.value]));
  return trials.some((values) => {
    const trial = structuredClone(profile) as Record<string, unknown>;
    question.fields.forEach((field, index) => writeField(trial, field, values[index]));
    return assess(knowledge, trial as Profile).tiers.find((tier) => tier.id === tierId)?.eligible !== null;
  });
}

/** The next question that can still change a verdict, or the result when none is left. */
export function nextStep(knowledge: KnowledgeBase, state: QuestionnaireState, notice?: string): Step {
  const result = assess(knowledge, state.profile);
  const allDecidedFalse = result.tiers.every((tier) => tier.eligible === false);
  const question = allDecidedFalse
    ? undefined
    : knowledge.criteria!.questionnaire.questions.find(
        (candidate) => !isAnswered(state, candidate) && !state.skipped.includes(candidate.id) && isRelevant(knowledge, candidate, state.profile, result),
      );
  if (!question) {
    const { current: _finished, ...rest } = state;
    return { kind: 'done', state: rest, result, stoppedEarly: allDecidedFalse };
  }
  return { kind: 'ask', state: { ...state, current: question.id }, question, ...renderQuestion(knowledge, question), notice };
}

/**
 * The question on screen, asked again as it is (after a policy question in the middle); before
 * the first question, the first one worth asking.
 */
export function currentStep(knowledge: KnowledgeBase, state: QuestionnaireState): Extract<Step, { kind: 'ask' }> {
  const question = knowledge.criteria!.questionnaire.questions.find((candidate) => candidate.id === state.current);
  if (question) return { kind: 'ask', state: { ...state, invalidAnswers: 0 }, question, ...renderQuestion(knowledge, question) };
  const next = nextStep(knowledge, state);
  if (next.kind === 'ask') return next;
  // Nothing is left to ask even at the start: ask the first question, so the owner sees the form.
  const first = knowledge.criteria!.questionnaire.questions[0]!;
  return { kind: 'ask', state: { ...state, current: first.id }, question: first, ...renderQuestion(knowledge, first) };
}

export function renderQuestion(knowledge: KnowledgeBase, question: Question): { prompt: string; options: string[] } {
  if (question.fields.length > 1) {
    const options = question.fields.map((field) => labelOf(knowledge, field));
    return { prompt: [question.prompt, ...options.map((option, index) => `${index + 1}. ${option}`)].join('\n'), options: [...options, texts.noneOfThese] };
  }
  const kind = fieldKind(knowledge, question.fields[0]!);
  if (kind.type === 'choice') {
    const options = kind.options.map((option) => option.label);
    return { prompt: [question.prompt, ...options.map((option, index) => `${index + 1}. ${option}`)].join('\n'), options };
  }
  if (kind.type === 'boolean') return { prompt: [question.prompt, ...texts.yesNo.map((option, index) => `${index + 1}. ${option}`)].join('\n'), options: [...texts.yesNo] };
  const unit = kind.type === 'number' && kind.unit === '万元' ? texts.amountUnit : '';
  return { prompt: `${question.prompt}${unit}`, options: [] };
}

/**
 * 1 3 / 1、3 / 13 / 没有 / “有ISO9001 也有自己的品牌” → which of the boolean fields are true. Each
 * part is a number or names an option (its label or an alias); a part that denies (没有质量奖)
 * chooses nothing. A part that is neither leaves the answer not understood.
 */
function parseMultiSelect(text: string, options: ReadonlyArray<{ names: string[] }>): boolean[] | undefined {
  const count = options.length;
  const cleaned = text.normalize('NFKC').trim();
  if (/^(没有|无|都没有|都不符合|一个都没有|否|0)$/.test(cleaned)) return Array(count).fill(false);
  const chosen = new Set<number>();
  let denied = false;
  for (const part of cleaned.split(/[\s,，、。；;和及]+/u).filter(Boolean)) {
    if (/^[0-9]+$/.test(part)) {
      const digits = part.length > 1 && Number(part) > count ? [...part] : [part];
      for (const digit of digits) chosen.add(Number(digit));
      continue;
    }
    const folded = foldForMatching(part);
    const named = options.flatMap((option, index) => (option.names.some((name) => folded.includes(name)) ? [index + 1] : []));
    if (!named.length) return undefined;
    if (/^(也)?(没有|没|无|不)/u.test(folded)) {
      denied = true;
      continue;
    }
    for (const position of named) chosen.add(position);
  }
  if (!chosen.size && denied) return Array(count).fill(false);
  if (!chosen.size || [...chosen].some((value) => !Number.isInteger(value) || value < 1 || value > count)) return undefined;
  return Array.from({ length: count }, (_, index) => chosen.has(index + 1));
}

/** 跳过, 不清楚: the question stays unknown and is not asked again in this run. */
function leaveUnknown(knowledge: KnowledgeBase, state: QuestionnaireState, question: Question, notice: string): Step {
  return nextStep(knowledge, { ...state, skipped: [...state.skipped, question.id], history: [...state.history, question.id], invalidAnswers: 0 }, notice);
}

/** Applies one message to the questionnaire. `not-understood` leaves the state as it was. */
export function answerStep(knowledge: KnowledgeBase, state: QuestionnaireState, text: string): Step {
  const questions = knowledge.criteria!.questionnaire.questions;
  const question = questions.find((candidate) => candidate.id === state.current);
  if (!question) return nextStep(knowledge, state);
  const trimmed = text.normalize('NFKC').trim();
  const command = formCommand(trimmed, knowledge.intents);

  if (command?.kind === 'back') {
    const previous = state.history[state.history.length - 1];
    if (!previous) return nextStep(knowledge, state, texts.atFirstQuestion);
    const target = questions.find((candidate) => candidate.id === previous)!;
    const profile = structuredClone(state.profile);
    target.fields.forEach((field) => writeField(profile as Record<string, unknown>, field, undefined));
    const back: QuestionnaireState = { ...state, profile, history: state.history.slice(0, -1), skipped: state.skipped.filter((id) => id !== previous), current: previous };
    return { kind: 'ask', state: back, question: target, ...renderQuestion(knowledge, target), notice: texts.wentBack };
  }

  // “研发费用改成200万”: that question reopened and answered with the new value at once.
  const editTo = command?.kind === 'edit' && command.value !== undefined ? { value: command.value, question: findByLabelStrictly(questions, command.target) } : undefined;
  const editedTo = editTo?.question;
  if (editTo && editedTo) {
    const profile = structuredClone(state.profile);
    editedTo.fields.forEach((field) => writeField(profile as Record<string, unknown>, field, undefined));
    const reopened: QuestionnaireState = { ...state, profile, skipped: state.skipped.filter((id) => id !== editedTo.id), current: editedTo.id };
    const answered = answerStep(knowledge, reopened, editTo.value);
    // A value that does not read: that question is asked, with its hint.
    if (answered.kind === 'not-understood') return { kind: 'ask', state: reopened, question: editedTo, ...renderQuestion(knowledge, editedTo), notice: answered.hint };
    if (!isAnswered(answered.state, editedTo)) return answered;
    return answered.kind === 'ask' ? { ...answered, notice: [texts.edited(editedTo.label), answered.notice].filter(Boolean).join('\n') } : answered;
  }

  if (command?.kind === 'edit' && command.value === undefined) {
    const target = findByLabel(questions, command.target);
    if (!target) return { kind: 'not-understood', state, question, hint: texts.editUnknown(questions.map((candidate) => candidate.label).slice(0, 8)) };
    const profile = structuredClone(state.profile);
    target.fields.forEach((field) => writeField(profile as Record<string, unknown>, field, undefined));
    const editing: QuestionnaireState = { ...state, profile, skipped: state.skipped.filter((id) => id !== target.id), current: target.id };
    return { kind: 'ask', state: editing, question: target, ...renderQuestion(knowledge, target), notice: texts.editing(target.label) };
  }

  if (command?.kind === 'skip') {
    return leaveUnknown(knowledge, state, question, texts.skipped);
  }

  if (asksForExplanation(trimmed) && question.explain) return { kind: 'not-understood', state, question, hint: question.explain, replied: true };

  let notice: string | undefined;
  const profile = structuredClone(state.profile) as Record<string, unknown>;
  if (question.fields.length > 1) {
    if (saysUnknown(trimmed)) return leaveUnknown(knowledge, state, question, texts.leftUnknown);
    const chosen = parseMultiSelect(trimmed, question.fields.map((field) => ({ names: namesOf(knowledge, field) })));
    if (!chosen) return { kind: 'not-understood', state: { ...state, invalidAnswers: state.invalidAnswers + 1 }, question, hint: texts.retry(question.example, !!question.explain) };
    question.fields.forEach((field, index) => writeField(profile, field, chosen[index]!));
  } else {
    const field = question.fields[0]!;
    const figures = statedFigures(knowledge.criteria!, trimmed);
    // “主营4500万 研发投入160万” holds two amounts: the one named as this question's field answers it.
    const named = figures.find((figure) => figure.field === field);
    const read = parseAnswer(trimmed, fieldKind(knowledge, field));
    // “研发投了150万” at the 主营业务收入 question: the only figure is named as another field's, so it
    // answers that one (kept below) and not this one, which is asked again.
    const anotherFields = !named && read.kind === 'value' && figures.some((figure) => figure.field !== field && figure.value === read.value);
    const parsed: ParsedAnswer = anotherFields ? { kind: 'invalid' } : read.kind === 'invalid' && named ? { kind: 'value', value: named.value, note: named.note ?? 'from-sentence' } : read;
    const share = parsed.kind === 'invalid' ? shareFromCount(knowledge, field, trimmed, state.profile) : undefined;
    if (share) {
      writeField(profile, field, share.value);
      notice = texts.shareOf(share.count, share.baseLabel, share.base, share.value);
    } else if (parsed.kind === 'invalid') {
      // “员工大概150人” typed at a yes/no question answers a later one: kept, so that it is not asked
      // again, and this question is asked again. It was met with “没看懂” and then asked later.
      const early = writeStatedFigures(knowledge, profile, figures, field);
      if (early.length) return { kind: 'not-understood', state: { ...state, profile: profile as Profile }, question, hint: texts.recordedForLater(early, question.example) };
      const hint = parsed.listLength ? allTexts.noSuchItem(parsed.listLength, false) : texts.retry(question.example, !!question.explain);
      return { kind: 'not-understood', state: { ...state, invalidAnswers: state.invalidAnswers + 1 }, question, hint };
    } else if (parsed.kind === 'ambiguous') {
      return { kind: 'not-understood', state, question, hint: texts.whichOne(parsed.labels), replied: true };
    } else if (parsed.kind === 'unknown') {
      return leaveUnknown(knowledge, state, question, texts.leftUnknown);
    } else {
      const value: FieldValue = parsed.value;
      writeField(profile, field, value);
      if (parsed.note && typeof value === 'number') notice = texts.readAs(formatValue(value, fieldKind(knowledge, field)), parsed.note);
    }
    // “员工120人 营收5000万” answers the next question too.
    const also = writeStatedFigures(knowledge, profile, figures, field);
    if (also.length) notice = [notice, texts.alsoRecorded(also)].filter(Boolean).join('\n');
  }
  // The same contract as `assess --input`: a negative head count or 120% of staff is a typo.
  if (!profileSchema.safeParse(profile).success) {
    return { kind: 'not-understood', state: { ...state, invalidAnswers: state.invalidAnswers + 1 }, question, hint: texts.outOfRange(question.example) };
  }
  return nextStep(knowledge, { ...state, profile: profile as Profile, history: [...state.history, question.id], invalidAnswers: 0 }, notice);
}

/**
 * “研发人员20个人” to 研发人员占比: a head count, divided by the staff count already given
 * (`shareOf` in profile-fields.yaml). Nothing when the field is no such share, the staff count is
 * unknown, or the count exceeds it.
 */
function shareFromCount(knowledge: KnowledgeBase, field: string, text: string, profile: Profile): { value: number; count: number; base: number; baseLabel: string } | undefined {
  const definition = knowledge.criteria!.profileFields.fields.find((candidate) => candidate.id === field);
  if (!definition?.shareOf) return undefined;
  const base = readField(profile as Record<string, unknown>, definition.shareOf);
  if (typeof base !== 'number' || base <= 0) return undefined;
  const count = parseQuantity(text, '人');
  if (count.kind !== 'value' || typeof count.value !== 'number' || count.value < 0 || count.value > base) return undefined;
  return { value: Math.round((count.value / base) * 1000) / 10, count: count.value, base, baseLabel: labelOf(knowledge, definition.shareOf) };
}

/** “?”, “什么意思”, “什么是Ⅰ类知识产权”: the owner wants the terms of the question explained. */
function asksForExplanation(text: string): boolean {
  return /^[?？]+$|什么意思|啥意思|什么是|是什么|解释一下|不懂|看不懂|怎么算/u.test(text);
}

function formatValue(value: number, kind: FieldKind): string {
  const unit = kind.type === 'number' ? (kind.unit === '万元' ? '万元' : kind.unit) : '';
  return `${value}${unit}`;
}

/**
 * Policy Q&A inside the bot: the answer with its citation, a question back when the evidence is
 * split, or an honest “not covered” that offers a person and the menu and is logged for admins.
 *
 * Numbers mean the last list shown: after “您还可以问：1… 2…” or an ask-back, “2” answers that
 * list's second item (so does its label, or a tapped button that sends the label), not the main
 * menu's 2. The list is remembered per user, so it works across processes (`ask --user`).
 */
import { answerChoice, answerQuestion, type Choice, type PolicyAnswer } from '../answers/compose.js';
import { meantQuestion, subjectOf } from '../answers/follow-up.js';
import { statedFigures } from '../assessment/figures.js';
import { maskPersonalData } from '../infrastructure/privacy.js';
import { MENU_ITEMS, texts } from '../texts.js';
import { normalizeCharacters } from '../retrieval/analyzer.js';
import type { Turn } from './turn.js';
import type { IntentGrammar } from '../knowledge/model.js';
import { matchIntent } from '../forms/command-grammar.js';
import { asksWhetherQualifies } from './intents.js';
import { listPosition, parseBareQuantity } from '../forms/answer-parser.js';
import type { ShownList, UserRecord } from './user-store.js';

export const MENU_OPTIONS = MENU_ITEMS.map((item) => item.label);

export async function answerPolicyQuestion(turn: Turn): Promise<void> {
  const { knowledge, search } = turn.services.knowledge.current;
  const { lastAnswered } = await turn.services.users.get(turn.user.channel, turn.user.id);
  const recent = lastAnswered && Date.now() - Date.parse(lastAnswered.at) < FOLLOW_UP_WINDOW_MS ? lastAnswered : undefined;
  const meant = recent && meantQuestion(search.analyzer, knowledge.dictionary, turn.text, recent);
  if (meant) {
    // Answered as meant, under a line saying how it was read; if that finds nothing, the question
    // alone is answered. “税融通额度多少” finds that the knowledge names 税融通 but no amount: that is
    // the answer to “额度多少”, not nothing.
    const answer = answerQuestion(knowledge, search, meant);
    if (answer.kind !== 'out-of-scope' || answer.reason === 'not-stated') return sayAnswer(turn, understoodAs(answer, meant), meant);
  }
  await sayAnswer(turn, answerQuestion(knowledge, search, turn.text), turn.text);
}

/** How long after an answer “额度多少” or “政银担呢” still leans on it. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;

/** The answer to a follow-up, opened with the question it was read as, so that a wrong reading shows. */
function understoodAs(answer: PolicyAnswer, meant: string): PolicyAnswer {
  const line = texts.answer.understoodAs(meant);
  if (answer.kind === 'answer') return { ...answer, text: `${line}\n${answer.text}`, body: `${line}\n${answer.body}` };
  return { ...answer, text: `${line}\n${answer.text}` };
}

/**
 * Says an answer and records, in one write of the user's record, what the next message needs: the
 * list now shown, the questions in a row without an answer, when the full status note was shown.
 */
async function sayAnswer(turn: Turn, answer: PolicyAnswer, question: string): Promise<void> {
  const record = await turn.services.users.get(turn.user.channel, turn.user.id);
  const missesInRow = answer.kind === 'answer' ? 0 : (record.missesInRow ?? 0) + 1;
  const { knowledge, search } = turn.services.knowledge.current;
  // A decline leaves nothing to follow up on, unless it named the topic (“提到了税融通，但没有写明它的金额”:
  // “怎么申请” next is still about 税融通); a question with no subject of its own keeps the last one's.
  const leavesNoSubject = answer.kind === 'out-of-scope' && answer.reason !== 'not-stated';
  const subject = leavesNoSubject ? [] : subjectOf(search.analyzer, knowledge.dictionary, question);
  // Kept on disk with the user's state: a phone number or credit code in it is masked first.
  const lastAnswered = leavesNoSubject ? undefined : { question: maskPersonalData(question), subject: subject.length ? subject : (record.lastAnswered?.subject ?? []), at: new Date().toISOString() };
  // “营收5000万 员工200人 能评专精特新吗”: the self-assessment this points to will not ask them again.
  const figures = knowledge.criteria ? statedFigures(knowledge.criteria, question) : [];
  const stated = figures.length ? { statedFigures: { figures, at: new Date().toISOString() } } : {};
  const update = (change: Partial<UserRecord>) => turn.services.users.update(turn.user.channel, turn.user.id, (current) => ({ ...current, missesInRow, lastAnswered, ...stated, ...change }));
  // Whether this company qualifies is for the self-assessment to tell: say so under the answer, the
  // ask-back or the decline (“我们是做食品的能申请专精特新吗” finds no clause, but 自测 answers it), and
  // under the conditions held against the owner's figures (“研发一年八十来万 够不够”).
  const withAssessmentHint = (text: string, pointsToAssessment = false) =>
    pointsToAssessment || asksWhetherQualifies(turn.services.knowledge.current.search.analyzer.spell(question)) ? `${text}\n${texts.answer.tryAssessment}` : text;
  if (answer.kind === 'answer') {
    const note = statusNote(record, answer);
    await update({ shownList: { kind: 'follow-ups', question, choices: answer.followUps }, ...(note.shownNow ? { statusNoteShownAt: new Date().toISOString() } : {}) });
    await turn.say({ text: withAssessmentHint(note.text, answer.pointsToAssessment), intent: 'qa', citations: answer.citations, options: answer.followUps.map((choice) => choice.label) });
    return;
  }
  if (answer.kind === 'clarify') {
    await update({ shownList: { kind: 'clarify', question, choices: answer.options } });
    const text = missesInRow >= 2 ? `${answer.text}\n${texts.handoff.offerAfterMisses}` : withAssessmentHint(answer.text);
    await turn.say({ text, intent: 'clarify', options: answer.options.map((choice) => choice.label) });
    return;
  }
  // Form answers typed after a form ended (“跳过”, “百分之十五”) are not questions: not worth an admin's review.
  if (!isFormAnswer(question, turn.services.knowledge.current.knowledge.intents)) {
    turn.services.unanswered.record({ channel: turn.user.channel, question, reason: answer.reason });
  }
  // A one-off asker cannot be reached by staff: no person is offered (see openHandoff).
  const offer = turn.services.oneOff ? [] : [texts.handoff.offer];
  await update({ shownList: turn.services.oneOff ? undefined : { kind: 'handoff-offer', question } });
  await turn.say({
    text: [withAssessmentHint(answer.text), ...offer, texts.outOfScope.suggestion, ...MENU_ITEMS.map((item) => `${item.number}. ${item.label}`)].join('\n'),
    intent: 'fallback',
    options: MENU_OPTIONS,
  });
}

function isFormAnswer(text: string, grammar: IntentGrammar): boolean {
  if (matchIntent(text, grammar)) return true;
  const quantity = parseBareQuantity(text, '%');
  return quantity.kind === 'value' || parseBareQuantity(text, '万元').kind === 'value' || parseBareQuantity(text, '人').kind === 'value';
}

/** A conversation is new again after this long without an answer: the full note is shown again. */
const CONVERSATION_GAP_MS = 24 * 60 * 60 * 1000;

/**
 * The policy's status note (dated 2018, targets for 2020) matters, but eight lines of it under every
 * answer bury the answer on a phone: in full once per conversation, then one short line.
 */
function statusNote(record: Readonly<UserRecord>, answer: Extract<PolicyAnswer, { kind: 'answer' }>): { text: string; shownNow: boolean } {
  if (!answer.statusLine) return { text: answer.text, shownNow: false };
  const shownAt = record.statusNoteShownAt ? Date.parse(record.statusNoteShownAt) : 0;
  if (Date.now() - shownAt < CONVERSATION_GAP_MS) return { text: answer.text.replace(answer.statusLine, texts.answer.statusShort), shownNow: false };
  return { text: answer.text, shownNow: true };
}

/** Records the list the user now sees, so that a number typed next picks from it. */
export async function remember(turn: Turn, list: ShownList | undefined): Promise<void> {
  const current = (await turn.services.users.get(turn.user.channel, turn.user.id)).shownList;
  if (!current && (!list || list.kind === 'menu')) return;
  await turn.services.users.update(turn.user.channel, turn.user.id, (record) => ({ ...record, shownList: list }));
}

/**
 * What this message picks from the last follow-up or ask-back list (by number, label or button):
 * an item, or a number past the list's end (“12” after two options), which is a slip, not a
 * question. Nothing when it picks nothing; the main menu's items are left to the router.
 */
export async function pickedFromShownList(turn: Turn): Promise<PickedFromList | undefined> {
  const list = (await turn.services.users.get(turn.user.channel, turn.user.id)).shownList;
  const position = listPosition(turn.text);
  if (list?.kind === 'menu') return position !== undefined && position > MENU_OPTIONS.length ? { kind: 'no-such-item', count: MENU_OPTIONS.length } : undefined;
  if (!list || (list.kind !== 'follow-ups' && list.kind !== 'clarify') || !list.choices.length) return undefined;
  if (position !== undefined) {
    const choice = list.choices[position - 1];
    return choice ? { kind: 'item', choice, question: list.question } : { kind: 'no-such-item', count: list.choices.length };
  }
  const bare = (label: string) => normalizeCharacters(label).replace(/[\s。.!！?？~～,，、]+/gu, '');
  const text = bare(turn.text);
  const choice = list.choices.find((item) => bare(item.label) === text);
  return choice ? { kind: 'item', choice, question: list.question } : undefined;
}

export type PickedFromList = { kind: 'item'; choice: Choice; question: string } | { kind: 'no-such-item'; count: number };

/** Answers an item picked from the last list: at once, with the passage it stood for. */
export async function answerPicked(turn: Turn, picked: PickedFromList): Promise<void> {
  // The list stays the last one shown: the next number still picks from it.
  if (picked.kind === 'no-such-item') return turn.say({ text: texts.noSuchItem(picked.count), intent: 'help' });
  const { knowledge, search } = turn.services.knowledge.current;
  // The choice's own wording quotes best; the owner's question still says what the company is
  // (“500人 营收5000万”), for a rule the answer applies to it.
  const answer = answerChoice(knowledge, search, picked.choice.key, picked.choice.label, picked.question) ?? answerQuestion(knowledge, search, picked.choice.label);
  await sayAnswer(turn, answer, picked.choice.label);
}

/**
 * In the middle of a form: answer only when the knowledge base is confident, else stay silent.
 * Without the follow-ups: the form's question comes next, and a number answers it.
 */
export async function tryAnswerPolicyQuestion(turn: Turn): Promise<boolean> {
  const answer = answerInForm(turn);
  if (answer.kind !== 'answer') return false;
  await sayAnswerInForm(turn, answer);
  return true;
}

function answerInForm(turn: Turn): PolicyAnswer {
  const { knowledge, search } = turn.services.knowledge.current;
  return answerQuestion(knowledge, search, turn.text);
}

async function sayAnswerInForm(turn: Turn, answer: Extract<PolicyAnswer, { kind: 'answer' }>): Promise<void> {
  await turn.say({ text: answer.body, intent: 'qa', citations: answer.citations });
}

/**
 * In the middle of a form, a message shaped like a question that the form could not read as an
 * answer: the owner asked something. Answered when the knowledge is confident, and declined saying
 * what the knowledge lacks (“…没有写明它的经办银行或机构”) when it is not, where “没看懂这个回答”
 * would blame an answer the owner never gave. Where the owner could be asked back, the options are
 * only named: their numbers would be read as answers to the form's own list.
 */
export async function answerOrDeclineInForm(turn: Turn): Promise<boolean> {
  const answer = answerInForm(turn);
  if (answer.kind === 'clarify') {
    await turn.say({ text: [...answer.lead, texts.clarify.inForm(answer.options.map((option) => option.label))].join('\n'), intent: 'help' });
    return true;
  }
  if (answer.kind === 'answer') {
    await sayAnswerInForm(turn, answer);
    return true;
  }
  turn.services.unanswered.record({ channel: turn.user.channel, question: turn.text, reason: answer.reason });
  await turn.say({ text: answer.text, intent: 'fallback' });
  return true;
}

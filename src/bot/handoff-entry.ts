/**
 * The owner's side of human handoff (人工咨询): opening a request (with the question written in
 * the same message, or the question the bot just failed to answer), what happens to messages
 * while it is open, and withdrawing it. Staff's side is `src/handoff/service.ts`.
 */
import { answerQuestion } from '../answers/compose.js';
import { foldForMatching } from '../forms/answer-parser.js';
import { texts } from '../texts.js';
import { classifyWith, handoffQuestion } from './intents.js';
import { addressOf, type Turn } from './turn.js';
import type { HandoffRequest } from '../handoff/store.js';

/** “人工”, the menu's 5, or “我要找人工，税融通怎么申请”. */
export async function openHandoff(turn: Turn, question = handoffQuestion(turn.text, turn.services.knowledge.current.knowledge.intents) ?? ''): Promise<void> {
  // A staff reply could never reach a one-off question's asker: say where a person can be found instead.
  if (turn.services.oneOff) return turn.say({ text: texts.handoff.notForOneOff, intent: 'handoff' });
  const open = turn.services.handoff.openFor(addressOf(turn));
  if (open && !question) return turn.say({ text: texts.handoff.status(open.id, open.status), intent: 'handoff' });
  const { request, existing } = await requestHandoff(turn, question);
  await turn.say({ text: existing ? texts.handoff.addedToOpen(request.id) : texts.handoff.opened(request.id, Boolean(question)), intent: 'handoff' });
}

/**
 * “人工” in the middle of a form: the owner is stuck on a question, and staff are told which one.
 * The form stays open on it, so what the owner says is for the form; the reply says so.
 */
export async function openHandoffFromForm(turn: Turn, formName: string, question: string): Promise<void> {
  if (turn.services.oneOff) return turn.say({ text: texts.handoff.notForOneOff, intent: 'handoff' });
  const asked = handoffQuestion(turn.text, turn.services.knowledge.current.knowledge.intents);
  const { request } = await requestHandoff(turn, `${asked ?? ''}${texts.handoff.stuckInForm(formName, question)}`);
  await turn.say({ text: texts.handoff.openedFromForm(request.id, formName), intent: 'handoff' });
}

async function requestHandoff(turn: Turn, question: string): Promise<{ request: HandoffRequest; existing: boolean }> {
  const { handoff, users } = turn.services;
  // The company, if a form told it: the self-assessment's name, else the latest financing need's.
  const company = (await users.get(turn.user.channel, turn.user.id)).profile?.name ?? (await turn.services.needs.forUser(turn.user.channel, turn.user.id)).at(-1)?.companyName;
  return handoff.open(addressOf(turn), question, company);
}

/**
 * A message while the owner's request is open: attached and passed to staff, unless it is a
 * command or a policy question the knowledge answers with confidence. Returns false when the
 * normal routing should handle it.
 */
export async function forwardWhileOpen(turn: Turn, request: HandoffRequest): Promise<boolean> {
  const { knowledge, search } = turn.services.knowledge.current;
  // Right after “人工” alone the next message is the question for staff, whatever the knowledge holds.
  const awaitingQuestion = !request.messages.some((message) => message.from === 'owner');
  // “是”, “好的” to “请直接写下您想咨询的问题”: agreement, not the question; staff would get “是”.
  const folded = foldForMatching(turn.text).replace(/[啊吧呀的呢了哈]+$/u, '');
  if (awaitingQuestion && ACCEPT_OFFER.test(folded)) {
    await turn.say({ text: texts.handoff.askForQuestion(request.id), intent: 'handoff' });
    return true;
  }
  if (classifyWith(turn.services.knowledge.current, turn.text) !== 'question') return false;
  if (!awaitingQuestion && answerQuestion(knowledge, search, turn.text).kind === 'answer') return false;
  const { notice } = await turn.services.handoff.forward(request, turn.text);
  if (notice) await turn.say({ text: notice === 'first' ? texts.handoff.forwarded(request.id) : texts.handoff.forwardedAgain(request.id), intent: 'handoff' });
  return true;
}

/**
 * A short yes to “需要转人工吗？”. Only a reply that is nothing but a yes counts: “有没有贴息” starts
 * like a yes (有) but is the owner's next question, and “好的谢谢” closes the conversation.
 */
const ACCEPT_OFFER = /^(?:是的?|对的?|好的?|好啊|行|可以|要的?|需要|嗯+|转人工|转吧|转|麻烦(?:你)?了|ok|yes)+$/iu;

/** A short no to the same offer: “不用了”, “没有”, “不需要了吧” (“算了” is the cancel command). Read as a question, it would be declined again and a person offered again. */
const DECLINE_OFFER = /^(?:不用了?|不需要了?|不要了?|没有了?|没事了?|不了|否|先不用|暂时不用|no)+$/iu;

/** The answer to “需要转人工吗？” after a decline: yes opens a request with the question that failed; no is acknowledged. */
export async function answerHandoffOffer(turn: Turn, question: string): Promise<boolean> {
  const folded = foldForMatching(turn.text);
  const bare = folded.replace(/[啊吧呀的呢了哈]+$/u, '');
  if (DECLINE_OFFER.test(folded) || DECLINE_OFFER.test(bare)) {
    await turn.services.users.update(turn.user.channel, turn.user.id, (record) => ({ ...record, shownList: undefined }));
    await turn.say({ text: texts.handoff.offerDeclined, intent: 'handoff' });
    return true;
  }
  if (!ACCEPT_OFFER.test(folded) && !ACCEPT_OFFER.test(bare)) return false;
  await openHandoff(turn, question);
  return true;
}

/** “取消” with no form running and a request open: the owner withdraws it; staff are told. */
export async function cancelOpenHandoff(turn: Turn): Promise<boolean> {
  const request = turn.services.handoff.openFor(addressOf(turn));
  if (!request) return false;
  await turn.services.handoff.cancelByOwner(request);
  await turn.say({ text: texts.handoff.cancelled(request.id), intent: 'cancel' });
  return true;
}

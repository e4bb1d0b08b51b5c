/**
 * Policy Q&A inside the bot: the answer with its citation, or an honest “not covered” that
 * shows the menu and is logged for admins.
 */
import { answerQuestion } from '../answers/compose.js';
import { MENU_ITEMS, texts } from '../texts.js';
import type { Turn } from './turn.js';

export const MENU_OPTIONS = MENU_ITEMS.map((item) => item.label);

export async function answerPolicyQuestion(turn: Turn): Promise<void> {
  const { knowledge, search } = turn.services.knowledge.current;
  const answer = answerQuestion(knowledge, search, turn.text);
  if (answer.kind === 'answer') {
    await turn.say({ text: answer.text, intent: 'qa', citations: answer.citations, options: answer.followUps });
    return;
  }
  turn.services.unanswered.record({ channel: turn.user.channel, question: turn.text, reason: answer.reason });
  await turn.say({
    text: `${answer.text}\n${texts.outOfScope.suggestion}\n${MENU_ITEMS.map((item) => `${item.number}. ${item.label}`).join('\n')}`,
    intent: 'fallback',
    options: MENU_OPTIONS,
  });
}

/** In the middle of a form: answer only when the knowledge base is confident, else stay silent. */
export async function tryAnswerPolicyQuestion(turn: Turn): Promise<boolean> {
  const { knowledge, search } = turn.services.knowledge.current;
  const answer = answerQuestion(knowledge, search, turn.text);
  if (answer.kind !== 'answer') return false;
  await turn.say({ text: answer.text, intent: 'qa', citations: answer.citations });
  return true;
}

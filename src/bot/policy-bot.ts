/**
 * The channel-agnostic bot: one Botkit controller with the menu, help, interrupts and policy
 * Q&A. Channel adapters hand it botbuilder TurnContexts; it never imports a channel.
 *
 * Turn order (Botkit's): receive middleware → interrupts (取消 / 菜单) → active dialog →
 * message handler → state saved after the turn.
 */
import type { BotAdapter, Storage, TurnContext } from 'botbuilder';
import { Botkit, type BotWorker, type BotkitMessage } from 'botkit';
import { answerQuestion } from '../answers/compose.js';
import type { Logger } from '../infrastructure/logger.js';
import type { KnowledgeStore } from '../knowledge/store.js';
import { texts, MENU_ITEMS } from '../texts.js';
import { classify, INTERRUPT_PATTERNS, type Intent } from './intents.js';
import { createTurn, replyActivity, type BotServices, type Turn } from './turn.js';
import { TurnQueue } from './turn-queue.js';
import { UnansweredLog } from './unanswered-log.js';

export interface PolicyBotOptions {
  adapter: BotAdapter;
  storage: Storage;
  knowledge: KnowledgeStore;
  dataDirectory: string;
  logger: Logger;
}

export interface PolicyBot {
  controller: Botkit;
  services: BotServices;
  /** Runs one incoming turn; turns of the same conversation run one at a time, in order. */
  handleTurn(context: TurnContext): Promise<void>;
  /** Resolves when no turn is in flight (graceful shutdown). */
  idle(): Promise<void>;
}

const MENU_OPTIONS = MENU_ITEMS.map((item) => item.label);

export function createPolicyBot(options: PolicyBotOptions): PolicyBot {
  const services: BotServices = {
    knowledge: options.knowledge,
    unanswered: new UnansweredLog(options.dataDirectory),
    logger: options.logger,
  };
  const controller = new Botkit({
    adapter: options.adapter,
    storage: options.storage,
    disable_webserver: true,
    disable_console: true,
  });
  const turnOf = (bot: BotWorker, message: BotkitMessage) => createTurn(bot, message, services);

  controller.interrupts(INTERRUPT_PATTERNS.cancel, 'message', async (bot, message) => {
    const turn = turnOf(bot, message);
    const active = bot.hasActiveDialog();
    await bot.cancelAllDialogs();
    await turn.say({ text: active ? texts.cancelled : texts.nothingToCancel, intent: 'cancel' });
    await showMenu(turn);
  });
  controller.interrupts(INTERRUPT_PATTERNS.menu, 'message', async (bot, message) => {
    await bot.cancelAllDialogs();
    await showMenu(turnOf(bot, message));
  });
  controller.on('message', async (bot, message) => {
    await route(turnOf(bot, message), classify(message.text));
  });

  const queue = new TurnQueue();
  return {
    controller,
    services,
    handleTurn: (context) => {
      const key = `${context.activity.channelId}/${context.activity.conversation.id}`;
      return queue.run(key, async () => {
        try {
          await controller.handleTurn(context);
        } catch (error) {
          // The user gets one short sentence; the details go to the log for the operators.
          options.logger.error('处理消息失败', { channel: context.activity.channelId, error: error as Error, stack: (error as Error).stack });
          await context.sendActivity(replyActivity({ text: texts.internalError, intent: 'error' })).catch(() => undefined);
        }
      });
    },
    idle: () => queue.idle(),
  };
}

async function route(turn: Turn, intent: Intent): Promise<void> {
  switch (intent) {
    case 'empty':
      return turn.say({ text: texts.emptyMessage, intent: 'help' });
    case 'greeting':
      await turn.say({ text: texts.greeting, intent: 'greeting' });
      return showMenu(turn);
    case 'menu':
      return showMenu(turn);
    case 'cancel':
      return turn.say({ text: texts.nothingToCancel, intent: 'cancel' });
    case 'help':
      return turn.say({ text: texts.help, intent: 'help' });
    case 'consult':
      return turn.say({ text: texts.askAQuestion, intent: 'consult' });
    case 'handoff':
      turn.services.logger.info('人工咨询请求', { channel: turn.user.channel, user: turn.user.id });
      return turn.say({ text: texts.handoff, intent: 'handoff' });
    case 'assessment':
      return turn.say({ text: texts.comingSoon(MENU_ITEMS[1].label), intent: 'assessment' });
    case 'financing':
      return turn.say({ text: texts.comingSoon(MENU_ITEMS[2].label), intent: 'financing' });
    case 'question':
      return answerPolicyQuestion(turn);
  }
}

export async function showMenu(turn: Turn): Promise<void> {
  await turn.say({ text: texts.menu, intent: 'menu', options: MENU_OPTIONS });
}

/** Answers from the knowledge base, or says plainly that it does not know and logs the question. */
export async function answerPolicyQuestion(turn: Turn): Promise<void> {
  const { knowledge, search } = turn.services.knowledge.current;
  const answer = answerQuestion(knowledge, search, turn.text);
  if (answer.kind === 'answer') {
    await turn.say({ text: answer.text, intent: 'qa', citations: answer.citations });
    return;
  }
  await turn.services.unanswered.record({ channel: turn.user.channel, question: turn.text, reason: answer.reason });
  await turn.say({
    text: `${answer.text}\n${texts.outOfScope.suggestion}\n${MENU_ITEMS.map((item) => `${item.number}. ${item.label}`).join('\n')}`,
    intent: 'fallback',
    options: MENU_OPTIONS,
  });
}

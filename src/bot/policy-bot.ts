/**
 * The channel-agnostic bot: one Botkit controller with the menu, help, interrupts and policy
 * Q&A. Channel adapters hand it `IncomingMessage`s and a sink for the replies; it never imports a channel.
 *
 * Turn order (Botkit's): receive middleware → interrupts (取消 / 菜单) → active dialog →
 * message handler → state saved after the turn.
 */
import type { Storage, TurnContext } from 'botbuilder';
import type { IncomingMessage, OutgoingMessage, ReplySink } from '../channels/contract.js';
import { addressActivity, CoreAdapter } from './core-adapter.js';
import { Botkit, type BotWorker, type BotkitMessage } from 'botkit';
import { BotkitConversationState } from 'botkit/lib/conversationState.js';
import type { Logger } from '../infrastructure/logger.js';
import type { KnowledgeStore } from '../knowledge/store.js';
import { assess } from '../assessment/engine.js';
import { details } from '../assessment/report.js';
import { texts } from '../texts.js';
import { createAssessmentDialog } from './dialogs/assessment-dialog.js';
import { answerHowToImprove, continueAssessment, mayAmendAssessment, startAssessment } from './assessment-entry.js';
import { createFinancingDialog, FINANCING_DIALOG } from './dialogs/financing-dialog.js';
import { startFinancingForm } from '../financing/form.js';
import { NEED_ID, type NeedsStore } from '../financing/needs-store.js';
import { ownerNeedLine } from '../financing/render.js';
import { AssessmentLog } from '../assessment/assessment-log.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { HandoffService } from '../handoff/service.js';
import { classifyWith, matchIntent, type Intent } from './intents.js';
import { answerPicked, answerPolicyQuestion, MENU_OPTIONS, pickedFromShownList, remember } from './policy-answers.js';
import { addressOf, createDirectTurn, createTurn, outgoingOf, turnFailed, withinBotkit, type BotServices, type Turn } from './turn.js';
import { answerHandoffOffer, cancelOpenHandoff, forwardWhileOpen, openHandoff } from './handoff-entry.js';
import { TurnQueue } from './turn-queue.js';
import { UnansweredLog } from './unanswered-log.js';
import { UserStore } from './user-store.js';

export interface PolicyBotOptions {
  storage: Storage;
  knowledge: KnowledgeStore;
  needs: NeedsStore;
  channels: ChannelRegistry;
  handoff: HandoffService;
  dataDirectory: string;
  logger: Logger;
  /** Each message comes from a new anonymous user (`policy-bot ask` without --user). */
  oneOff?: boolean;
}

export interface PolicyBot {
  controller: Botkit;
  services: BotServices;
  /** Runs one turn of a channel's message; its replies go to `sink` in order. Turns of one conversation run one at a time, in order. */
  receive(message: IncomingMessage, sink: ReplySink): Promise<void>;
  /** One turn with its replies collected (the terminal, the web's request/response paths). */
  ask(message: IncomingMessage): Promise<OutgoingMessage[]>;
  /** Resolves when no turn is in flight (graceful shutdown). */
  idle(): Promise<void>;
}

export function createPolicyBot(options: PolicyBotOptions): PolicyBot {
  const services: BotServices = {
    knowledge: options.knowledge,
    unanswered: new UnansweredLog(options.dataDirectory),
    users: new UserStore(options.storage),
    needs: options.needs,
    assessments: new AssessmentLog(options.dataDirectory),
    channels: options.channels,
    handoff: options.handoff,
    logger: options.logger,
    oneOff: Boolean(options.oneOff),
  };
  const adapter = new CoreAdapter();
  const controller = new Botkit({
    adapter,
    storage: options.storage,
    disable_webserver: true,
    disable_console: true,
  });
  const turnOf = (bot: BotWorker, message: BotkitMessage) => createTurn(bot, message, services);

  // Interrupts run before an active dialog sees the message; the same grammar as the router decides.
  const saysCommand = (command: 'cancel' | 'menu') => async (message: BotkitMessage) =>
    matchIntent(typeof message.text === 'string' ? message.text : '', options.knowledge.current.knowledge.intents) === command;
  // Every handler Botkit calls is wrapped: see withinBotkit.
  const handle = (handler: (bot: BotWorker, message: BotkitMessage) => Promise<void>) => (bot: BotWorker, message: BotkitMessage) =>
    withinBotkit(bot, options.logger, () => handler(bot, message), () => undefined);
  controller.interrupts(
    saysCommand('cancel'),
    'message',
    handle(async (bot, message) => {
      const turn = turnOf(bot, message);
      const active = bot.hasActiveDialog();
      if (!active && (await cancelOpenHandoff(turn))) return;
      await bot.cancelAllDialogs();
      await turn.say({ text: active ? texts.cancelled : texts.nothingToCancel, intent: 'cancel' });
      await showMenu(turn);
    }),
  );
  controller.interrupts(
    saysCommand('menu'),
    'message',
    handle(async (bot, message) => {
      await bot.cancelAllDialogs();
      await showMenu(turnOf(bot, message));
    }),
  );
  controller.addDialog(createAssessmentDialog(controller, services));
  controller.addDialog(createFinancingDialog(controller, services));
  controller.on(
    'message',
    handle(async (bot, message) => {
      const turn = turnOf(bot, message);
      if (await respondWithoutDialog(turn)) return;
      if (await continueAssessment(turn)) return;
      await route(turn, classifyWith(turn.services.knowledge.current, message.text));
    }),
  );

  const queue = new TurnQueue();
  // Reads the dialog stack as Botkit stores it (same storage, same keys), without running Botkit.
  const dialogState = new BotkitConversationState(options.storage);
  const hasActiveDialog = async (message: IncomingMessage) => {
    // The stored item as it is: BotState.load would also hash it for change detection, which a read-only look does not need.
    const key = dialogState.getStorageKey({ activity: addressActivity(message) } as TurnContext);
    if (!key) return false;
    const stored = (await options.storage.read([key]))[key] as { dialogState?: { dialogStack?: unknown[] } } | undefined;
    return !!stored?.dialogState?.dialogStack?.length;
  };
  adapter.handleTurn = (context) => controller.handleTurn(context);
  const receive = (message: IncomingMessage, sink: ReplySink): Promise<void> =>
    queue.run(`${message.channel}/${message.conversationId}`, async () => {
      const send = recordingSink(services, message, sink);
      try {
        await deliverPending(services, message, send);
        // A policy question with no form running needs neither Botkit nor botbuilder (most of a turn's cost).
        const question = classifyWith(services.knowledge.current, message.text) === 'question';
        if (question && !(await hasActiveDialog(message)) && (await respondWithoutDialog(createDirectTurn(message, services, send), 'question'))) return;
        await adapter.receive(message, send);
      } catch (error) {
        await Promise.resolve(send(outgoingOf(turnFailed(options.logger, error, message.channel)))).catch(() => undefined);
      }
    });
  return {
    controller,
    services,
    receive,
    async ask(message) {
      const replies: OutgoingMessage[] = [];
      await receive(message, (reply) => void replies.push(reply));
      return replies;
    },
    idle: () => queue.idle(),
  };
}

/**
 * Every turn's lines are kept as the context a later handoff request shows staff (masked then):
 * the owner's message here, each reply as it goes out.
 */
function recordingSink(services: BotServices, message: IncomingMessage, sink: ReplySink): ReplySink {
  if (message.text) services.handoff.recentTurns.add(message.channel, message.userId, 'owner', message.text);
  return async (reply) => {
    if (reply.text) services.handoff.recentTurns.add(message.channel, message.userId, 'bot', reply.text);
    await sink(reply);
  };
}

/** Before the turn: staff messages that could not reach this user when they were sent come first. */
async function deliverPending(services: BotServices, message: IncomingMessage, send: ReplySink): Promise<void> {
  for (const pending of await services.handoff.takePending(message.channel, message.userId)) await send(outgoingOf(pending));
}

/**
 * What a message gets when no form is running and it starts none: an item picked from the last
 * list, the answer to “需要转人工吗？”, a message for staff while a handoff is open, or the answer to
 * a policy question. False when the message is for the router (a command, 自测, 修改 …).
 * `intent`: the message's class when the caller already knows it (the fast path asked first).
 */
async function respondWithoutDialog(turn: Turn, intent?: Intent): Promise<boolean> {
  const { services } = turn;
  const picked = await pickedFromShownList(turn);
  if (picked) return answerPicked(turn, picked).then(() => true);
  const shown = (await services.users.get(turn.user.channel, turn.user.id)).shownList;
  if (shown?.kind === 'handoff-offer' && (await answerHandoffOffer(turn, shown.question))) return true;
  const openRequest = services.handoff.openFor(addressOf(turn));
  if (openRequest && (await forwardWhileOpen(turn, openRequest))) return true;
  if (shown?.kind === 'reuse-assessment' || mayAmendAssessment(turn.text)) return false;
  if ((intent ?? classifyWith(services.knowledge.current, turn.text)) !== 'question') return false;
  await answerQuestion(turn);
  return true;
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
    case 'thanks':
      return turn.say({ text: texts.thanks, intent: 'greeting' });
    case 'acknowledge':
      return turn.say({ text: texts.acknowledged, intent: 'greeting' });
    case 'consult':
      return turn.say({ text: texts.askAQuestion, intent: 'consult' });
    case 'handoff':
      return openHandoff(turn);
    case 'details':
      return showAssessmentDetails(turn);
    case 'assessment':
      return startAssessment(turn);
    case 'financing': {
      await remember(turn, undefined);
      // Prefilled from the self-assessment the user may have done.
      const record = await turn.services.users.get(turn.user.channel, turn.user.id);
      return turn.begin(FINANCING_DIALOG, { state: startFinancingForm(record.profile) });
    }
    case 'myNeeds':
      return showOwnNeeds(turn);
    case 'withdraw':
      return withdrawNeed(turn);
    case 'question':
      return answerQuestion(turn);
  }
}

/** A question: about the owner's own self-assessment score (“还差12分 怎么补”), else about the policy. */
async function answerQuestion(turn: Turn): Promise<void> {
  if (await answerHowToImprove(turn)) return;
  await answerPolicyQuestion(turn);
}

export async function showMenu(turn: Turn): Promise<void> {
  await remember(turn, { kind: 'menu' });
  await turn.say({ text: texts.menu, intent: 'menu', options: MENU_OPTIONS });
}


/** “详情”: every indicator of the last self-assessment, recomputed with today's rules. */
async function showAssessmentDetails(turn: Turn): Promise<void> {
  const record = await turn.services.users.get(turn.user.channel, turn.user.id);
  const { knowledge } = turn.services.knowledge.current;
  if (!record.profile || !knowledge.criteria) return turn.say({ text: texts.questionnaire.noResultYet, intent: 'assessment' });
  const result = assess(knowledge, record.profile);
  await turn.say({ text: details(result), intent: 'assessment', citations: result.citations });
}

/** An owner sees their own needs only: the store is asked for this channel and user, nothing else. */
async function showOwnNeeds(turn: Turn): Promise<void> {
  const needs = await turn.services.needs.forUser(turn.user.channel, turn.user.id);
  const lines = needs.map(ownerNeedLine);
  await turn.say({ text: texts.financingForm.mine(lines), intent: 'financing' });
}

async function withdrawNeed(turn: Turn): Promise<void> {
  const id = NEED_ID.exec(turn.text)?.[1];
  if (!id) return turn.say({ text: texts.financingForm.withdrawWhich, intent: 'financing' });
  const outcome = await turn.services.needs.withdraw(id, turn.user.channel, turn.user.id);
  if (outcome.ok) return turn.say({ text: texts.financingForm.withdrawn(outcome.need.id), intent: 'financing' });
  const text = outcome.reason === 'closed' ? texts.financingForm.cannotWithdraw(outcome.status ?? '') : texts.financingForm.notYours;
  await turn.say({ text, intent: 'financing' });
}

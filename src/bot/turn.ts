/**
 * One context per conversational turn: the message, who sent it on which channel, the services
 * the handlers need and a `say` that knows where to answer. Handlers take a Turn, never Botkit.
 */
import type { BotWorker, BotkitMessage } from 'botkit';
import type { Address, IncomingMessage, OutgoingMessage, ReplySink } from '../channels/contract.js';
import type { Citation } from '../knowledge/citation.js';
import type { Logger } from '../infrastructure/logger.js';
import { texts } from '../texts.js';
import type { KnowledgeStore } from '../knowledge/store.js';
import type { UnansweredLog } from './unanswered-log.js';
import type { UserStore } from './user-store.js';
import type { NeedsStore } from '../financing/needs-store.js';
import type { AssessmentLog } from '../assessment/assessment-log.js';
import type { AssessmentResult } from '../assessment/engine.js';
import type { ChannelRegistry } from '../channels/registry.js';
import type { HandoffService } from '../handoff/service.js';

export type ReplyIntent =
  | 'greeting'
  | 'menu'
  | 'help'
  | 'consult'
  | 'handoff'
  /** A staff member's answer, delivered by the bot (human handoff). */
  | 'staff'
  | 'cancel'
  | 'qa'
  | 'clarify'
  | 'fallback'
  | 'assessment'
  | 'financing'
  | 'error';

export interface Reply {
  text: string;
  intent: ReplyIntent;
  citations?: Citation[];
  /** Choices a channel may show as buttons; the text lists them too, for channels without buttons. */
  options?: string[];
  /** A summary worth a card where the channel has cards (its title); plain text elsewhere. */
  card?: string;
  /** The finished self-assessment, as `policy-bot assess --json` prints it (for `ask --json`). */
  assessment?: AssessmentResult;
}

/** What every outgoing activity carries in `channelData`, for adapters and the CLI's --json. */
export interface ReplyMetadata {
  intent: ReplyIntent;
  citations: Citation[];
  options: string[];
  card?: string;
  assessment?: AssessmentResult;
}

export interface BotServices {
  knowledge: KnowledgeStore;
  unanswered: UnansweredLog;
  users: UserStore;
  needs: NeedsStore;
  assessments: AssessmentLog;
  channels: ChannelRegistry;
  handoff: HandoffService;
  logger: Logger;
  /** Each message comes from a new anonymous user whom nobody can reach later: no handoff request is opened for them. */
  oneOff: boolean;
}

export interface Turn {
  text: string;
  /** Who wrote, on which channel, and the conversation a later message reaches them in. */
  user: { id: string; channel: string; conversation: string };
  services: BotServices;
  say(reply: Reply): Promise<void>;
  /** Starts a form dialog (by id); its first question is asked in this turn. */
  begin(dialog: string, options?: Record<string, unknown>): Promise<void>;
}

/** Where the turn's user can be reached later (a staff reply). */
export function addressOf(turn: Turn): Address {
  return { channel: turn.user.channel, userId: turn.user.id, conversationId: turn.user.conversation };
}

export function replyActivity(reply: Reply): { text: string; channelData: ReplyMetadata } {
  return {
    text: reply.text,
    channelData: { intent: reply.intent, citations: reply.citations ?? [], options: reply.options ?? [], card: reply.card, assessment: reply.assessment },
  };
}

export function createTurn(bot: BotWorker, message: BotkitMessage, services: BotServices): Turn {
  const activity = message.incoming_message as { channelId?: string; conversation?: { id?: string } } | undefined;
  return {
    text: typeof message.text === 'string' ? message.text : '',
    user: { id: String(message.user), channel: activity?.channelId ?? 'unknown', conversation: String(activity?.conversation?.id ?? message.user) },
    services,
    say: async (reply) => {
      await bot.say(replyActivity(reply));
    },
    begin: async (dialog, options) => {
      await bot.beginDialog(dialog, options);
    },
  };
}

/**
 * Runs a handler that Botkit calls. Botkit drops the promises of its middleware callbacks, so an
 * error thrown in a handler would never reach the turn's caller: it would reject unhandled (which
 * ends the process) and leave the turn unfinished. Here it is logged, the owner gets one short
 * sentence, and `fallback` decides how the turn goes on (a form asks its question again).
 */
export async function withinBotkit<T>(bot: BotWorker, logger: Logger, handler: () => Promise<T>, fallback: () => Promise<T> | T): Promise<T> {
  try {
    return await handler();
  } catch (error) {
    await bot.say(replyActivity(turnFailed(logger, error))).catch(() => undefined);
    return fallback();
  }
}

/** A turn that failed: the details go to the log for the operators, the owner gets one short sentence. */
export function turnFailed(logger: Logger, error: unknown, channel?: string): Reply {
  logger.error('处理消息失败', { channel, error: error as Error, stack: (error as Error).stack });
  return { text: texts.internalError, intent: 'error' };
}

/** A reply as a channel receives it. */
export function outgoingOf(reply: Reply): OutgoingMessage {
  return { text: reply.text, intent: reply.intent, citations: reply.citations ?? [], options: reply.options ?? [], card: reply.card, assessment: reply.assessment };
}

/**
 * A turn answered without Botkit or botbuilder (the fast path for policy questions): replies go
 * straight to the channel's sink. It cannot start a form; the fast path is taken only when none will be started.
 */
export function createDirectTurn(message: IncomingMessage, services: BotServices, send: ReplySink): Turn {
  return {
    text: message.text,
    user: { id: message.userId, channel: message.channel, conversation: message.conversationId },
    services,
    say: async (reply) => {
      await send(outgoingOf(reply));
    },
    begin: async (dialog) => {
      throw new Error(`the fast path cannot start the dialog ${dialog}`);
    },
  };
}

/**
 * The metadata of an outgoing activity, whichever way it was made: our own `say` puts it in
 * channelData; Botkit dialog prompts carry their choices as `quick_replies`.
 */
export function replyMetadataOf(activity: { channelData?: unknown }): ReplyMetadata {
  const data = (activity.channelData ?? {}) as Partial<ReplyMetadata> & { quick_replies?: Array<{ title?: string }> };
  const options = data.options?.length ? data.options : (data.quick_replies ?? []).map((reply) => reply.title ?? '').filter(Boolean);
  return { intent: data.intent ?? 'qa', citations: data.citations ?? [], options, card: data.card, assessment: data.assessment };
}

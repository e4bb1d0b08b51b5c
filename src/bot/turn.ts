/**
 * One context per conversational turn: the message, who sent it on which channel, the services
 * the handlers need and a `say` that knows where to answer. Handlers take a Turn, never Botkit.
 */
import type { BotWorker, BotkitMessage } from 'botkit';
import type { Citation } from '../answers/compose.js';
import type { Logger } from '../infrastructure/logger.js';
import type { KnowledgeStore } from '../knowledge/store.js';
import type { UnansweredLog } from './unanswered-log.js';
import type { UserStore } from './user-store.js';
import type { NeedsStore } from '../financing/needs-store.js';

export type ReplyIntent =
  | 'greeting'
  | 'menu'
  | 'help'
  | 'consult'
  | 'handoff'
  | 'cancel'
  | 'qa'
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
}

/** What every outgoing activity carries in `channelData`, for adapters and the CLI's --json. */
export interface ReplyMetadata {
  intent: ReplyIntent;
  citations: Citation[];
  options: string[];
}

export interface BotServices {
  knowledge: KnowledgeStore;
  unanswered: UnansweredLog;
  users: UserStore;
  needs: NeedsStore;
  logger: Logger;
}

export interface Turn {
  text: string;
  user: { id: string; channel: string };
  services: BotServices;
  say(reply: Reply): Promise<void>;
}

export function replyActivity(reply: Reply): { text: string; channelData: ReplyMetadata } {
  return {
    text: reply.text,
    channelData: { intent: reply.intent, citations: reply.citations ?? [], options: reply.options ?? [] },
  };
}

export function createTurn(bot: BotWorker, message: BotkitMessage, services: BotServices): Turn {
  const channel = (message.incoming_message as { channelId?: string } | undefined)?.channelId ?? 'unknown';
  return {
    text: typeof message.text === 'string' ? message.text : '',
    user: { id: String(message.user), channel },
    services,
    say: async (reply) => {
      await bot.say(replyActivity(reply));
    },
  };
}

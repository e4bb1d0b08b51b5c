/**
 * The one botbuilder adapter of the bot. Channels hand the core an `IncomingMessage` and a sink for
 * the turn's replies; activities are built here and nowhere else, so channels never see botbuilder.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { IncomingMessage, OutgoingMessage, ReplySink } from '../channels/contract.js';
import { replyMetadataOf } from './turn.js';

/**
 * Where a message's activity comes from: channel, conversation and sender, as every activity of
 * its conversation carries them (Botkit keys a conversation's dialog state on these).
 */
export function addressActivity(message: IncomingMessage): Pick<Activity, 'channelId' | 'conversation' | 'from'> {
  return {
    channelId: message.channel,
    conversation: { id: message.conversationId, isGroup: Boolean(message.isGroup), conversationType: message.isGroup ? 'group' : 'personal', name: message.conversationId },
    from: { id: message.userId, name: message.userName ?? message.userId },
  };
}

export class CoreAdapter extends BotAdapter {
  /** Bound once the bot exists: Botkit needs an adapter before it can be built. */
  handleTurn: (context: TurnContext) => Promise<void> = async () => {
    throw new Error('CoreAdapter used before a bot was bound to it');
  };

  /** The sink of each turn in flight, by the id of its activity (botbuilder may wrap our TurnContext). */
  private readonly sinks = new Map<string, ReplySink>();

  /** Runs one turn; resolves after every reply of it went to `sink`. */
  async receive(message: IncomingMessage, sink: ReplySink): Promise<void> {
    const activity: Partial<Activity> = {
      ...addressActivity(message),
      type: ActivityTypes.Message,
      id: `${message.rawId}#${randomUUID()}`,
      timestamp: message.timestamp ?? new Date(),
      recipient: { id: 'policy-bot', name: 'policy-bot' },
      text: message.text,
      channelData: { buttonPayload: message.buttonPayload, mentions: message.mentions, rawId: message.rawId },
    };
    this.sinks.set(activity.id!, sink);
    try {
      await this.runMiddleware(new TurnContext(this, activity), this.handleTurn);
    } finally {
      this.sinks.delete(activity.id!);
    }
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sink = this.sinks.get(context.activity.id ?? '');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if ((activity.type === ActivityTypes.Message || activity.type === undefined) && activity.text) {
        const reply: OutgoingMessage = { text: activity.text, ...replyMetadataOf(activity) };
        await sink?.(reply);
      }
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async updateActivity(): Promise<void> {
    // Not offered by any channel of this bot.
  }

  async deleteActivity(): Promise<void> {
    // Not offered by any channel of this bot.
  }
}

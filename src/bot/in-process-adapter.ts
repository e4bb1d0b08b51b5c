/**
 * A botbuilder adapter for channels where one request gets the bot's replies back in one
 * response: the terminal (`ask`, `chat`) and the web (`POST /api/messages`, the page's
 * websocket). It turns a text into an incoming activity and collects the replies of that turn.
 */
import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { replyMetadataOf, type ReplyMetadata } from './turn.js';

export interface CollectedReply {
  text: string;
  metadata: ReplyMetadata;
}

export class InProcessAdapter extends BotAdapter {
  /** Replies by the id of the activity they answer: botbuilder may wrap the TurnContext we created. */
  private readonly collected = new Map<string, CollectedReply[]>();

  /** The bot is bound after construction: Botkit needs the adapter before the bot exists. */
  handleTurn: (context: TurnContext) => Promise<void> = async () => {
    throw new Error('InProcessAdapter used before a bot was bound to it');
  };

  constructor(readonly channelId: string) {
    super();
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sink = this.collected.get(context.activity.id ?? '');
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message || activity.type === undefined) {
        sink?.push({
          text: activity.text ?? '',
          metadata: replyMetadataOf(activity),
        });
      }
      return { id: randomUUID() };
    });
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async updateActivity(): Promise<void> {
    // Replies already handed back cannot be edited.
  }

  async deleteActivity(): Promise<void> {
    // Replies already handed back cannot be deleted.
  }

  /** One turn: the user's text in, the bot's replies out. */
  async receive(userId: string, text: string): Promise<CollectedReply[]> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      timestamp: new Date(),
      channelId: this.channelId,
      conversation: { id: userId, isGroup: false, conversationType: 'personal', name: userId },
      from: { id: userId, name: userId },
      recipient: { id: 'policy-bot', name: 'policy-bot' },
      text,
    };
    const replies: CollectedReply[] = [];
    this.collected.set(activity.id!, replies);
    try {
      await this.runMiddleware(new TurnContext(this, activity), this.handleTurn);
    } finally {
      this.collected.delete(activity.id!);
    }
    return replies;
  }
}

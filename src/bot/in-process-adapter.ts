/**
 * A botbuilder adapter for channels where one request gets the bot's replies back in one
 * response: the terminal (`ask`, `chat`) and the web (`POST /api/messages`, the page's
 * websocket). It turns a text into an incoming activity and collects the replies of that turn.
 */
import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import { ChannelAdapter } from './channel-adapter.js';
import { replyMetadataOf, type ReplyMetadata } from './turn.js';

export interface CollectedReply {
  text: string;
  metadata: ReplyMetadata;
}

export class InProcessAdapter extends ChannelAdapter {
  /** Replies by the id of the activity they answer: botbuilder may wrap the TurnContext we created. */
  private readonly collected = new Map<string, CollectedReply[]>();

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
      await this.runTurn(activity);
    } finally {
      this.collected.delete(activity.id!);
    }
    return replies;
  }
}

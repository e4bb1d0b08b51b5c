/**
 * The terminal channel behind `policy-bot ask` and `policy-bot chat`: a botbuilder adapter that
 * turns a line of text into an incoming activity and collects the bot's replies of that turn.
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
import type { ReplyMetadata } from '../../src/bot/turn.js';

export const TERMINAL_CHANNEL = 'terminal';

export interface TerminalReply {
  text: string;
  metadata: ReplyMetadata;
}

export class TerminalAdapter extends BotAdapter {
  /** Replies by the id of the activity they answer: botbuilder may wrap the TurnContext we created. */
  private readonly collected = new Map<string, TerminalReply[]>();

  constructor(private readonly handleTurn: (context: TurnContext) => Promise<void>) {
    super();
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sink = this.collected.get(context.activity.id ?? '');
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message || activity.type === undefined) {
        sink?.push({
          text: activity.text ?? '',
          metadata: { intent: 'qa', citations: [], options: [], ...(activity.channelData as Partial<ReplyMetadata>) },
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
    // Terminal output cannot be edited after it is printed.
  }

  async deleteActivity(): Promise<void> {
    // Terminal output cannot be deleted after it is printed.
  }

  /** One turn: the user's text in, the bot's replies out. */
  async receive(userId: string, text: string): Promise<TerminalReply[]> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      timestamp: new Date(),
      channelId: TERMINAL_CHANNEL,
      conversation: { id: userId, isGroup: false, conversationType: 'personal', name: userId },
      from: { id: userId, name: userId },
      recipient: { id: 'policy-bot', name: 'policy-bot' },
      text,
    };
    const replies: TerminalReply[] = [];
    this.collected.set(activity.id!, replies);
    try {
      await this.runMiddleware(new TurnContext(this, activity), this.handleTurn);
    } finally {
      this.collected.delete(activity.id!);
    }
    return replies;
  }
}

/**
 * What every channel adapter shares: the bot's turn handler bound after construction (Botkit
 * needs an adapter before the bot exists), running an incoming activity as a turn, and the
 * botbuilder operations no channel of this bot uses (replies are never edited or recalled).
 */
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';

export abstract class ChannelAdapter extends BotAdapter {
  handleTurn: (context: TurnContext) => Promise<void> = async () => {
    throw new Error(`${this.constructor.name} used before a bot was bound to it`);
  };

  protected runTurn(activity: Partial<Activity>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), this.handleTurn);
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

/**
 * The project's own channel seam for messages the bot starts itself (a staff reply, a reminder):
 * where a user can be reached, and a channel that can reach them. Channels register here when they
 * start; the core asks the registry and never imports a channel.
 */

/** Where a user was talking: the channel, the user, and the conversation a message goes back to. */
export interface Address {
  channel: string;
  userId: string;
  /** The channel's own conversation id (a Feishu chat, a WeChat contact or room, a web user). */
  conversationId: string;
}

/**
 * What became of a message sent on the bot's own initiative:
 * - `delivered`: the channel accepted it;
 * - `pending`: the user cannot be reached now (web page closed, channel not running); it is kept
 *   and shown the next time the user talks to the bot or opens the page;
 * - `failed`: the channel refused it; it is kept as pending too.
 */
export type Delivery = { state: 'delivered' } | { state: 'pending'; detail: string } | { state: 'failed'; detail: string };

export interface Channel {
  readonly name: string;
  /** Sends a text to an address of this channel, outside any turn. */
  send(address: Address, text: string): Promise<Delivery>;
}

/**
 * The project's own channel seam. A channel hands the core an `IncomingMessage` and renders the
 * `OutgoingMessage`s of that turn; for messages the bot starts itself (a staff reply, a reminder)
 * a running channel offers `send` to an `Address`. Botkit and botbuilder stay inside `src/bot`, so
 * a new channel is one folder under `adapters/` and replacing the dialog engine touches `src/bot` only.
 */
import type { IncomingMessage as HttpRequest, ServerResponse as HttpResponse } from 'node:http';
import type { ReplyMetadata } from '../bot/turn.js';

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

/** A message the bot sends on its own: a staff member's answer (`staff`) or a notice about a handoff. */
export interface ProactiveMessage {
  text: string;
  intent: 'staff' | 'handoff';
}

/** What can reach a user outside a turn; every running channel registers one. */
export interface ProactiveSender {
  readonly name: string;
  /** Sends a message to an address of this channel, outside any turn. */
  send(address: Address, message: ProactiveMessage): Promise<Delivery>;
}

/** A channel as the composition root runs it. */
export interface Channel extends ProactiveSender {
  start(): Promise<void>;
  /** Finishes the work in flight (queued sends, events being handled), then disconnects. */
  stop(): Promise<void>;
}

/** A message as a channel received it, in the core's terms: channels never build botbuilder activities. */
export interface IncomingMessage {
  channel: string;
  userId: string;
  /** How the user is shown (WeChat nickname); the id when the channel has no name. */
  userName?: string;
  /** Where replies go: a group chat is one conversation per member (`room:member`). */
  conversationId: string;
  isGroup?: boolean;
  /** What the user typed, mentions of the bot removed; a tapped button sends its label here. */
  text: string;
  /** Set when the text came from a tapped button rather than the keyboard. */
  buttonPayload?: string;
  /** Ids of the accounts the message @mentioned. */
  mentions?: string[];
  /** The channel's own id of the message (duplicate checks, logs). */
  rawId: string;
  timestamp?: Date;
}

/** One reply of the bot within a turn, with what a channel needs to render it (buttons, a card, citations). */
export interface OutgoingMessage extends ReplyMetadata {
  text: string;
}

/** Where a channel takes the replies of one turn, in order. */
export type ReplySink = (reply: OutgoingMessage) => Promise<void> | void;

/** How a channel hands the core a message: the turn runs, its replies go to `sink`, then it resolves. */
export type ReceiveMessage = (message: IncomingMessage, sink: ReplySink) => Promise<void>;

/**
 * A route a channel mounts on the bot's HTTP server (the Feishu webhook): true when it handled the
 * request. `body` reads the request body once, within the server's size limit.
 */
export type HttpRoute = (request: HttpRequest, response: HttpResponse, body: () => Promise<Buffer>) => Promise<boolean>;

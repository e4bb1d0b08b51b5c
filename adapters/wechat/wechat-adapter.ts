/**
 * WeChat through Wechaty. This folder only translates: it drops what the core must never see (the bot's own messages,
 * official accounts, replays from before login, duplicates, group chatter without an @mention),
 * turns the rest into the core's messages, and sends the replies through one paced queue, because WeChat
 * bans accounts that send fast.
 */
import { types, type Contact, type Message, type Room, type Wechaty } from 'wechaty';
import type { Logger } from '../../src/infrastructure/logger.js';
import { texts } from '../../src/texts.js';
import { splitMessage } from '../../src/infrastructure/split-text.js';
import type { Address, Delivery, ProactiveMessage, ProactiveSender, ReceiveMessage } from '../../src/channels/contract.js';

export const WECHAT_CHANNEL = 'wechat';

export interface WechatAdapterOptions {
  wechaty: Wechaty;
  receive: ReceiveMessage;
  logger: Logger;
  /** Pause between two sends; WeChat flags accounts that send faster than about one a second. */
  sendIntervalMs?: number;
  maxMessageLength?: number;
  /** Messages older than this when they arrive are replays from before login. */
  maxAgeSeconds?: number;
  /** More than this many messages from one user within `floodWindowMs` gets a polite “slow down”. */
  floodLimit?: number;
  floodWindowMs?: number;
}

interface Target {
  contact: Contact;
  room?: Room;
}

/** Remembers the last N keys; enough to drop the duplicates a puppet re-delivers. */
class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly capacity: number) {}
  seen(key: string): boolean {
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.values().next().value as string);
    return false;
  }
}

export class WechatAdapter implements ProactiveSender {
  readonly name = WECHAT_CHANNEL;
  private readonly targets = new Map<string, Target>();
  private readonly recent = new RecentKeys(5000);
  private readonly arrivals = new Map<string, number[]>();
  private readonly warned = new Set<string>();
  private sendChain: Promise<void> = Promise.resolve();
  private handledCount = 0;
  private readonly handledWaiters: Array<{ count: number; resolve: () => void }> = [];
  private readonly interval: number;
  private readonly maxLength: number;
  private readonly maxAge: number;
  private readonly floodLimit: number;
  private readonly floodWindow: number;

  constructor(private readonly options: WechatAdapterOptions) {
    this.interval = options.sendIntervalMs ?? 1100;
    this.maxLength = options.maxMessageLength ?? 1500;
    this.maxAge = options.maxAgeSeconds ?? 120;
    this.floodLimit = options.floodLimit ?? 8;
    this.floodWindow = options.floodWindowMs ?? 10_000;
  }

  /** Listens to Wechaty's messages. */
  attach(): void {
    this.options.wechaty.on('message', (message) => {
      // The bot's own messages come back through this event too; they are not counted as handled.
      const incoming = !message.self();
      void this.onMessage(message)
        .catch((error: unknown) => this.options.logger.error('微信消息处理失败', { error: error as Error }))
        .finally(() => {
          if (incoming) this.markHandled();
        });
    });
  }

  /** How many incoming messages have been dealt with since start: answered, ignored (a duplicate, too old) or refused (a flood). */
  get handled(): number {
    return this.handledCount;
  }

  /**
   * Resolves once `count` incoming messages have been dealt with. What a caller that must know a
   * message was *not* answered waits on, rather than on time.
   */
  whenHandled(count: number): Promise<void> {
    if (this.handledCount >= count) return Promise.resolve();
    return new Promise((resolve) => this.handledWaiters.push({ count, resolve }));
  }

  private markHandled(): void {
    this.handledCount++;
    for (let index = this.handledWaiters.length - 1; index >= 0; index--) {
      const waiter = this.handledWaiters[index]!;
      if (waiter.count > this.handledCount) continue;
      this.handledWaiters.splice(index, 1);
      waiter.resolve();
    }
  }

  async onMessage(message: Message): Promise<void> {
    if (message.self()) return;
    if (this.recent.seen(message.id)) return;
    if (message.age() > this.maxAge) return;
    const talker = message.talker();
    if (talker.type() === types.Contact.Official) return;
    const room = message.room();
    let text = message.text();
    if (room) {
      if (!(await message.mentionSelf())) return;
      text = await message.mentionText();
    }
    const conversationId = room ? `${room.id}:${talker.id}` : talker.id;
    const target: Target = { contact: talker, room };
    this.targets.set(conversationId, target);

    if (this.isFlooding(conversationId)) {
      if (!this.warned.has(conversationId)) {
        this.warned.add(conversationId);
        void this.enqueue(target, texts.wechat.slowDown);
      }
      return;
    }
    this.warned.delete(conversationId);
    if (message.type() !== types.Message.Text) {
      void this.enqueue(target, texts.wechat.nonText);
      return;
    }

    await this.options.receive(
      {
        channel: WECHAT_CHANNEL,
        userId: talker.id,
        userName: talker.name(),
        conversationId,
        isGroup: Boolean(room),
        text,
        rawId: message.id,
        timestamp: message.date(),
      },
      (reply) => void this.enqueue(target, reply.text),
    );
  }

  private isFlooding(conversationId: string): boolean {
    const now = Date.now();
    const recent = (this.arrivals.get(conversationId) ?? []).filter((at) => now - at < this.floodWindow);
    recent.push(now);
    this.arrivals.set(conversationId, recent);
    return recent.length > this.floodLimit;
  }

  /**
   * Every send goes through this one queue, in order, spaced by the interval. Resolves when the
   * text has gone out (true) or WeChat refused a part of it (false).
   */
  private enqueue(target: Target, text: string): Promise<boolean> {
    let ok = true;
    for (const part of splitMessage(text, this.maxLength)) {
      this.sendChain = this.sendChain.then(async () => {
        try {
          if (target.room) await target.room.say(part, target.contact);
          else await target.contact.say(part);
        } catch (error) {
          ok = false;
          this.options.logger.error('微信消息发送失败', { error: error as Error });
        }
        await new Promise((resolve) => setTimeout(resolve, this.interval));
      });
    }
    return this.sendChain.then(() => ok);
  }

  /** The Channel contract: a text to an owner outside a turn (a staff reply), through the paced queue. */
  async send(address: Address, message: ProactiveMessage): Promise<Delivery> {
    if (!this.options.wechaty.isLoggedIn) return { state: 'pending', detail: 'wechat-not-logged-in' };
    let target = this.targets.get(address.conversationId);
    if (!target) {
      // After a restart: the ids are the ones Wechaty gave when the owner wrote (room:contact in a group).
      const [roomId, contactId] = address.conversationId.includes(':') ? address.conversationId.split(':') : [undefined, address.conversationId];
      const contact = await this.options.wechaty.Contact.find({ id: contactId! });
      const room = roomId ? await this.options.wechaty.Room.find({ id: roomId }) : undefined;
      if (!contact || (roomId && !room)) return { state: 'failed', detail: 'wechat-contact-not-found' };
      target = { contact, room };
    }
    return (await this.enqueue(target, message.text)) ? { state: 'delivered' } : { state: 'failed', detail: 'wechat-send-failed' };
  }

  /** Resolves when every queued send has gone out (graceful shutdown, tests). */
  async drain(): Promise<void> {
    let chain;
    do {
      chain = this.sendChain;
      await chain;
    } while (chain !== this.sendChain);
  }

  /** Sends a text to a contact outside a turn (the welcome after a friend request). */
  sendTo(contact: Contact, text: string): void {
    void this.enqueue({ contact }, text);
  }
}

/**
 * Feishu (Lark) through @larksuiteoapi/node-sdk: every core dialog, plus the staff commands and
 * notifications. This folder only translates: it drops duplicates (persisted), the bot's own
 * messages and group chatter without an @mention, turns `im.message.receive_v1` into the core's
 * messages, and answers through the reply API.
 */
import { randomUUID } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import type { BotServices } from '../../src/bot/turn.js';
import type { Need } from '../../src/financing/needs-store.js';
import { formatProblem } from '../../src/knowledge/model.js';
import type { KnowledgeStatus } from '../../src/knowledge/store.js';
import type { Logger } from '../../src/infrastructure/logger.js';
import { maskPersonalData } from '../../src/infrastructure/privacy.js';
import { splitMessage } from '../../src/infrastructure/split-text.js';
import { staffTexts, texts } from '../../src/texts.js';
import { choiceCard, textCard, textContent } from './cards.js';
import type { SeenEvents } from './seen-events.js';
import { parseStaffCommand, runStaffCommand } from './staff-commands.js';
import type { Address, Delivery, IncomingMessage, ProactiveMessage, ProactiveSender, ReceiveMessage } from '../../src/channels/contract.js';
import type { HandoffRequest } from '../../src/handoff/store.js';
import type { StaffDesk } from '../../src/staff/desk.js';
import { handoffCardLines, staffOutcome } from '../../src/handoff/render.js';
import { needCardLines } from '../../src/financing/render.js';

export const FEISHU_CHANNEL = 'feishu';
const TEXT_LIMIT = 4000;

/** The part of `card.action.trigger` (a tapped card button) the adapter reads. */
export interface CardActionEvent {
  event_id?: string;
  operator?: { open_id?: string };
  action?: { value?: { text?: unknown } };
  context?: { open_message_id?: string; open_chat_id?: string };
}

/** The part of `im.message.receive_v1` the adapter reads (the SDK hands it over merged with the event header). */
export interface MessageReceiveEvent {
  event_id?: string;
  token?: string;
  sender: { sender_id?: { open_id?: string }; sender_type?: string };
  message: {
    message_id: string;
    chat_id: string;
    chat_type: string;
    message_type: string;
    /** Set on a reply in a thread: the message the thread started from (a handoff card, say). */
    root_id?: string;
    parent_id?: string;
    content: string;
    mentions?: Array<{ key: string; id?: { open_id?: string }; name?: string }>;
  };
}

export interface FeishuAdapterOptions {
  client: lark.Client;
  /** What staff may do: their commands and replies to handoff requests. */
  staff: StaffDesk;
  receive: ReceiveMessage;
  services: BotServices;
  seen: SeenEvents;
  logger: Logger;
  botOpenId: string;
  staffChatId?: string;
  staffIds: string[];
}

export class FeishuAdapter implements ProactiveSender {
  readonly name = FEISHU_CHANNEL;
  /** Work started by events, so shutdown and tests can wait for it. */
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly options: FeishuAdapterOptions) {}

  /**
   * Called by the event dispatcher; returns at once so that Feishu gets its acknowledgement
   * within 3 s, and does the work after.
   */
  async receive(event: MessageReceiveEvent): Promise<void> {
    const keys = [`message:${event.message.message_id}`, ...(event.event_id ? [`event:${event.event_id}`] : [])];
    if (!(await this.options.seen.firstTime(keys))) return;
    const work = this.handle(event).catch((error: unknown) => this.options.logger.error('飞书消息处理失败', { error: error as Error }));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }

  private async handle(event: MessageReceiveEvent): Promise<void> {
    const { message, sender } = event;
    const openId = sender.sender_id?.open_id ?? '';
    if (sender.sender_type === 'app' || openId === this.options.botOpenId) return;
    const mentions = message.mentions ?? [];
    const mentioned = mentions.some((mention) => mention.id?.open_id === this.options.botOpenId);
    const inStaffChat = this.options.staffChatId !== undefined && message.chat_id === this.options.staffChatId;
    const allowed = this.options.staffIds.includes(openId) || inStaffChat;
    // In a group only an @mention is for the bot, except a staff reply in a handoff card's thread.
    const threadOf = message.root_id ?? message.parent_id;
    if (message.chat_type === 'group' && !mentioned && !(inStaffChat && threadOf)) return;
    if (message.message_type !== 'text') {
      if (message.chat_type === 'group' && !mentioned) return;
      await this.reply(message.message_id, texts.feishu.nonText);
      return;
    }
    let text = '';
    try {
      text = String((JSON.parse(message.content) as { text?: unknown }).text ?? '');
    } catch {
      text = '';
    }
    for (const mention of mentions) text = text.split(mention.key).join('');
    text = text.replace(/@_all|@_user_\d+/g, '').trim();

    if (allowed && threadOf && !parseStaffCommand(text)) {
      const request = (await this.options.staff.handoff.store.list({ open: true })).find((candidate) => candidate.staffCardMessageId === threadOf);
      if (request && text) {
        const result = await this.options.staff.handoff.reply(request.id, text, `feishu:${openId}`);
        await this.reply(message.message_id, staffOutcome(request.id, result, 'reply'), texts.feishu.staffReplyTitle);
        return;
      }
      if (!mentioned && message.chat_type === 'group') return;
    }

    const command = parseStaffCommand(text);
    if (command) {
      if (!allowed) {
        this.options.logger.warn('飞书工作人员命令被拒绝', { openId });
        await this.reply(message.message_id, texts.feishu.forbidden);
        return;
      }
      const result = await runStaffCommand(command, this.options.staff, openId);
      if ('file' in result) await this.sendFile(message.message_id, result.file, result.fileName, result.fallback);
      // Always a card: staff replies quote what owners typed, and a card's plain_text is never markup.
      else await this.reply(message.message_id, result.text, result.card ?? texts.feishu.staffReplyTitle);
      return;
    }

    await this.runText(text, { openId, chatId: message.chat_id, chatType: message.chat_type, messageId: message.message_id });
  }

  /** A tapped button of a choice card: read like the owner typed its label, answered under the card. */
  async receiveCardAction(event: CardActionEvent): Promise<void> {
    const openId = event.operator?.open_id ?? '';
    const text = typeof event.action?.value?.text === 'string' ? event.action.value.text : '';
    const messageId = event.context?.open_message_id ?? '';
    const chatId = event.context?.open_chat_id ?? '';
    if (!openId || !text || !messageId || !chatId) return;
    if (!(await this.options.seen.firstTime([`event:${event.event_id ?? `${messageId}:${openId}:${text}`}`]))) return;
    const work = this.runText(text, { openId, chatId, chatType: 'p2p', messageId, id: `${messageId}:${randomUUID()}`, tapped: true }).catch((error: unknown) =>
      this.options.logger.error('飞书卡片操作处理失败', { error: error as Error }),
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async runText(text: string, from: { openId: string; chatId: string; chatType: string; messageId: string; id?: string; tapped?: boolean }): Promise<void> {
    const conversationId = from.chatType === 'group' ? `${from.chatId}:${from.openId}` : from.chatId;
    const message: IncomingMessage = {
      channel: FEISHU_CHANNEL,
      userId: from.openId,
      conversationId,
      isGroup: from.chatType === 'group',
      text,
      ...(from.tapped ? { buttonPayload: text } : {}),
      rawId: from.id ?? from.messageId,
    };
    // Every reply answers the user's message (or the tapped card) through the reply API.
    await this.options.receive(message, async (reply) => {
      // An ask-back's options are buttons to tap, as on the web page.
      if (reply.intent === 'clarify' && reply.options.length) {
        await this.withRetry('飞书回复失败', () =>
          this.options.client.im.message.reply({ path: { message_id: from.messageId }, data: { msg_type: 'interactive', content: choiceCard(reply.text, reply.options) } }),
        );
      } else await this.reply(from.messageId, reply.text, reply.card);
    });
  }

  /** Text (split when long) or a card, as a reply to the user's message. */
  async reply(messageId: string, text: string, cardTitle?: string): Promise<void> {
    const parts = splitMessage(text, TEXT_LIMIT);
    for (const part of parts) {
      const data = cardTitle ? { msg_type: 'interactive', content: textCard(cardTitle, part) } : { msg_type: 'text', content: textContent(part) };
      await this.withRetry('飞书回复失败', () => this.options.client.im.message.reply({ path: { message_id: messageId }, data }));
    }
  }

  /** The exported file as a file message; when the upload or the send fails, the summary as text. */
  private async sendFile(messageId: string, file: Buffer, fileName: string, fallback: string): Promise<void> {
    let failure: string;
    try {
      const uploaded = await this.options.client.im.file.create({ data: { file_type: 'xls', file_name: fileName, file } });
      const fileKey = uploaded?.file_key;
      const response = fileKey ? await this.options.client.im.message.reply({ path: { message_id: messageId }, data: { msg_type: 'file', content: JSON.stringify({ file_key: fileKey }) } }) : undefined;
      if (response?.code === 0) return;
      failure = fileKey ? `code ${response?.code}` : 'no file_key';
    } catch (error) {
      failure = (error as Error).message;
    }
    this.options.logger.warn('飞书文件发送失败，改发摘要', { failure });
    await this.reply(messageId, fallback);
  }

  /** A card to the staff chat for each new or updated financing need; the phone is masked there. */
  async notifyNeed(need: Need, updated: boolean): Promise<void> {
    if (!this.options.staffChatId) return;
    const lines = needCardLines(need);
    await this.createInStaffChat('interactive', textCard(texts.feishu.newNeedTitle(updated), texts.feishu.needCard(lines), updated ? 'wathet' : 'green'));
  }

  /** The Channel contract: a text to an owner outside a turn (a staff reply), to the chat they wrote in. */
  async send(address: Address, message: ProactiveMessage): Promise<Delivery> {
    const chatId = address.conversationId.split(':')[0]!;
    for (const part of splitMessage(message.text, TEXT_LIMIT)) {
      const sent = await this.withRetry('飞书消息发送失败', () =>
        this.options.client.im.message.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: chatId, msg_type: 'text', content: textContent(part) } }),
      );
      if (!sent.ok) return { state: 'failed', detail: sent.detail };
    }
    return { state: 'delivered' };
  }

  /** A card in the staff chat when an owner asks for a person; replies in its thread answer the owner. */
  async notifyHandoff(request: HandoffRequest): Promise<void> {
    if (!this.options.staffChatId) return;
    const sent = await this.createInStaffChat('interactive', textCard(staffTexts.handoff.cardTitle(false), handoffCardLines(request).join('\n'), 'orange'));
    if (sent.messageId) await this.options.staff.handoff.store.update(request.id, (current) => void (current.staffCardMessageId = sent.messageId));
  }

  /** An owner's further message (or withdrawal), in the thread of the request's card when there is one. */
  async notifyHandoffMessage(request: HandoffRequest, text: string, fromOwner = true): Promise<void> {
    if (!this.options.staffChatId) return;
    const content = textCard(staffTexts.handoff.cardTitle(true), [`编号：${request.id}`, fromOwner ? `企业：${maskPersonalData(text)}` : text, staffTexts.handoff.howToReply(request.id)].join('\n'), 'wathet');
    if (request.staffCardMessageId) {
      const cardId = request.staffCardMessageId;
      const sent = await this.withRetry('飞书通知发送失败', () =>
        this.options.client.im.message.reply({ path: { message_id: cardId }, data: { msg_type: 'interactive', content, reply_in_thread: true } }),
      );
      if (sent.ok) return;
    }
    await this.createInStaffChat('interactive', content);
  }

  async notifyReloadFailed(status: KnowledgeStatus): Promise<void> {
    if (!this.options.staffChatId) return;
    await this.createInStaffChat('text', textContent(texts.feishu.reloadFailed(status.problems.map(formatProblem).slice(0, 10))));
  }

  private async createInStaffChat(msgType: string, content: string): Promise<{ messageId?: string }> {
    const sent = await this.withRetry('飞书通知发送失败', () =>
      this.options.client.im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: { receive_id: this.options.staffChatId!, msg_type: msgType, content },
      }),
    );
    return { messageId: sent.ok ? sent.messageId : undefined };
  }

  /**
   * One call to the Open Platform, tried three times with backoff when the network fails. An
   * outage never reaches the other channels: it is logged (one line, no request body) and shown as
   * the channel's status in the admin console until a call succeeds again.
   */
  private async withRetry(
    failure: string,
    call: () => Promise<{ code?: number; msg?: string; data?: { message_id?: string } } | undefined>,
  ): Promise<{ ok: true; messageId?: string } | { ok: false; detail: string }> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await call();
        // The SDK returns an HTTP 200 with a non-zero code rather than throwing: that is final.
        if (response?.code !== 0) {
          this.options.logger.error(failure, { code: response?.code, msg: response?.msg });
          return { ok: false, detail: `${response?.code ?? ''} ${response?.msg ?? ''}`.trim() };
        }
        if (this.options.services.channels.all()[FEISHU_CHANNEL]?.state === 'error') {
          this.options.services.channels.set(FEISHU_CHANNEL, { state: 'connected', detail: texts.feishu.recovered });
        }
        return { ok: true, messageId: response.data?.message_id };
      } catch (error) {
        if (attempt >= 3) {
          this.options.logger.error(failure, { error: (error as Error).message });
          this.options.services.channels.set(FEISHU_CHANNEL, { state: 'error', detail: `${failure}：${(error as Error).message}` });
          return { ok: false, detail: (error as Error).message };
        }
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
      }
    }
  }
}

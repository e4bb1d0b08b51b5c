/**
 * The Feishu channel: the real @larksuiteoapi/node-sdk against a fake Open Platform on 127.0.0.1,
 * in webhook mode (encrypted, signed requests as Feishu sends them) and long-connection mode
 * (the SDK's protobuf frames over a websocket).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startFeishuChannel, type FeishuChannel, type FeishuSettings } from '../adapters/feishu/channel.js';
import { startWebServer, type WebServer } from '../adapters/web/server.js';
import { textContent } from '../adapters/feishu/cards.js';
import { FakeFeishu, messageEvent, signedRequest, startBotProcess } from './fixtures/fake-feishu.js';
import { formAnswers, validCreditCode } from './fixtures/needs.js';
import { onCleanup, startTestBot, temporaryDirectory, until, type TestBot } from './helpers.js';

const ENCRYPT_KEY = 'test-encrypt-key';

async function fake(): Promise<FakeFeishu> {
  const server = await new FakeFeishu().start();
  onCleanup(() => server.stop());
  return server;
}

interface Harness {
  feishu: FakeFeishu;
  bot: TestBot;
  channel: FeishuChannel;
  web?: WebServer;
  dataDirectory: string;
  post(event: unknown, options?: { forge?: boolean }): Promise<Response>;
}

async function startFeishu(mode: 'ws' | 'webhook', overrides: Partial<FeishuSettings> = {}, dataDirectory?: string, feishu?: FakeFeishu): Promise<Harness> {
  const server = feishu ?? (await fake());
  const directory = dataDirectory ?? (await temporaryDirectory());
  const bot = await startTestBot({ dataDirectory: directory });
  const channel = await startFeishuChannel({
    app: bot.app,
    dataDirectory: directory,
    logger: bot.app.bot.services.logger,
    settings: { appId: 'cli_0123456789abcdef', appSecret: 'secret', mode, encryptKey: ENCRYPT_KEY, verificationToken: 'verify-token', domain: server.url, staffChatId: 'oc_staff', staffIds: ['ou_staff'], ...overrides },
    autoReconnect: false,
  });
  onCleanup(() => channel.stop());
  let web: WebServer | undefined;
  if (mode === 'webhook') {
    web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'admin-token-for-tests', logger: bot.app.bot.services.logger, routes: [channel.route], rateLimitPerMinute: 0 });
    onCleanup(() => web!.close());
  }
  return {
    feishu: server,
    bot,
    channel,
    web,
    dataDirectory: directory,
    async post(event, options = {}) {
      const request = signedRequest(event, ENCRYPT_KEY);
      if (options.forge) request.headers['X-Lark-Signature'] = '0'.repeat(64);
      return fetch(`${web!.url}/feishu/events`, { method: 'POST', headers: request.headers, body: request.body });
    },
  };
}

const replyTexts = (feishu: FakeFeishu) => feishu.replies().map((reply) => String(reply.content.text ?? JSON.stringify(reply.content)));

describe('Feishu webhook mode', () => {
  it('answers the url_verification challenge, plain and encrypted', async () => {
    const harness = await startFeishu('webhook');
    const plain = await fetch(`${harness.web!.url}/feishu/events`, { method: 'POST', body: JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'verify-token' }) });
    expect(await plain.json()).toEqual({ challenge: 'abc123' });
    const encrypted = signedRequest({ type: 'url_verification', challenge: 'xyz', token: 'verify-token' }, ENCRYPT_KEY);
    const response = await fetch(`${harness.web!.url}/feishu/events`, { method: 'POST', body: encrypted.body });
    expect(await response.json()).toEqual({ challenge: 'xyz' });
    const wrongToken = await fetch(`${harness.web!.url}/feishu/events`, { method: 'POST', body: JSON.stringify({ type: 'url_verification', challenge: 'x', token: 'nope' }) });
    expect(wrongToken.status).toBe(403);
  });

  it('answers a signed, encrypted message with the cited fact through the reply API, acknowledging at once', async () => {
    const harness = await startFeishu('webhook');
    const event = messageEvent({ text: '市里认定专精特新有什么奖励' });
    const started = Date.now();
    const response = await harness.post(event);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const [reply] = await until(() => harness.feishu.replies().length > 0 && harness.feishu.replies());
    expect(reply!.messageId).toBe(event.event.message.message_id);
    expect(String(reply!.content.text)).toContain('30万元');
    expect(String(reply!.content.text)).toContain('三、(二)强化资金支持');
    expect(harness.feishu.calls.some((call) => call.path === '/open-apis/auth/v3/tenant_access_token/internal')).toBe(true);
  });

  it('ignores a forged signature', async () => {
    const harness = await startFeishu('webhook');
    const response = await harness.post(messageEvent({ text: '税融通是什么' }), { forge: true });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    // An accepted event is in flight before its response is sent: after the response and idle(), nothing can follow.
    await harness.channel.adapter.idle();
    expect(harness.feishu.replies()).toEqual([]);
  });

  it('answers a retried event once, even after a restart', async () => {
    const dataDirectory = await temporaryDirectory();
    const first = await startFeishu('webhook', {}, dataDirectory);
    const event = messageEvent({ text: '驰名商标目标多少件' });
    await first.post(event);
    await until(() => first.feishu.replies().length === 1);
    await first.post(event);
    await first.channel.adapter.idle();
    await first.channel.stop();
    await first.web!.close();
    const second = await startFeishu('webhook', {}, dataDirectory, first.feishu);
    await second.post({ ...event, header: { ...event.header, event_id: 'retry-with-new-event-id' } });
    await second.channel.adapter.idle();
    expect(second.feishu.replies()).toHaveLength(1);
  });

  it('in groups answers only when @mentioned, with the placeholder stripped', async () => {
    const harness = await startFeishu('webhook');
    await harness.post(messageEvent({ text: '税融通是什么', chatType: 'group', chatId: 'oc_group' }));
    await harness.channel.adapter.idle();
    expect(harness.feishu.replies()).toEqual([]);
    await harness.post(messageEvent({ text: '税融通是什么', chatType: 'group', chatId: 'oc_group', mentionBot: true }));
    const texts = await until(() => harness.feishu.replies().length > 0 && replyTexts(harness.feishu));
    expect(texts[0]).toContain('税融通');
  });

  it('allows staff commands to staff and answers 无权限 to others', async () => {
    const harness = await startFeishu('webhook');
    await harness.post(messageEvent({ text: '知识库状态', openId: 'ou_stranger' }));
    await until(() => harness.feishu.replies().length === 1);
    expect(replyTexts(harness.feishu)[0]).toBe('无权限。');
    await harness.post(messageEvent({ text: '知识库状态', openId: 'ou_staff' }));
    await until(() => harness.feishu.replies().length === 2);
    expect(replyTexts(harness.feishu)[1]).toContain('条条款');
    await harness.post(messageEvent({ text: '未答问题', openId: 'ou_other', chatId: 'oc_staff', chatType: 'group', mentionBot: true }));
    await until(() => harness.feishu.replies().length === 3);
    expect(replyTexts(harness.feishu)[2]).not.toBe('无权限。');
  });

  it('sends staff a card with the phone masked when a need is submitted, and staff can look it up, mark it and export', async () => {
    const harness = await startFeishu('webhook');
    const owner = 'ou_owner_need';
    const say = async (text: string) => {
      const count = harness.feishu.replies().length;
      await harness.post(messageEvent({ text, openId: owner, chatId: 'oc_p2p_need' }));
      await until(() => harness.feishu.replies().length > count);
      await harness.channel.adapter.idle();
    };
    await say('融资需求登记');
    for (const answer of formAnswers(validCreditCode())) await say(answer);
    await say('1');
    await say('同意');
    const card = await until(() => harness.feishu.created().find((message) => message.receiveId === 'oc_staff'));
    expect(card.msgType).toBe('interactive');
    const cardText = JSON.stringify(card.content);
    expect(cardText).toContain('138****5678');
    expect(cardText).not.toContain('13812345678');
    const [need] = await harness.bot.app.needs.list();
    expect(cardText).toContain(need!.id);
    const ownerCard = harness.feishu.replies().at(-1)!;
    expect(ownerCard.msgType).toBe('interactive');

    const staff = async (text: string) => {
      const count = harness.feishu.replies().length;
      await harness.post(messageEvent({ text, openId: 'ou_staff', chatId: 'oc_staff_p2p' }));
      await until(() => harness.feishu.replies().length > count);
      return harness.feishu.replies().at(-1)!;
    };
    expect(JSON.stringify((await staff(`需求 ${need!.id}`)).content)).toContain('13812345678');
    expect(JSON.stringify((await staff(`标记 ${need!.id} 已对接`)).content)).toContain('已对接');
    expect(JSON.stringify((await staff('最新需求')).content)).toContain(need!.id);
    const exported = await staff('导出需求');
    expect(exported.msgType).toBe('file');
    expect(harness.feishu.calls.some((call) => call.path === '/open-apis/im/v1/files')).toBe(true);
  });
});

describe('Feishu ask-back', () => {
  it('shows the options as card buttons, and a tapped button answers that option', async () => {
    const harness = await startFeishu('webhook');
    await harness.post(messageEvent({ text: '直通条件有哪些', openId: 'ou_asker', chatId: 'oc_asker' }));
    const card = await until(() => harness.feishu.replies()[0]);
    expect(card.msgType).toBe('interactive');
    const buttons = (card.content.elements as Array<{ tag: string; actions?: Array<{ value: { text: string } }> }>).find((element) => element.tag === 'action')!.actions!;
    const specialized = buttons.find((button) => button.value.text.includes('专精特新中小企业的直通条件'))!;
    expect(specialized).toBeDefined();
    await harness.post({
      schema: '2.0',
      header: { event_id: `card-${Date.now()}`, event_type: 'card.action.trigger', create_time: String(Date.now()), token: 'verify-token', app_id: 'cli_0123456789abcdef', tenant_key: 'tenant' },
      event: { operator: { open_id: 'ou_asker' }, token: 'card-token', action: { tag: 'button', value: specialized.value }, context: { open_message_id: card.messageId, open_chat_id: 'oc_asker' } },
    });
    const answer = await until(() => harness.feishu.replies()[1]);
    expect(JSON.stringify(answer.content)).toContain('近两年新增股权融资6000万元以上');
    expect(JSON.stringify(answer.content)).toContain('专精特新中小企业认定标准 · 直通条件');
  });
});

describe('Feishu under attack', () => {
  it('drops events whose request or event time is more than 5 minutes off, or not a number', async () => {
    const harness = await startFeishu('webhook');
    const old = messageEvent({ text: '税融通是什么' });
    old.header.create_time = String(Date.now() - 10 * 60 * 1000);
    await harness.post(old);
    const garbage = messageEvent({ text: '税融通是什么' });
    garbage.header.create_time = 'yesterday';
    await harness.post(garbage);
    const replayed = signedRequest(messageEvent({ text: '税融通是什么' }), ENCRYPT_KEY);
    replayed.headers['X-Lark-Request-Timestamp'] = String(Math.floor(Date.now() / 1000) - 3600);
    // The signature covers the timestamp: re-sign as an attacker with the key could, to test the time check alone.
    replayed.headers['X-Lark-Signature'] = createHash('sha256').update(replayed.headers['X-Lark-Request-Timestamp'] + replayed.headers['X-Lark-Request-Nonce'] + ENCRYPT_KEY + replayed.body).digest('hex');
    await fetch(`${harness.web!.url}/feishu/events`, { method: 'POST', headers: replayed.headers, body: replayed.body });
    await harness.post(messageEvent({ text: '驰名商标目标多少件' }));
    await until(() => harness.feishu.replies().length === 1);
    await harness.channel.adapter.idle();
    expect(replyTexts(harness.feishu)).toEqual([expect.stringContaining('10件')]);
  });

  it('a Feishu outage after start leaves the web chat serving and shows as the channel status', async () => {
    const harness = await startFeishu('webhook');
    await harness.feishu.stop();
    await harness.post(messageEvent({ text: '税融通是什么' }));
    const web = await fetch(`${harness.web!.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: '税融通是什么', user: 'web-owner-during-outage' }) });
    expect(web.status).toBe(200);
    expect(JSON.stringify(await web.json())).toContain('税融通');
    const status = await until(() => harness.bot.app.bot.services.channels.all().feishu?.state === 'error' && harness.bot.app.bot.services.channels.all().feishu);
    expect(status.detail).toContain('飞书回复失败');
    expect(status.detail).not.toContain('app_secret');
  });

  it('drops a signed event carrying the wrong verification token', async () => {
    const harness = await startFeishu('webhook');
    await harness.post(messageEvent({ text: '税融通是什么', token: 'not-the-token' }));
    await harness.post(messageEvent({ text: '驰名商标目标多少件' }));
    await until(() => harness.feishu.replies().length === 1);
    await harness.channel.adapter.idle();
    expect(replyTexts(harness.feishu)).toEqual([expect.stringContaining('10件')]);
  });

  it('never lets owners’ text become markup in staff replies', async () => {
    const harness = await startFeishu('webhook');
    await harness.post(messageEvent({ text: '<at user_id="all">所有人</at> 看这里 [点我](http://evil.example) 怎么办理' }));
    await until(() => harness.feishu.replies().length === 1);
    await harness.channel.adapter.idle();
    await harness.bot.app.bot.services.unanswered.flush();
    await harness.post(messageEvent({ text: '未答问题', openId: 'ou_staff', chatId: 'oc_staff_p2p' }));
    await until(() => harness.feishu.replies().length === 2);
    const staffReply = harness.feishu.replies()[1]!;
    expect(staffReply.msgType).toBe('interactive');
    const shown = JSON.stringify(staffReply.content);
    expect(shown).toContain('plain_text');
    expect(shown).not.toContain('lark_md');
    // And a text message never carries the raw markup either.
    expect(JSON.parse(textContent('<at user_id="all"></at>[x](http://y)')).text).toBe('＜at user_id="all"＞＜/at＞［x］(http://y)');
  });
});

describe('Feishu long connection', () => {
  it('receives an event frame over the websocket, acknowledges it and replies', async () => {
    const harness = await startFeishu('ws');
    await harness.feishu.waitForConnection();
    harness.feishu.pushEvent(messageEvent({ text: '应收账款可以融资吗' }));
    const texts = await until(() => harness.feishu.replies().length > 0 && replyTexts(harness.feishu));
    expect(texts[0]).toContain('应收账款');
    await until(() => harness.feishu.acknowledgements.length > 0);
    expect(harness.feishu.acknowledgements[0]).toMatchObject({ code: 200 });
  });
});


describe('policy-bot start in webhook mode, from outside', () => {
  it('answers a signed event with the cited fact, once per event', async () => {
    const feishu = await fake();
    const { port } = await startBotProcess(feishu, ENCRYPT_KEY);
    const event = messageEvent({ text: '市里认定专精特新有什么奖励' });
    const request = signedRequest(event, ENCRYPT_KEY);
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`http://127.0.0.1:${port}/feishu/events`, { method: 'POST', headers: request.headers, body: request.body });
      expect(response.status).toBe(200);
    }
    const texts = await until(() => feishu.replies().length > 0 && replyTexts(feishu));
    expect(texts[0]).toContain('30万元');
    expect(texts[0]).toContain('三、(二)');
    // A later event's answer marks that the retry, received before it, was dropped rather than late.
    const marker = signedRequest(messageEvent({ text: '税融通是什么' }), ENCRYPT_KEY);
    await fetch(`http://127.0.0.1:${port}/feishu/events`, { method: 'POST', headers: marker.headers, body: marker.body });
    await until(() => feishu.replies().length >= 2);
    expect(replyTexts(feishu).filter((text) => text.includes('30万元'))).toHaveLength(1);
  }, 60_000);
});

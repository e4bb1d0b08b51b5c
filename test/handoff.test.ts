/**
 * Human handoff (人工咨询) end to end: owners on the web chat (a real websocket) and on WeChat
 * (real Wechaty on wechaty-puppet-mock) ask for a person; staff are told on a fake Feishu Open
 * Platform through the real Lark SDK and answer with signed events; the answer reaches the owner on
 * the channel they came from. Plus the pieces: the store, the overdue reminder, FAQ drafts.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFeishuChannel } from '../adapters/feishu/channel.js';
import { parseStaffCommand } from '../adapters/feishu/staff-commands.js';
import { startWebServer, type WebServer } from '../adapters/web/server.js';
import { handoffQuestion } from '../src/bot/intents.js';
import type { ProactiveSender } from '../src/channels/contract.js';
import { ChannelRegistry } from '../src/channels/registry.js';
import { RecentTurns } from '../src/handoff/recent-turns.js';
import { HandoffService } from '../src/handoff/service.js';
import { HandoffStore } from '../src/handoff/store.js';
import { createLogger } from '../src/infrastructure/logger.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { FakeFeishu, messageEvent, signedRequest, startBotProcess } from './fixtures/fake-feishu.js';
import { startWechat } from './fixtures/wechat-harness.js';
import { knowledgeCopy, onCleanup, ROOT, say, startTestBot, temporaryDirectory, until, type TestBot } from './helpers.js';

const ENCRYPT_KEY = 'test-encrypt-key';
const STAFF = 'ou_staff';
const STAFF_CHAT = 'oc_staff';
const ID = /编号[：:]\s*(RG\d{8}-\d{4})/;

/** A page of the web chat: a websocket that says hello and collects every message it gets. */
async function webOwner(url: string, user: string) {
  const received: Array<{ text: string; intent: string }> = [];
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`);
  socket.on('message', (data) => received.push(JSON.parse(data.toString()) as { text: string; intent: string }));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  onCleanup(async () => socket.close());
  socket.send(JSON.stringify({ type: 'hello', user }));
  return {
    socket,
    received,
    say(text: string) {
      socket.send(JSON.stringify({ type: 'message', text, user, channel: 'websocket' }));
    },
  };
}

function textOf(content: Record<string, unknown>): string {
  return typeof content.text === 'string' ? content.text : JSON.stringify(content);
}

interface Loop {
  bot: TestBot;
  feishu: FakeFeishu;
  web: WebServer;
  post(event: unknown): Promise<Response>;
  staffSays(text: string, options?: { openId?: string; chatId?: string; chatType?: 'p2p' | 'group'; rootId?: string; mentionBot?: boolean }): Promise<void>;
}

/** One bot with the web chat, Feishu (webhook mode, staff chat and allow-list) and, on demand, WeChat. */
async function startLoop(): Promise<Loop> {
  const feishu = await new FakeFeishu().start();
  onCleanup(() => feishu.stop());
  const bot = await startTestBot();
  const channel = await startFeishuChannel({
    app: bot.app,
    dataDirectory: bot.dataDirectory,
    logger: bot.app.bot.services.logger,
    settings: { appId: 'cli_0123456789abcdef', appSecret: 'secret', mode: 'webhook', encryptKey: ENCRYPT_KEY, verificationToken: 'verify-token', domain: feishu.url, staffChatId: STAFF_CHAT, staffIds: [STAFF] },
    autoReconnect: false,
  });
  onCleanup(() => channel.stop());
  const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: 'admin-token-for-tests', logger: bot.app.bot.services.logger, routes: [channel.route], rateLimitPerMinute: 0 });
  onCleanup(() => web.close());
  const post = (event: unknown) => {
    const request = signedRequest(event, ENCRYPT_KEY);
    return fetch(`${web.url}/feishu/events`, { method: 'POST', headers: request.headers, body: request.body });
  };
  return {
    bot,
    feishu,
    web,
    post,
    async staffSays(text, options = {}) {
      const event = messageEvent({ text, openId: options.openId ?? STAFF, chatId: options.chatId ?? 'oc_p2p_staff', chatType: options.chatType ?? 'p2p', mentionBot: options.mentionBot });
      if (options.rootId) Object.assign(event.event.message, { root_id: options.rootId, parent_id: options.rootId });
      expect((await post(event)).status).toBe(200);
      await channel.adapter.idle();
    },
  };
}

const staffCards = (feishu: FakeFeishu) => feishu.created().filter((message) => message.receiveId === STAFF_CHAT).map((message) => JSON.stringify(message.content));

describe('handoff: the whole loop', () => {
  it('web owner → staff card → signed 回复 → owner’s websocket; non-staff refused; close tells the owner', async () => {
    const loop = await startLoop();
    const owner = await webOwner(loop.web.url, 'web-owner-0000000001');
    owner.say('我要找人工，税融通怎么申请');
    const opened = await until(() => owner.received.find((message) => ID.test(message.text)));
    const id = ID.exec(opened.text)![1]!;
    expect(opened.intent).toBe('handoff');

    // Staff are told at once, with the number and the question.
    const card = await until(() => staffCards(loop.feishu).find((content) => content.includes(`编号：${id}`)));
    expect(card).toContain('税融通怎么申请');
    expect(card).toContain('网页');

    // Someone who is not staff cannot answer, and the owner hears nothing from them.
    const before = owner.received.length;
    await loop.staffSays(`回复 ${id} 我是冒充的`, { openId: 'ou_stranger', chatId: 'oc_p2p_stranger' });
    expect(loop.feishu.replies().map((reply) => textOf(reply.content)).join('\n')).toContain('无权限');
    expect((await loop.bot.app.handoff.store.get(id))!.messages.some((message) => message.text.includes('冒充'))).toBe(false);

    await loop.staffSays(`回复 ${id} 请联系合作银行办理，材料见通知。`);
    const answer = await until(() => owner.received.find((message) => message.text.includes('请联系合作银行办理')));
    expect(answer.text).toContain('【工作人员回复】');
    expect(answer.text).toContain('请联系合作银行办理，材料见通知。');
    expect(owner.received.slice(before).some((message) => message.text.includes('冒充'))).toBe(false);
    // Staff see that it was delivered.
    const staffView = loop.feishu.replies().map((reply) => JSON.stringify(reply.content)).join('\n');
    expect(staffView).toContain(`已送达企业（${id}）`);
    expect((await loop.bot.app.handoff.store.get(id))!.status).toBe('已答复');

    await loop.staffSays(`关闭 ${id}`);
    await until(() => owner.received.find((message) => message.text.includes('已结束本次人工咨询')));
    expect((await loop.bot.app.handoff.store.get(id))!.status).toBe('已关闭');
  }, 60_000);

  it('WeChat owner: forwarded follow-ups in the card’s thread, a staff reply in that thread reaches WeChat', async () => {
    const loop = await startLoop();
    const wechat = await startWechat({}, loop.bot);
    await wechat.ask('人工');
    // Waits on the reply itself: the harness's quiet period can end before a loaded machine answers.
    const opened = await until(() => wechat.sent.map((entry) => entry.text).find((text) => ID.test(text)));
    const id = ID.exec(opened)![1]!;
    expect(opened).toContain('请直接写下');
    const card = await until(async () => (await loop.bot.app.handoff.store.get(id))?.staffCardMessageId);

    // The next message is the question, forwarded; the owner is told so once, not at every message.
    const before = wechat.sent.length;
    await wechat.ask('我们想了解政银担业务的担保费率，电话13812345678');
    await until(() => wechat.sent.slice(before).some((entry) => entry.text.includes('已转给工作人员')));
    await wechat.ask('另外我们是灵璧县的企业');
    const thread = await until(() => {
      const found = loop.feishu.replies().filter((reply) => reply.messageId === card && JSON.stringify(reply.content).includes('灵璧县'));
      return found.length > 0 && found;
    });
    // The staff chat never shows an owner's phone number in full.
    expect(JSON.stringify(loop.feishu.calls)).not.toContain('13812345678');
    expect(thread).toHaveLength(1);
    // Said once: the second forwarded message got no reply of its own.
    expect(wechat.sent.slice(before).filter((entry) => entry.text.includes('已转给工作人员'))).toHaveLength(1);

    // A staff member answers inside the card's thread in the staff chat, without a command.
    await loop.staffSays('担保费率以合作担保机构的规定为准', { chatType: 'group', chatId: STAFF_CHAT, openId: STAFF, rootId: card });
    await until(() => wechat.sent.find((entry) => entry.text.includes('担保费率以合作担保机构的规定为准')));
    await wechat.channel.adapter.drain();
    expect(wechat.sent.at(-1)!.text).toContain(`【工作人员回复】编号 ${id}`);

    // The owner withdraws; staff are told in the thread.
    expect((await wechat.ask('取消')).join('\n')).toContain(`已撤回人工咨询（编号：${id}）`);
    await until(() => loop.feishu.replies().find((reply) => reply.messageId === card && JSON.stringify(reply.content).includes('已撤回')));
  }, 60_000);

  it('a reply to a closed page waits and is shown when the page reconnects; staff are told it is pending', async () => {
    const loop = await startLoop();
    const user = 'web-owner-0000000002';
    const first = await webOwner(loop.web.url, user);
    first.say('人工');
    const id = ID.exec((await until(() => first.received.find((message) => ID.test(message.text)))).text)![1]!;
    first.socket.close();
    await new Promise((resolve) => first.socket.once('close', resolve));

    await loop.staffSays(`回复 ${id} 您好，请留下问题`);
    expect(loop.feishu.replies().map((reply) => JSON.stringify(reply.content)).join('\n')).toContain('企业暂时不在线');

    const again = await webOwner(loop.web.url, user);
    const shown = await until(() => again.received.find((message) => message.text.includes('您好，请留下问题')));
    expect(shown.text).toContain('【工作人员回复】');
    // Shown once: a second page load does not repeat it. Frames are handled in order, so once the
    // answer to a later message is in, the hello has been handled.
    const third = await webOwner(loop.web.url, user);
    third.say('帮助');
    await until(() => third.received.find((message) => message.text.includes('使用说明')));
    expect(third.received.some((message) => message.text.includes('您好，请留下问题'))).toBe(false);
  }, 60_000);

  it('Feishu owner: the staff reply comes back as a message in the owner’s own chat', async () => {
    const loop = await startLoop();
    const event = messageEvent({ text: '转人工：政银担业务的担保费是多少', openId: 'ou_owner', chatId: 'oc_p2p_owner' });
    expect((await loop.post(event)).status).toBe(200);
    const opened = await until(() => loop.feishu.replies().map((reply) => textOf(reply.content)).find((text) => ID.test(text)));
    const id = ID.exec(opened)![1]!;
    await loop.staffSays(`回复 ${id} 以合作担保机构公布的标准为准`);
    const delivered = await until(() => loop.feishu.created().find((message) => message.receiveId === 'oc_p2p_owner'));
    expect(textOf(delivered.content)).toContain(`【工作人员回复】编号 ${id}`);
    expect(textOf(delivered.content)).toContain('以合作担保机构公布的标准为准');
  }, 60_000);

  it('the admin console lists open requests with counts, replies and closes; an owner only sees their own', async () => {
    const loop = await startLoop();
    const headers = { Authorization: 'Bearer admin-token-for-tests', 'Content-Type': 'application/json' };
    expect((await say(loop.bot, '我要找人工，续贷过桥怎么申请', 'owner-a')).join('\n')).toMatch(ID);
    const other = (await say(loop.bot, '转人工', 'owner-b')).join('\n');
    const otherId = ID.exec(other)![1]!;
    // Owner A asking about their request sees only their own number.
    const status = (await say(loop.bot, '人工', 'owner-a')).join('\n');
    expect(status).not.toContain(otherId);

    const listing = (await (await fetch(`${loop.web.url}/admin/api/handoffs`, { headers })).json()) as { counts: Record<string, number>; requests: Array<{ id: string; question: string }> };
    expect(listing.counts['待处理']).toBe(2);
    expect(listing.requests.map((request) => request.question)).toContain('续贷过桥怎么申请');
    expect((await fetch(`${loop.web.url}/admin/api/handoffs`)).status).toBe(401);
    const badStatus = await fetch(`${loop.web.url}/admin/api/handoffs?status=${encodeURIComponent('乱写')}`, { headers });
    expect(badStatus.status).toBe(400);
    expect(((await badStatus.json()) as { error: string }).error).toContain('可用状态');

    const replied = await fetch(`${loop.web.url}/admin/api/handoffs/${otherId}/reply`, { method: 'POST', headers, body: JSON.stringify({ text: '已收到，请稍候' }) });
    expect(replied.status).toBe(200);
    // owner-b is on the test channel, which offers no proactive sends: the reply waits for their next turn.
    expect(((await replied.json()) as { delivery: string }).delivery).toBe('pending');
    const next = (await say(loop.bot, '好的', 'owner-b')).join('\n');
    expect(next).toContain('已收到，请稍候');
    const closed = await fetch(`${loop.web.url}/admin/api/handoffs/${otherId}/close`, { method: 'POST', headers });
    expect(closed.status).toBe(200);
    expect((await fetch(`${loop.web.url}/admin/api/handoffs/${otherId}/reply`, { method: 'POST', headers, body: JSON.stringify({ text: '再说一句' }) })).status).toBe(409);
  }, 60_000);
});

describe('handoff: opening and forwarding in the bot', () => {
  it('opens from the menu number, a paraphrase, and a yes after a decline; a clear policy question is still answered', async () => {
    const bot = await startTestBot();
    await say(bot, '菜单', 'u1');
    expect((await say(bot, '5', 'u1')).join('\n')).toMatch(ID);
    expect((await say(bot, '麻烦帮我转人工客服', 'u2')).join('\n')).toMatch(ID);

    const declined = (await say(bot, '个税怎么算', 'u3')).join('\n');
    expect(declined).toContain('需要转人工吗');
    const accepted = (await say(bot, '是的', 'u3')).join('\n');
    const id = ID.exec(accepted)![1]!;
    expect((await bot.app.handoff.store.get(id))!.question).toBe('个税怎么算');
    // While the request is open, a question the knowledge answers is answered, not forwarded.
    expect((await say(bot, '市里认定专精特新有什么奖励', 'u3')).join('\n')).toContain('30万元');
    expect((await bot.app.handoff.store.get(id))!.messages.map((message) => message.text)).not.toContain('市里认定专精特新有什么奖励');
  });

  it('asks for the question when “人工” alone is followed by a yes, instead of passing “是” to staff as the question', async () => {
    const bot = await startTestBot();
    const opened = (await say(bot, '转人工', 'u6')).join('\n');
    const id = ID.exec(opened)![1]!;
    expect((await say(bot, '是的', 'u6')).join('\n')).toContain('请直接写下您想咨询的问题');
    expect((await bot.app.handoff.store.get(id))!.messages).toEqual([]);
    expect((await say(bot, '政银担的担保费率是多少', 'u6')).join('\n')).toContain('已转给工作人员');
    expect((await bot.app.handoff.store.get(id))!.question).toBe('政银担的担保费率是多少');
  });

  it('takes only a plain yes as accepting the offer: the next question is not a yes', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '个税怎么算', 'u5')).join('\n')).toContain('需要转人工吗');
    expect((await say(bot, '有没有贷款贴息', 'u5')).join('\n')).not.toMatch(ID);
    expect(await bot.app.handoff.store.list()).toEqual([]);
    // “好的谢谢” after the offer closes the conversation politely; it is not a yes.
    await say(bot, '个税怎么算', 'u5');
    expect((await say(bot, '好的谢谢哈', 'u5')).join('\n')).toContain('不客气');
    expect(await bot.app.handoff.store.list()).toEqual([]);
    await say(bot, '个税怎么算', 'u5');
    expect((await say(bot, '好的，麻烦了', 'u5')).join('\n')).toMatch(ID);
  });

  it('acknowledges a no to the offer (“不用了”, “没有”) instead of declining it as a question and offering a person again', async () => {
    const bot = await startTestBot();
    for (const no of ['不用了', '没有', '不需要了吧']) {
      await say(bot, '个税怎么算', 'u6');
      const reply = (await say(bot, no, 'u6')).join('\n');
      expect(reply).toContain('还有问题可以直接问我');
      expect(reply).not.toContain('需要转人工吗');
    }
    expect(await bot.app.handoff.store.list()).toEqual([]);
    // The offer is answered once: a later “没有” is a message like any other, not a no to it.
    expect((await say(bot, '没有', 'u6')).join('\n')).not.toContain('还有问题可以直接问我');
  });

  it('opens a request from the middle of a form, telling staff the question the owner is stuck on, and keeps the form on it', async () => {
    const bot = await startTestBot();
    await say(bot, '我要登记融资需求', 'u7');
    await say(bot, '宿州市恒达机械有限公司', 'u7');
    // Three wrong credit codes in a row: the third hint also says how to get a person or leave.
    expect((await say(bot, '9134130', 'u7')).join('\n')).not.toContain('回复“人工”');
    await say(bot, '123', 'u7');
    expect((await say(bot, 'abc', 'u7')).join('\n')).toContain('多次没有填上的话，可以回复“人工”请工作人员帮忙');
    const opened = (await say(bot, '人工，信用代码在哪能查到', 'u7')).join('\n');
    expect(opened).toContain('融资需求登记没有中断，可以接着填写');
    expect(opened).toContain('请填写统一社会信用代码（18位）');
    const request = (await bot.app.handoff.store.get(ID.exec(opened)![1]!))!;
    expect(request.question).toBe('信用代码在哪能查到（融资需求登记时转人工，停在这一题：请填写统一社会信用代码（18位））');
    // The form goes on where it was, with the company name kept; the count of wrong answers starts again.
    expect((await say(bot, 'abc', 'u7')).join('\n')).not.toContain('回复“人工”');
    expect((await say(bot, '91341302MA2RGN0T0N', 'u7')).join('\n')).toContain('企业所在县区');
    // At a question with a list, staff read the question, not the list.
    const again = (await say(bot, '转人工', 'u7')).join('\n');
    expect((await bot.app.handoff.store.get(ID.exec(again)![1]!))!.messages.at(-1)!.text).toBe('（融资需求登记时转人工，停在这一题：企业所在县区）');
  });

  it('offers a person after two questions in a row that got no answer', async () => {
    const bot = await startTestBot();
    let offered = false;
    for (const question of ['技改项目有补贴吗', '那个东西咋弄', '天气怎么样']) {
      const text = (await say(bot, question, 'u4')).join('\n');
      offered ||= text.includes('转人工');
    }
    expect(offered).toBe(true);
  });

  it('reads a question written after the handoff phrase', () => {
    return KnowledgeStore.open(path.join(ROOT, 'knowledge'), createLogger('error')).then((store) => {
      const grammar = store.current.knowledge.intents;
      expect(handoffQuestion('我要找人工，税融通怎么申请', grammar)).toBe('税融通怎么申请');
      expect(handoffQuestion('转人工 续贷过桥', grammar)).toBe('续贷过桥');
      // The owner's own punctuation reaches staff as typed.
      expect(handoffQuestion('找人工：续贷过桥怎么申请？', grammar)).toBe('续贷过桥怎么申请？');
      expect(handoffQuestion('人工智能企业有补贴吗', grammar)).toBeUndefined();
      expect(handoffQuestion('税融通怎么申请，我要找人工', grammar)).toBeUndefined();
      store.close();
    });
  });

  it('reads staff commands, keeping the staff member’s punctuation', () => {
    expect(parseStaffCommand('回复 rg20261127-0001 请联系合作银行办理，谢谢！')).toEqual({ kind: 'handoffReply', id: 'RG20261127-0001', text: '请联系合作银行办理，谢谢！' });
    expect(parseStaffCommand('关闭RG20261127-0002')).toEqual({ kind: 'handoffClose', id: 'RG20261127-0002' });
    expect(parseStaffCommand('草稿 RG20261127-0002 financing#tax-loan')).toEqual({ kind: 'handoffDraft', id: 'RG20261127-0002', clause: 'financing#tax-loan' });
    expect(parseStaffCommand('回复 RG20261127-0002')).toBeUndefined();
    expect(parseStaffCommand('人工列表')).toEqual({ kind: 'handoffList' });
  });
});

describe('handoff: store, reminders and drafts', () => {
  /** A service with one recording channel, on a fresh data dir. */
  async function service(settings: { officeHours?: string } = {}) {
    const directory = await temporaryDirectory();
    const store = new HandoffStore(directory);
    await store.load();
    const channels = new ChannelRegistry();
    const sent: string[] = [];
    const channel: ProactiveSender = { name: 'web', send: async (_address, message) => (sent.push(message.text), { state: 'delivered' }) };
    channels.register(channel);
    return { directory, store, sent, handoff: new HandoffService(store, channels, new RecentTurns(), createLogger('error'), { overdueAfterMs: 24 * 60 * 60 * 1000, ...settings }) };
  }
  const address = { channel: 'web', userId: 'owner-1', conversationId: 'owner-1' };

  it('numbers are never reused and one owner has one open request at a time', async () => {
    const { handoff, store, directory } = await service();
    const first = await handoff.open(address, '问题一');
    const again = await handoff.open(address, '问题二');
    expect(again.existing).toBe(true);
    expect(again.request.id).toBe(first.request.id);
    await handoff.cancelByOwner(first.request);
    // The counter lost: the next number still follows the highest one in the file.
    const file = path.join(directory, 'handoffs.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { sequence: number };
    data.sequence = 0;
    await writeFile(file, JSON.stringify(data));
    const fresh = new HandoffStore(directory);
    const second = await fresh.open({ address, question: '问题三', recentTurns: [] });
    expect(second.request.id).not.toBe(first.request.id);
    expect(second.request.id.endsWith('-0002')).toBe(true);
    expect(store.openFor('web', 'owner-1')).toBeUndefined();
    await fresh.load();
    expect(fresh.openFor('web', 'owner-1')?.id).toBe(second.request.id);
  });

  it('refuses a damaged file instead of starting over', async () => {
    const directory = await temporaryDirectory();
    await writeFile(path.join(directory, 'handoffs.json'), '{"sequence": 3, "requests": [');
    await expect(new HandoffStore(directory).load()).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
  });

  it('tells the owner their messages go to staff in full once, not at every message of a burst, and briefly again after staff answered', async () => {
    const { handoff, store } = await service({});
    const { request } = await handoff.open(address, '', undefined);
    expect((await handoff.forward(request, '政银担怎么申请')).notice).toBe('first');
    expect((await handoff.forward(request, '我们是灵璧县的')).notice).toBeUndefined();
    await handoff.reply(request.id, '请联系合作银行', 'feishu:ou_staff');
    const again = await handoff.forward(request, '好的 还有个问题');
    expect(again.notice).toBe('again');
    expect(again.request.status).toBe('处理中');
    expect((await handoff.forward(request, '担保费率多少')).notice).toBeUndefined();
    // After a quiet spell (the last notice an hour ago), a message is acknowledged again, briefly.
    await store.update(request.id, (current) => void (current.forwardNoticeAt = new Date(Date.now() - 3600_000).toISOString()));
    expect((await handoff.forward(request, '在吗')).notice).toBe('again');
  });

  it('tells an owner once after 24 hours without staff, with the configured office hours', async () => {
    const { handoff, sent } = await service({ officeHours: '工作日 9:00–12:00、14:30–17:30' });
    const { request } = await handoff.open(address, '政银担怎么申请', undefined);
    const created = Date.parse(request.createdAt);
    expect(await handoff.remindOverdue(new Date(created + 23 * 3600_000))).toEqual([]);
    expect(await handoff.remindOverdue(new Date(created + 25 * 3600_000))).toEqual([request.id]);
    expect(sent.at(-1)).toContain('工作日 9:00–12:00、14:30–17:30');
    // No phone number the knowledge does not hold.
    expect(sent.at(-1)).not.toMatch(/电话|1[3-9]\d{9}|\d{3,4}-\d{7,8}/);
    expect(await handoff.remindOverdue(new Date(created + 26 * 3600_000))).toEqual([]);
    // A staff answer stops the reminders.
    await handoff.reply(request.id, '已收到', 'feishu:ou_staff');
    expect(await handoff.remindOverdue(new Date(created + 80 * 3600_000))).toEqual([]);
  });

  it('turns a closed request into an unreviewed FAQ draft that is never served, even when moved unreviewed', async () => {
    const knowledgeDirectory = await knowledgeCopy();
    const knowledge = await KnowledgeStore.open(knowledgeDirectory, createLogger('error'));
    onCleanup(async () => knowledge.close());
    const { handoff } = await service();
    const { request } = await handoff.open(address, '税融通贷款最多能贷多少');
    await handoff.reply(request.id, '以合作银行审批为准', 'feishu:ou_staff');
    await expect(handoff.draftFaq(knowledge.current.knowledge, request.id, 'financing#tax-loan', 'feishu:ou_staff')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await handoff.close(request.id, 'feishu:ou_staff');
    await expect(handoff.draftFaq(knowledge.current.knowledge, request.id, 'no-such#clause', 'feishu:ou_staff')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    const clause = [...knowledge.current.knowledge.clauses.keys()][0]!;
    const file = await handoff.draftFaq(knowledge.current.knowledge, request.id, clause, 'feishu:ou_staff');
    expect(path.dirname(file)).toBe(path.join(knowledgeDirectory, 'faq', 'drafts'));
    const draft = await readFile(file, 'utf8');
    expect(draft).toContain('reviewed: false');
    expect(draft).toContain('以合作银行审批为准');

    const faqCount = knowledge.current.knowledge.faq.length;
    expect(await knowledge.reload()).toBe(true);
    expect(knowledge.current.knowledge.faq).toHaveLength(faqCount);
    // Moved into faq/ without review: refused with the file named, the last good knowledge kept.
    const moved = path.join(knowledgeDirectory, 'faq', path.basename(file));
    await rename(file, moved);
    expect(await knowledge.reload()).toBe(false);
    expect(knowledge.status().problems.map((problem) => `${problem.file}:${problem.message}`).join('\n')).toContain(`${path.basename(file)}:这是未审核的问答草稿`);
    expect(knowledge.current.knowledge.faq).toHaveLength(faqCount);
    expect(await readdir(path.join(knowledgeDirectory, 'faq', 'drafts'))).toEqual([]);
  });
});

describe('handoff from outside: policy-bot start in Feishu webhook mode', () => {
  it('a web owner’s “我要找人工，税融通怎么申请” reaches the staff chat; a signed 回复 reaches the websocket within 5 s', async () => {
    const feishu = await new FakeFeishu().start();
    onCleanup(() => feishu.stop());
    const { port } = await startBotProcess(feishu, ENCRYPT_KEY, { FEISHU_STAFF_CHAT_ID: STAFF_CHAT, FEISHU_STAFF_IDS: STAFF });

    const owner = await webOwner(`http://127.0.0.1:${port}`, 'outside-owner-00000001');
    owner.say('我要找人工，税融通怎么申请');
    const card = await until(() => staffCards(feishu).find((content) => ID.test(content) && content.includes('税融通怎么申请')));
    const id = ID.exec(card)![1]!;

    const sentAt = Date.now();
    const request = signedRequest(messageEvent({ text: `回复 ${id} 请联系合作银行办理`, openId: STAFF, chatId: 'oc_p2p_staff' }), ENCRYPT_KEY);
    expect((await fetch(`http://127.0.0.1:${port}/feishu/events`, { method: 'POST', headers: request.headers, body: request.body })).status).toBe(200);
    const delivered = await until(() => owner.received.find((message) => message.text.includes('请联系合作银行办理')), 5_000);
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    expect(delivered.text).toContain(`编号 ${id}`);
  }, 60_000);
});

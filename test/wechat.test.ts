/**
 * The WeChat channel with real Wechaty driven by wechaty-puppet-mock: what an owner types in
 * WeChat goes through the adapter and the whole bot, and the replies come back through Wechaty.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FileBox } from 'file-box';
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../src/infrastructure/split-text.js';
import { formAnswers, validCreditCode } from './fixtures/needs.js';
import { startWechat } from './fixtures/wechat-harness.js';
import { until } from './helpers.js';

describe('WeChat through real Wechaty and wechaty-puppet-mock', () => {
  it('answers a one-to-one question with its citation, and keeps the login session in the data dir', async () => {
    const wechat = await startWechat();
    const replies = await wechat.ask('市里认定专精特新有什么奖励');
    expect(replies.join('\n')).toContain('30万元');
    expect(replies.join('\n')).toContain('三、(二)强化资金支持');
    expect(wechat.bot.app.bot.services.channels.all().wechat).toMatchObject({ state: 'connected', account: '政策助手' });
    // Real puppets (wechat4u) keep their login in Wechaty's memory card; the mock stores nothing,
    // so store a value the way a puppet would and check where the card lands.
    const memory = (wechat.channel.wechaty as unknown as { memory: { set(key: string, value: unknown): Promise<void>; save(): Promise<void> } }).memory;
    await memory.set('login-probe', 1);
    await memory.save();
    await wechat.channel.stop();
    expect(existsSync(path.join(wechat.bot.dataDirectory, 'wechat-session.memory-card.json'))).toBe(true);
  });

  it('answers in a group only when @mentioned, addressed to the asker', async () => {
    const wechat = await startWechat();
    const other = wechat.mocker.createContact({ name: '旁人' });
    const room = wechat.mocker.createRoom({ id: 'policy-group@chatroom', topic: '企业交流群', memberIdList: [wechat.me.id, wechat.owner.id, other.id] });
    expect(await wechat.ask('税融通是什么', room)).toEqual([]);
    const replies = await wechat.ask('@政策助手 税融通是什么', room, [wechat.me]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('税融通');
    expect(replies[0]).toContain('@企业主');
    expect(wechat.sent.at(-1)?.roomId).toBe('policy-group@chatroom');
  });

  it('replies once, briefly, to an image', async () => {
    const wechat = await startWechat();
    const before = wechat.sent.length;
    wechat.owner.say(FileBox.fromBase64('aGVsbG8=', 'photo.png')).to(wechat.me);
    // One conversation is answered in order: once the next message's answer is out, the image's are all out.
    await wechat.ask('帮助');
    await until(() => wechat.sent.some((entry) => entry.text.includes('使用说明')));
    const replies = wechat.sent.slice(before).map((entry) => entry.text).filter((text) => !text.includes('使用说明'));
    expect(replies).toEqual([expect.stringContaining('只能看懂文字消息')]);
  });

  it('splits a long reply at paragraph boundaries and sends the parts in order', async () => {
    const wechat = await startWechat({ maxMessageLength: 120 });
    const replies = await wechat.ask('市里认定专精特新有什么奖励');
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.every((part) => [...part].length <= 120)).toBe(true);
    expect(replies[0]).toContain('30万元');
    expect(replies.join('\n')).toContain('您还可以问');
    const whole = replies.join('\n');
    expect(whole.indexOf('【政策原文】')).toBeLessThan(whole.indexOf('您还可以问'));
  });

  it('answers a duplicate message id once and ignores its own messages', async () => {
    const wechat = await startWechat();
    const before = wechat.sent.length;
    const handled = wechat.channel.adapter.handled;
    wechat.owner.say('驰名商标目标多少件').to(wechat.me);
    await wechat.channel.adapter.whenHandled(handled + 1);
    await wechat.channel.adapter.drain();
    const first = wechat.sent.slice(before);
    expect(first).toHaveLength(1);
    // Re-deliver the same message id, as puppets do after a reconnect.
    const [lastId] = [...wechat.mocker.cacheMessagePayload.keys()].filter((id) => wechat.mocker.messagePayload(id).text === '驰名商标目标多少件');
    wechat.mocker.puppet.emit('message', { messageId: lastId! });
    // The re-delivery comes before the next message, which is answered in order after it.
    await wechat.ask('帮助');
    await until(() => wechat.sent.some((entry) => entry.text.includes('使用说明')));
    expect(wechat.sent.slice(before).filter((entry) => !entry.text.includes('使用说明'))).toHaveLength(1);
  });

  it('runs a complete self-assessment and a complete financing submission', async () => {
    // A script answers faster than any person: lift the flood guard for it.
    const wechat = await startWechat({ floodLimit: 1000 });
    const assessment = ['自测', '是', '是', '是', '1', '120', '5000万', '4500万', '5年', '160万', '12%', '9%', '55%', '7%', '12%', '2', '3', '2', '2 3', '2', '10'];
    let last: string[] = [];
    for (const answer of assessment) last = await wechat.ask(answer);
    expect(last.join('\n')).toContain('【专精特新中小企业】可能符合，得分62分');

    await wechat.ask('融资需求登记');
    // 所属行业 is prefilled from the self-assessment (工业), so that answer is left out.
    for (const answer of formAnswers(validCreditCode()).filter((answer) => answer !== '机械制造')) await wechat.ask(answer);
    await wechat.ask('1');
    const saved = (await wechat.ask('同意')).join('\n');
    expect(saved).toMatch(/已登记，编号 RZ\d{8}-\d{4}/);
    const [need] = await wechat.bot.app.needs.list();
    expect(need).toMatchObject({ channel: 'wechat', userId: wechat.owner.id, companyName: '宿州市测试机械有限公司', industry: '工业', contactName: '张三', phone: '13812345678', amount: 500 });
  });
});

describe('splitting', () => {
  it('keeps short text whole and never exceeds the limit', () => {
    expect(splitMessage('短消息', 10)).toEqual(['短消息']);
    const text = Array.from({ length: 30 }, (_, index) => `第${index}段。这是一段话。`).join('\n\n');
    const parts = splitMessage(text, 50);
    expect(parts.every((part) => [...part].length <= 50)).toBe(true);
    expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('flood guard', () => {
  it('asks a user who floods to slow down, once, and drops the flood', async () => {
    const wechat = await startWechat({ floodLimit: 3 });
    const before = wechat.sent.length;
    const handled = wechat.channel.adapter.handled;
    for (let index = 0; index < 6; index++) wechat.owner.say(`你好${index}`).to(wechat.me);
    await wechat.channel.adapter.whenHandled(handled + 6);
    await wechat.channel.adapter.drain();
    const replies = wechat.sent.slice(before).map((entry) => entry.text);
    expect(replies.filter((text) => text.includes('请稍等'))).toHaveLength(1);
  });
});

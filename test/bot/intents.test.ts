/** The command grammar (`knowledge/intents.yaml`) and the router's reading of a message, on their own. */
import { beforeAll, describe, expect, it } from 'vitest';
import { asksHowToImprove, asksWhetherQualifies, classify, matchIntent } from '../../src/bot/intents.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { IntentGrammar } from '../../src/knowledge/model.js';
import { PolicySearch } from '../../src/retrieval/policy-search.js';
import { KNOWLEDGE } from '../helpers.js';

let grammar: IntentGrammar;
let spell: (text: string) => string;
beforeAll(async () => {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error('shipped knowledge is invalid');
  grammar = loaded.knowledge.intents;
  spell = new PolicySearch(loaded.knowledge).analyzer.spell;
});

// The core phrasings owners use, each expected intent once; the habits below wrap them.
const CORE: Array<[string, string]> = [
  ['取消', 'cancel'], ['算了', 'cancel'], ['不填了', 'cancel'], ['退出', 'cancel'],
  ['菜单', 'menu'], ['主菜单', 'menu'], ['回到菜单', 'menu'],
  ['人工客服', 'handoff'], ['转人工', 'handoff'], ['人工', 'handoff'], ['找工作人员', 'handoff'],
  ['自测', 'assessment'], ['资格自测', 'assessment'], ['测一下', 'assessment'],
  ['登记融资需求', 'financing'], ['融资需求登记', 'financing'], ['贷款登记', 'financing'],
  ['上一步', 'back'], ['上一题', 'back'], ['跳过', 'skip'],
  ['谢谢', 'thanks'], ['多谢', 'thanks'],
  ['收到', 'acknowledge'], ['好的', 'acknowledge'], ['嗯嗯', 'acknowledge'], ['知道了', 'acknowledge'],
];
const PARTICLES = ['吧', '啊', '。', '！', '一下', '呀'];
const FILLER = ['我要', '麻烦', '请帮我', '好的，'];
const TRADITIONAL: Array<[string, string]> = [
  ['取消吧', 'cancel'], ['選單', 'menu'], ['轉人工', 'handoff'], ['人工客服啊', 'handoff'], ['資格自測', 'assessment'],
  ['登記融資需求', 'financing'], ['融資需求登記', 'financing'], ['貸款登記', 'financing'], ['上一題', 'back'], ['跳過', 'skip'],
  ['主選單', 'menu'], ['找工作人員', 'handoff'],
];

const table = (habit: string, rows: Array<[string, string]>) => rows.map(([text, intent]) => ({ habit, text, intent }));
const withParticles = table('particles', CORE.flatMap(([text, intent]) => PARTICLES.map((particle) => [`${text}${particle}`, intent] as [string, string])));
const withFiller = table('filler', CORE.flatMap(([text, intent]) => FILLER.map((filler) => [`${filler}${text}`, intent] as [string, string])));
const wordOrder = table('word order', [
  ['我要登记融资需求', 'financing'], ['我要登记', 'financing'], ['我要找人工客服', 'handoff'], ['人工客服找一下', 'handoff'],
  ['找个人工问问', 'handoff'], ['能不能找个真人', 'handoff'], ['人工客服在吗', 'handoff'], ['有没有人工', 'handoff'], ['可以登记融资需求', 'financing'],
  // A request put politely as a question is still the request; “我想登记一下融资需求” too.
  ['可以登记融资需求吗', 'financing'], ['我想登记一下融资需求', 'financing'], ['可以转人工吗', 'handoff'], ['可以自测吗', 'assessment'],
  // Two phrasings of one command, or a measure word inside one, as owners type them.
  ['我想登记个融资需求', 'financing'], ['登记一下贷款需求', 'financing'], ['帮我登记个贷款', 'financing'], ['我要登记下融资', 'financing'],
  ['转个人工', 'handoff'], ['我要看下我的融资需求', 'myNeeds'], ['查一下我的需求', 'myNeeds'],
  ['菜单一下', 'menu'], ['给我菜单', 'menu'], ['取消啊', 'cancel'], ['先跳过', 'skip'], ['帮我测一下', 'assessment'], ['我想自测', 'assessment'],
  ...CORE.map(([text, intent]) => [`${text}吧，麻烦了`, intent] as [string, string]),
  ...CORE.map(([text, intent]) => [`嗯，${text}`, intent] as [string, string]),
  ...CORE.map(([text, intent]) => [`那就${text}吧`, intent] as [string, string]),
]);
const traditional = table('traditional characters', [
  ...TRADITIONAL,
  ...TRADITIONAL.flatMap(([text, intent]) => PARTICLES.map((particle) => [`${text}${particle}`, intent] as [string, string])),
]);

describe('one grammar for commands (knowledge/intents.yaml)', () => {
  it('has at least 60 phrasings per language habit', () => {
    for (const rows of [withParticles, withFiller, wordOrder, traditional]) expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...withParticles, ...withFiller, ...wordOrder, ...traditional])('$habit: “$text” is $intent', ({ text, intent }) => {
    expect(matchIntent(text, grammar)).toBe(intent);
  });

  it.each(['人工智能有支持吗', '有没有补贴', '能不能贷款', '融资需求库是干什么的', '取消专精特新认定会怎样', '菜单里的政策是哪年的', '跳过研发费用会影响结果吗', '取消登记', '人工智能', '看政策', '个人'])(
    '“%s” stays a policy question',
    (text) => {
      expect(classify(text, grammar, spell)).toBe('question');
    },
  );

  it.each(['我们营收5000万 研发占比5% 能评专精特新不', '俺们厂够不够格申请小巨人', '营收不到一千万能评专精特新吗', '我们这样的符合创新型中小企业吗', '能否认定为市级专精特新', '我们是做食品的 想评专精特新 需要啥条件', '打算申报创新型中小企业'])(
    '“%s” asks whether a company qualifies',
    (text) => {
      expect(asksWhetherQualifies(text)).toBe(true);
    },
  );

  it.each(['专精特新企业申请条件是什么', '认定专精特新了市里给多少钱', '税融通怎么申请', '专精特新证书有效期几年'])('“%s” does not ask whether a company qualifies', (text) => {
    expect(asksWhetherQualifies(text)).toBe(false);
  });

  it.each(['还差12分 怎么能补上', '怎么提高分数', '怎么才能达到及格', '哪些项能加分', '咋提分'])('“%s” asks how the owner’s score could reach the pass mark', (text) => {
    expect(asksHowToImprove(text)).toBe(true);
  });

  it.each(['资产负债率怎么提高', '研发费用怎么算分', '专精特新怎么评分', '差多少分能评上'])('“%s” does not ask how to improve the owner’s own score', (text) => {
    expect(asksHowToImprove(text)).toBe(false);
  });

  it('takes “好的” for an acknowledgement only when no other command is in the message', () => {
    expect(matchIntent('嗯嗯 好的', grammar)).toBe('acknowledge');
    expect(matchIntent('好的，菜单', grammar)).toBe('menu');
    expect(matchIntent('好的，谢谢', grammar)).toBe('thanks');
    expect(matchIntent('嗯，转人工', grammar)).toBe('handoff');
    expect(matchIntent('好的，先跳过', grammar)).toBe('skip');
    // The other ways of nodding along (行, 行吧, 对, 收到) are politeness before a command too.
    expect(matchIntent('行，菜单', grammar)).toBe('menu');
    expect(matchIntent('行吧 取消', grammar)).toBe('cancel');
    expect(matchIntent('行 那我登记个融资需求', grammar)).toBe('financing');
    expect(matchIntent('收到 转人工', grammar)).toBe('handoff');
    expect(matchIntent('行', grammar)).toBe('acknowledge');
    expect(matchIntent('对的', grammar)).toBe('acknowledge');
    expect(classify('行 税融通是什么', grammar, spell)).toBe('question');
    expect(classify('好的 税融通是什么', grammar, spell)).toBe('question');
  });

  it.each([
    // The dialect's 俺 and 咱 as 我.
    ['俺想贷款', 'financing'],
    ['俺们要融资', 'financing'],
    ['咱想登记融资需求', 'financing'],
    ['俺要找人工', 'handoff'],
    // The everyday ways owners open a conversation, ask for a person, a registration or a self-assessment.
    ['有人吗', 'greeting'],
    ['你是机器人吗', 'greeting'],
    ['我要找人', 'handoff'],
    ['怎么联系你们工作人员', 'handoff'],
    ['怎么转人工', 'handoff'],
    ['能帮我登记一下吗', 'financing'],
    ['帮我们看看能不能评上专精特新', 'assessment'],
    ['我刚才登记的需求到哪一步了', 'myNeeds'],
    ['不贷了', 'cancel'],
    ['俺们想测测能不能评上专精特新', 'assessment'],
    // A misspelt or traditional domain word routes as the word: owners type by sound.
    ['俺们想测测能不能评上转精特新', 'assessment'],
    ['我们厂能评上专精特新吗', 'assessment'],
    ['俺们公司可以申请创新型中小企业吗', 'assessment'],
    ['个体户能申请专精特新吗', 'question'],
    ['我们能申请专精特新不', 'assessment'],
    ['评专精特新要花钱吗', 'question'],
    ['申请专精特新要多久', 'question'],
    ['我想测一下能不能申請專精特新', 'assessment'],
    ['选2', 'assessment'],
    ['我想测测我们能评上哪一级', 'assessment'],
    ['我们公司够得上哪个层级', 'assessment'],
    ['谢谢 没事了', 'thanks'],
    ['明白了 谢谢', 'thanks'],
    // Emoji and WeChat's emoticons nod along; asking to ask gets the invitation to ask.
    ['👍', 'acknowledge'],
    ['[微笑]', 'acknowledge'],
    ['好的👍', 'acknowledge'],
    ['你好 我想问个事', 'consult'],
    ['我想问一下', 'consult'],
    ['请问', 'consult'],
    // After “回复“自测”…”: how to take it is taking it; 好滴 is 好的.
    ['那咋测呢', 'assessment'],
    ['怎么测', 'assessment'],
    ['好滴', 'acknowledge'],
    ['请问税融通是什么', 'question'],
    ['收到 多谢', 'thanks'],
    // A bare yes after an answer agrees; it is no question (it was declined, and then its “是” opened a handoff with “是的” as the question).
    ['是的', 'acknowledge'],
    ['对', 'acknowledge'],
    // The same words about something else stay questions.
    ['专精特新分哪几级', 'question'],
    ['招工难 找人不好找有补贴吗', 'question'],
    ['工业机器人有补贴吗', 'question'],
  ])('hears “%s” as %s, the way owners say it', (text, intent) => {
    expect(classify(text, grammar, spell)).toBe(intent);
  });

  it('offers the financing registration to an owner who says the company wants a loan, in any of the usual words', () => {
    for (const text of ['我们厂想贷款', '我想贷点款', '我们想借点钱', '我们公司要融资', '俺们厂子想贷点款 有啥路子没', '咱们企业需要贷款', '你好 俺们厂子想贷点款 咋登记啊', '您好，请问我们公司想融资']) {
      expect(classify(text, grammar, spell), text).toBe('financing');
    }
    for (const text of ['贷款有啥路子', '我们厂贷款到期了怎么办', '我想了解税融通', '你好 贷款有啥路子']) {
      expect(classify(text, grammar, spell), text).toBe('question');
    }
  });

  it('routes menu numbers and the withdrawal command', () => {
    expect(classify('2', grammar, spell)).toBe('assessment');
    expect(classify('撤回 RZ20261126-0001', grammar, spell)).toBe('withdraw');
    expect(classify('  ', grammar, spell)).toBe('empty');
  });
});

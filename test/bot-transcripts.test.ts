import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS, texts } from '../src/texts.js';
import { say, startTestBot } from './helpers.js';

describe('bot core transcripts (the real bot, driven through the receive every channel uses)', () => {
  it('greets with the menu', async () => {
    const bot = await startTestBot();
    const replies = await say(bot, '你好');
    expect(replies[0]).toContain('政策助手');
    expect(replies[1]).toMatch(/1\. 政策咨询\n2\. 资格自测\n3\. 融资需求登记\n4\. 帮助\n5\. 人工咨询/);
  });

  it('points an owner asking whether their company qualifies to the self-assessment, under the answer', async () => {
    const bot = await startTestBot();
    const [reply] = await say(bot, '我们营收5000万，研发占比5%，能评专精特新不');
    expect(reply).toContain('回复“自测”做个资格自测');
    const [plain] = await say(bot, '认定专精特新了市里给多少钱');
    expect(plain).not.toContain('资格自测');
    const started = await say(bot, '自测');
    expect(started.join('\n')).toContain('资格自测');
  });

  it('points to the self-assessment under an answer and a decline, when the question was whether the company qualifies', async () => {
    const bot = await startTestBot();
    const [declined] = await say(bot, '个体户能申请专精特新吗');
    expect(declined).toContain('抱歉');
    expect(declined).toContain('回复“自测”做个资格自测');
    const [answered] = await say(bot, '我们公司够不够格申请专精特新 要什么条件');
    expect(answered).toContain('专精特新中小企业认定标准 · 认定条件');
    expect(answered).toContain('回复“自测”做个资格自测');
    const [other] = await say(bot, '个税怎么算');
    expect(other).toContain('抱歉');
    expect(other).not.toContain('回复“自测”');
  });

  it('reads a short follow-up (“额度多少”, “怎么申请”) as about the subject just answered, and says so', async () => {
    const bot = await startTestBot();
    await say(bot, '税融通是什么');
    const [amount] = await say(bot, '额度多少');
    // No passage on 税融通 states an amount: that is the answer, not a reason to drop the reading.
    expect(amount).toMatch(/^（按“税融通额度多少”回答）\n抱歉，政策知识库里提到了税融通，但没有写明它的金额/);
    const [how] = await say(bot, '怎么申请');
    expect(how).toContain('（按“税融通怎么申请”回答）');
    expect(how).toContain('三、(三)优化金融服务');
    // A topic of its own is never tied to the last subject, and a decline leaves none to follow up on.
    const [tax] = await say(bot, '个税怎么算');
    expect(tax).toContain('抱歉');
    expect(tax).not.toContain('（按“');
    const [department] = await say(bot, '找哪个部门');
    expect(department).not.toContain('（按“');
    // Another owner's subject is not this one's.
    expect((await say(bot, '额度多少', 'owner-2'))[0]).not.toContain('（按“');
  });

  it('takes “是的” after an answer as agreement, not a question that a “对” would then pass to staff', async () => {
    const bot = await startTestBot();
    await say(bot, '税融通是什么');
    expect((await say(bot, '是的'))[0]).toContain('还有问题可以直接问我');
    expect((await say(bot, '对'))[0]).not.toContain('已转给工作人员');
    expect((await say(bot, '明白了 谢谢'))[0]).toContain('不客气');
    expect(await bot.app.handoff.store.list()).toEqual([]);
  });

  it('reads “政银担呢” and “那省级的呢” as the last question about another subject or level', async () => {
    const bot = await startTestBot();
    await say(bot, '续贷过桥是什么');
    const [other] = await say(bot, '政银担呢');
    expect(other).toMatch(/^（按“政银担是什么”回答）\n意见要求大力推广新型政银担业务/);
    await say(bot, '市级专精特新奖励多少');
    const [level] = await say(bot, '那省级的呢');
    expect(level).toContain('（按“省级专精特新奖励多少”回答）');
    expect(level).toContain('知识库只收录宿州市的政策，没有省级的规定');
    expect(level).toContain('30万元');
  });

  it('survives an error inside a Botkit handler: the owner gets one sentence, the next message is answered', async () => {
    const bot = await startTestBot();
    const handoff = bot.app.bot.services.handoff;
    const open = handoff.open.bind(handoff);
    handoff.open = async () => {
      throw new Error('the disk went away');
    };
    const failed = await say(bot, '转人工');
    expect(failed.join('\n')).toContain(texts.internalError);
    expect(bot.logLines.join('\n')).toContain('the disk went away');
    handoff.open = open;
    const [answer] = await say(bot, '认定专精特新了市里给多少钱');
    expect(answer).toContain('30万元');
  });

  it('keeps a form open on the same question when a step fails, with the answers so far', async () => {
    const bot = await startTestBot();
    await say(bot, '自测');
    // The knowledge becomes unreadable only inside the form's step (answerStep), so that the turn
    // gets past the fast-path checks and fails where Botkit would have swallowed the error.
    const knowledge = bot.app.bot.services.knowledge;
    const current = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(knowledge), 'current')!;
    let failing = true;
    Object.defineProperty(knowledge, 'current', {
      configurable: true,
      get: () => {
        if (failing && new Error().stack?.includes('answerStep')) throw new Error('knowledge unreadable');
        return current.get!.call(knowledge);
      },
    });
    const failed = await say(bot, '不知道怎么填');
    expect(failed.join('\n')).toContain(texts.internalError);
    failing = false;
    const again = await say(bot, '取消');
    expect(again.join('\n')).toContain(texts.cancelled);
  });

  it('answers a policy question with its citation', async () => {
    const bot = await startTestBot();
    const [answer] = await say(bot, '认定专精特新了市里给多少钱');
    expect(answer).toContain('30万元');
    expect(answer).toContain('三、(二)强化资金支持');
  });

  it('quotes the title when asked who issued the policy: the issuer is named there and nowhere else', async () => {
    const bot = await startTestBot();
    const [answer] = await say(bot, '这个意见是谁发布的');
    expect(answer).toContain('发文机关是宿州市人民政府');
    expect(answer).toContain('【政策原文】“宿州市人民政府关于进一步推进中小企业“专精特新”发展的实施意见”');
    expect(answer).toContain('》标题');
    // The addressee line it used to quote says who the policy is for, not who issued it.
    expect(answer).not.toContain('各直属单位');
  });

  it('says plainly when the knowledge does not cover a question, shows the menu and logs it', async () => {
    const bot = await startTestBot();
    const [answer] = await say(bot, '个人所得税怎么算，我电话13812345678');
    expect(answer).toContain('没有找到');
    expect(answer).toContain('1. 政策咨询');
    await bot.app.bot.services.unanswered.flush();
    const log = await readFile(path.join(bot.dataDirectory, 'unanswered.jsonl'), 'utf8');
    const entry = JSON.parse(log.trim()) as { question: string; channel: string };
    expect(entry.channel).toBe('test');
    expect(entry.question).toContain('138****5678');
    expect(entry.question).not.toContain('13812345678');
    expect(await bot.app.bot.services.unanswered.summary()).toEqual([
      expect.objectContaining({ question: entry.question, count: 1 }),
    ]);
  });

  it('understands menu numbers, help, handoff and cancel with nothing to cancel', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '4'))[0]).toContain('使用说明');
    expect((await say(bot, '1'))[0]).toContain('请直接输入');
    expect((await say(bot, '人工咨询'))[0]).toMatch(/已转给工作人员，编号：RG\d{8}-\d{4}/);
    // The first 取消 withdraws the open handoff request; then there is nothing left to cancel.
    expect((await say(bot, '取消'))[0]).toContain('已撤回人工咨询');
    const cancelled = await say(bot, '取消');
    expect(cancelled[0]).toContain('当前没有进行中的流程');
    expect(cancelled[1]).toContain('1. 政策咨询');
    expect((await say(bot, '菜单。'))[0]).toContain('请回复数字');
  });

  it('shows the policy’s status note in full once per conversation, then one short line', async () => {
    const bot = await startTestBot();
    const [first] = await say(bot, '税融通是什么');
    const [second] = await say(bot, '驰名商标目标多少件');
    expect(first).toContain('所定目标以2020年为期');
    expect(second).not.toContain('所定目标以2020年为期');
    expect(second).toContain('【提示】2018年政策，以主管部门最新通知为准。');
  });

  it('does not log form answers typed outside a form as unanswered questions', async () => {
    const bot = await startTestBot();
    await say(bot, '跳过');
    await say(bot, '百分之十五');
    await say(bot, '个人所得税怎么算');
    await bot.app.bot.services.unanswered.flush();
    expect((await bot.app.bot.services.unanswered.summary()).map((entry) => entry.question)).toEqual(['个人所得税怎么算']);
  });

  it('answers an empty message with a hint instead of an error', async () => {
    const bot = await startTestBot();
    expect((await say(bot, '   '))[0]).toContain('没有收到文字');
  });

  it('starts the self-assessment when the owner misspells the tier as it sounds', async () => {
    const bot = await startTestBot();
    const [intro] = await say(bot, '俺们想测测能不能评上转精特新');
    expect(intro).toBe(texts.questionnaire.intro);
  });

  it('keeps each user’s conversation apart', async () => {
    const bot = await startTestBot();
    const first = await say(bot, '税融通是什么', 'owner-a');
    const second = await say(bot, '驰名商标目标多少件', 'owner-b');
    expect(first[0]).toContain('税融通');
    expect(second[0]).toContain('10件');
  });

  describe('ask-back and numbered lists', () => {
    // Both tiers have a direct pass, each an FAQ entry, and the question names neither: it asks which.
    const question = '直通条件有哪些';
    const specialized = '专精特新中小企业的直通条件有哪些？';

    it('asks back with plain-language options and answers the one picked by number', async () => {
      const bot = await startTestBot();
      const [asked] = await say(bot, question);
      expect(asked).toContain('您想问的是哪一项？');
      const number = new RegExp(`(\\d)\\. ${specialized}`).exec(asked!)?.[1];
      expect(number).toBeDefined();
      const [answer] = await say(bot, number!);
      expect(answer).toContain('近两年新增股权融资6000万元以上');
      expect(answer).toContain('专精特新中小企业认定标准 · 直通条件');
    });

    it('answers the option typed as its label, picked as “选2”, or sent as a tapped button’s text', async () => {
      const bot = await startTestBot();
      const [asked] = await say(bot, question);
      const label = /2\. (.+)/.exec(asked!)![1]!;
      const [byLabel] = await say(bot, label);
      expect(byLabel).toContain('【政策原文】');
      expect(byLabel).not.toContain('您想问的是哪一项');
      const [askedAgain] = await say(bot, question);
      const number = new RegExp(`(\\d)\\. ${specialized}`).exec(askedAgain!)?.[1];
      const [bySaying] = await say(bot, `选${number}`);
      expect(bySaying).toContain('近两年新增股权融资6000万元以上');
      await say(bot, question);
      const [byButton] = await say(bot, specialized);
      expect(byButton).toContain('近两年新增股权融资6000万元以上');
    });

    it('applies the size rule picked from an ask-back to the figures of the question asked', async () => {
      const bot = await startTestBot();
      // No industry named: which size rule is the owner's to pick.
      const [asked] = await say(bot, '500人 营收5000万 是中型还是小型');
      const number = /(\d)\. 工业企业怎么分中型、小型、微型？/.exec(asked!)?.[1];
      expect(number).toBeDefined();
      const [answer] = await say(bot, number!);
      expect(answer).toContain('按您说的从业人员500人、营业收入5000万元，对照工业的标准，属于中型企业');
    });

    it('says which numbers are valid for a number past the list, and the list still counts', async () => {
      const bot = await startTestBot();
      const [asked] = await say(bot, question);
      const count = asked!.split('\n').filter((line) => /^\d\. /.test(line)).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(await say(bot, '12')).toEqual([texts.noSuchItem(count)]);
      const number = new RegExp(`(\\d)\\. ${specialized}`).exec(asked!)?.[1];
      const [answer] = await say(bot, `第${number}个`);
      expect(answer).toContain('近两年新增股权融资6000万元以上');
      await say(bot, '菜单');
      expect(await say(bot, '9')).toEqual([texts.noSuchItem(MENU_ITEMS.length)]);
    });

    it('offers a person under an ask-back that follows a turn without an answer, and not after an answer', async () => {
      const bot = await startTestBot();
      await say(bot, '个税怎么算');
      const [asked] = await say(bot, question);
      expect(asked).toContain('您想问的是哪一项？');
      expect(asked).toContain(texts.handoff.offerAfterMisses);
      const [answer] = await say(bot, '1');
      expect(answer).toContain('【政策原文】');
      const [askedAgain] = await say(bot, question);
      expect(askedAgain).toContain('您想问的是哪一项？');
      expect(askedAgain).not.toContain(texts.handoff.offerAfterMisses);
    });

    it('answers an option labelled with an FAQ question with that FAQ, not the clause sentence that matched', async () => {
      const bot = await startTestBot();
      // The closest passage is a sentence of the 直通条件 clause; the FAQ on that clause labels it, and
      // picking the label gives that FAQ's answer (the owner's short reading), then the clause's quote.
      const [asked] = await say(bot, '拿过省科技奖 能不能直接认定专精特新');
      const number = /(\d)\. 专精特新中小企业的直通条件有哪些？/.exec(asked!)?.[1];
      expect(number).toBeDefined();
      const [answer] = await say(bot, number!);
      expect(answer!.split('\n')[0]).toBe(
        '评价得分不足60分时，满足下列条件之一也可：近三年获省级科技奖励且排名前三或国家级科技奖励且排名前五；近两年研发费用均值1000万元以上；近两年新增股权融资6000万元以上；近三年进入“创客中国”大赛全国500强企业组名单。其他三项条件仍须满足。',
      );
    });

    it('answers an indicator both tiers score with both standards at once, when the question names no tier', async () => {
      const bot = await startTestBot();
      const [both] = await say(bot, '资产负债率怎么打分');
      expect(both).not.toContain('您想问的是哪一项');
      expect(both).toContain(texts.answer.eachTier);
      expect(both).toContain('55%以下得10分');
      expect(both).toContain('50%以下得5分');
      expect(both!.indexOf('创新型中小企业评价标准')).toBeLessThan(both!.indexOf('专精特新中小企业认定标准'));
      // Naming a tier, even misspelt, gets that tier's standard alone.
      const [one] = await say(bot, '转精特新 资产负债率咋打分');
      expect(one).toContain('50%以下得5分');
      expect(one).not.toContain('55%以下得10分');
      // Also when the retrieval ties the two: a long question naming the tier in passing, with a figure.
      const [named] = await say(bot, '说实话我们厂负债有点高 资产负债率差不多百分之七十 评专精特新的时候这一项还能得分吗');
      expect(named).not.toContain('55%以下得10分');
      expect(named).toContain('按您说的70%，专精特新中小企业评价中这一项得0分（满分5分）');
    });

    it('holds the figures an owner states against the conditions it quotes (“研发一年八十来万 够不够”)', async () => {
      const bot = await startTestBot();
      const [short] = await say(bot, '我们研发一年八十来万 够不够');
      expect(short).toContain('【政策原文】“专精特新中小企业须同时满足');
      expect(short).toContain('对照专精特新中小企业的认定条件，按您说的（约数按整数计）：上年度研发费用总额80万元，不到100万元。');
      // The rest is for the self-assessment, which will not ask the figure again.
      expect(short).toContain(texts.answer.tryAssessment);
      const [both] = await say(bot, '我们研发费用一年一百二十万 营收三千万 专精特新研发条件够了没');
      expect(both).toContain('上年度研发费用总额120万元，达到100万元，研发费用占营业收入比重4%，达到3%；上年度营业收入总额3000万元，达到1000万元');
      // A figure alone leaves the other half of its condition open, and says so.
      const [open] = await say(bot, '研发投入一百二十万 评专精特新够吗');
      expect(open).toContain('达到100万元，这一条还要看研发费用占营业收入比重');
      // Asked whether the company qualifies too, the pointer to 自测 is said once.
      const [qualifies] = await say(bot, '我们研发一年八十来万 想评专精特新 够不够');
      expect(qualifies!.split('回复“自测”')).toHaveLength(2);
      // Without a figure, only the rule.
      const [rule] = await say(bot, '专精特新研发费用有什么要求');
      expect(rule).not.toContain('按您说的');
    });

    it('reads a number after an answer as one of its follow-ups, and the menu’s only after the menu', async () => {
      const bot = await startTestBot();
      const [answer] = await say(bot, '认定专精特新了市里给多少钱');
      const second = /\n2\. (.+)/.exec(answer!)![1]!;
      const [followUp] = await say(bot, '2');
      expect(followUp).not.toContain('资格自测');
      expect(followUp).toContain('【政策原文】');
      const picked = followUp!.split('\n')[0];
      expect(picked).toBeTruthy();
      expect(second.length).toBeGreaterThan(3);
      await say(bot, '菜单');
      const assessment = await say(bot, '2');
      expect(assessment.join('\n')).toContain('资格自测');
    });

    it('takes “嗯嗯 好的” after an answer as an acknowledgement: no decline, no person offered, the follow-ups still count', async () => {
      const bot = await startTestBot();
      const [answer] = await say(bot, '认定专精特新了市里给多少钱');
      const second = /\n2\. (.+)/.exec(answer!)![1]!;
      const acknowledged = await say(bot, '嗯嗯 好的');
      expect(acknowledged).toEqual([texts.acknowledged]);
      const [followUp] = await say(bot, '2');
      expect(followUp).toContain('【政策原文】');
      expect(followUp).not.toContain(texts.outOfScope.notCovered);
      expect(second.length).toBeGreaterThan(3);
    });
  });
});


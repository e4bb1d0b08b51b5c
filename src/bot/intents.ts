/**
 * What a message asks for, decided from its text and the command grammar in
 * `knowledge/intents.yaml`. Pure, so the routing rules can be tested without a channel. One
 * grammar serves the router and the interrupts inside a form, so “取消啊” cancels a form just as
 * it answers “nothing to cancel” outside one. Anything that is not a command is a policy question.
 */
import type { IntentGrammar } from '../knowledge/model.js';
import type { ServingKnowledge } from '../knowledge/store.js';
import type { IntentName } from '../knowledge/schema.js';
import { foldForMatching, listPosition } from '../forms/answer-parser.js';
import { matchIntent } from '../forms/command-grammar.js';

export { matchIntent };
import { MENU_ITEMS } from '../texts.js';

export type Command = Exclude<IntentName, 'back' | 'skip'>;
export type Intent = Command | 'question' | 'empty' | 'withdraw';

const MENU_NUMBERS: Record<string, Command> = {
  [MENU_ITEMS[0].number]: 'consult',
  [MENU_ITEMS[1].number]: 'assessment',
  [MENU_ITEMS[2].number]: 'financing',
  [MENU_ITEMS[3].number]: 'help',
  [MENU_ITEMS[4].number]: 'handoff',
};

export function isCommand(text: string, command: IntentName, grammar: IntentGrammar): boolean {
  return matchIntent(text, grammar) === command;
}

/**
 * `spell`: the owner's text with typos of domain words corrected, so that “评上转精特新” starts the
 * self-assessment as “评上专精特新” does. Command words are matched as typed.
 */
export function classify(text: string | undefined, grammar: IntentGrammar, spell: (text: string) => string): Intent {
  const typed = foldForMatching(text ?? '');
  if (!typed && !/[?？]/u.test(text ?? '')) return 'empty';
  // “2”, “选2”, “第二个”: a number picks from the menu as from any other list.
  const numbered = MENU_NUMBERS[String(listPosition(text ?? ''))];
  if (numbered) return numbered;
  const intent = matchIntent(text, grammar);
  if (intent && intent !== 'back' && intent !== 'skip') return intent;
  if (asksForPerson(text ?? '', grammar)) return 'handoff';
  const folded = withoutOpening(foldForMatching(spell(text ?? '')), grammar);
  // “我能申请专精特新吗”, “我们厂能评上专精特新吗”: whether this company qualifies is the self-assessment's question.
  // Only particles after the tier: “评专精特新要花钱吗” asks about a fee, not whether the company qualifies.
  if (/^((我|俺|咱)(们)?)?(厂子?|公司|企业)?(能|能不能|可以|可不可以)?(申请|申报|评上|评)(专精特新|创新型中小企业)[了上成到]?[不没啊呀吧呢嘛吗么]{0,3}$/u.test(folded)) return 'assessment';
  if (/^(帮我|给我)?(测|评估|测评)(一下|一测)?/u.test(folded)) return 'assessment';
  // “我想测一下能不能申请专精特新”, “看看我们够不够格评专精特新”.
  if (/^((我|俺|咱)(们)?(想|要)|帮我们|帮我|给我们|给我|想)?(测一下|测一测|测测|看看|评估一下)(我们|我们公司|我们厂)?(能不能|能否|可不可以|够不够格|有没有资格|符不符合)(申请|申报|评上|评|认定)?(专精特新|创新型中小企业)/u.test(folded)) return 'assessment';
  // “我想测测我们能评上哪一级”, “我们公司够得上哪个层级”: which tier this company reaches.
  if (/(能|可以|能够)?(评|评上|评到|够得上|够上|达到|算)(哪一级|哪级|哪个级别|哪个层级|哪一档|什么级别|什么层级)/u.test(folded)) return 'assessment';
  // “我想贷款”, “我们厂想贷点款”, “俺们公司要借点钱”: an owner who wants a loan is offered the
  // registration that puts the need before the banks, whatever follows (“…有啥路子没”).
  if (/^(我|俺|咱)(们)?(厂子?|公司|企业)?(想|要|需要)(贷款|贷点款|贷笔款|融资|融点资|借钱|借点钱|借笔钱|申请贷款)/u.test(folded)) return 'financing';
  if (/^撤回/u.test(folded)) return 'withdraw';
  return 'question';
}

/**
 * “你好 俺们厂子想贷点款 咋登记啊”, “请问我们公司能评专精特新吗”: a greeting or a “请问” in front
 * says nothing of what is asked, and the rules below read a message from its start.
 */
function withoutOpening(folded: string, grammar: IntentGrammar): string {
  const openings = openingsOf(grammar);
  let rest = folded;
  for (;;) {
    const opening = openings.find((phrase) => rest.startsWith(phrase) && rest.length > phrase.length);
    if (!opening) return rest;
    rest = rest.slice(opening.length);
  }
}

/** Every message is read for an opening: the phrases are folded once per knowledge version, longest first. */
const openingPhrases = new WeakMap<IntentGrammar, string[]>();

function openingsOf(grammar: IntentGrammar): string[] {
  let openings = openingPhrases.get(grammar);
  if (!openings) {
    openings = [...grammar.intents.greeting, ...grammar.intents.consult]
      .map(foldForMatching)
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    openingPhrases.set(grammar, openings);
  }
  return openings;
}

/** The router's reading of a message with the knowledge being served: its commands and its spelling. */
export function classifyWith(serving: ServingKnowledge, text: string | undefined): Intent {
  return classify(text, serving.knowledge.intents, serving.search.analyzer.spell);
}

/** “人工”, “转人工客服啊”, or “我要找人工，税融通怎么申请”: the owner asks for a person. */
export function asksForPerson(text: string, grammar: IntentGrammar): boolean {
  return matchIntent(text, grammar) === 'handoff' || handoffQuestion(text, grammar) !== undefined;
}

/**
 * The question an owner wrote after asking for a person in the same message (“我要找人工，税融通
 * 怎么申请” → “税融通怎么申请”): the part before the first pause must be a handoff phrasing.
 */
export function handoffQuestion(text: string, grammar: IntentGrammar): string | undefined {
  const split = /^([^，,。；;：:！!？?\s]+)[，,。；;：:！!？?\s]+(.+)$/su.exec(text.trim());
  if (!split || matchIntent(split[1], grammar) !== 'handoff') return undefined;
  const question = split[2]!.trim();
  return foldForMatching(question) ? question : undefined;
}

/**
 * “还差12分 怎么能补上”, “怎么提高分数”, “哪些项能加分”: how the owner's own score could reach the
 * pass mark, which the last self-assessment answers (see assessment-entry).
 */
export function asksHowToImprove(text: string): boolean {
  return /还差.{0,6}(怎么|咋|如何)|(怎么|咋|如何|怎样)(才能|能|可以)?(提高|提升|补上|补齐|补足|多拿|拿到|凑够|达到)(分|得分|分数|及格)|(提高|提升)(分数|得分)|哪些(项|方面|地方)(能|可以)?(提高|加分|提分|多拿分)|(怎么|咋|如何)(提分|加分|补分)/u.test(foldForMatching(text));
}

/**
 * “我们营收5000万，能评专精特新不”, “够不够格申请小巨人”: a question whether a company qualifies,
 * which the self-assessment answers for that company better than any one clause.
 */
export function asksWhetherQualifies(text: string): boolean {
  return /(能|可以|可不可以|能不能|能否|够不够格?|够格|有没有资格|有资格|符不符合|符合|算不算|想|打算|准备)(申请|申报|评上|评|认定|参评|入选|入库)?(为|成)?(市级|省级|国家级)?(专精特新|创新型中小企业|小巨人)/u.test(foldForMatching(text));
}


/**
 * The command grammar of `knowledge/intents.yaml` applied to a message: which command word it is,
 * with politeness, particles and filler around it. The router, the dialog interrupts and the
 * forms' back/skip all ask here, so they never disagree.
 */
import type { IntentGrammar } from '../knowledge/model.js';
import type { IntentName } from '../knowledge/schema.js';
import { foldForMatching } from './answer-parser.js';
import { escapeRegExp } from '../infrastructure/regexp.js';

/** Compiled once per grammar: phrases and fillers folded the way messages are. */
const compiled = new WeakMap<
  IntentGrammar,
  {
    /** `strength`: the phrase's length, or 0 for a phrase that is filler too. */
    phrases: Phrasing[];
    fillers: string[];
    fillerCharacters: Set<string>;
    /** Every character of every phrase and filler: a message with any other character is no command. */
    commandCharacters: Set<string>;
    answers: Map<string, IntentName | undefined>;
  }
>();
interface Phrasing {
  name: IntentName;
  phrase: string;
  /** The phrase with a measure word allowed inside it: “转个人工”, “登记下贷款”, “查看一下融资需求”. */
  pattern: RegExp;
  strength: number;
}

/** What owners put inside a phrasing without changing it. */
const INSIDE_A_PHRASE = '(?:一下|个|下)?';

/** A turn asks about its text several times (the fast path, the router, the interrupts): answers are kept. */
const ANSWERS_KEPT = 2000;

function compile(grammar: IntentGrammar) {
  let result = compiled.get(grammar);
  if (!result) {
    const fillers = [...new Set(grammar.fillers.map(foldForMatching).filter(Boolean))].sort((a, b) => b.length - a.length);
    const phrases = (Object.entries(grammar.intents) as Array<[IntentName, string[]]>).flatMap(([name, list]) =>
      list
        .map((phrase) => foldForMatching(phrase))
        .filter(Boolean)
        .map((phrase) => ({
          name,
          phrase,
          pattern: new RegExp([...phrase].map(escapeRegExp).join(INSIDE_A_PHRASE), 'u'),
          strength: fillers.includes(phrase) ? 0 : phrase.length,
        })),
    );
    const fillerCharacters = new Set(fillers.join(''));
    const commandCharacters = new Set([...fillerCharacters, ...phrases.map(({ phrase }) => phrase).join('')]);
    compiled.set(grammar, (result = { phrases, fillers, fillerCharacters, commandCharacters, answers: new Map() }));
  }
  return result;
}

/** True when nothing but politeness, particles and filler is left. */
function onlyFiller(text: string, fillers: string[], fillerCharacters: Set<string>): boolean {
  // Most questions hold a phrase (咨询, 登记) among words no filler is made of: one pass says so.
  for (const character of text) if (!fillerCharacters.has(character)) return false;
  let rest = text;
  for (const filler of fillers) rest = rest.split(filler).join('');
  return rest.length === 0;
}

/**
 * The command a message is, if it is one: a phrasing of the grammar with nothing but filler
 * around it (“我要找人工客服啊”, “菜单一下”). The longest phrasing wins (“登记融资需求” over “融资”),
 * and a phrasing that is filler too (好的, 嗯) only when no other is there: “好的，菜单” is the menu.
 */
export function matchIntent(text: string | undefined, grammar: IntentGrammar): IntentName | undefined {
  const typed = (text ?? '').normalize('NFKC').trim();
  if (/^[?？]+$/u.test(typed)) return 'help';
  // “👍”, “[微笑]” alone nod along; “好的👍” is “好的”.
  const raw = typed.replace(EMOTICONS, '').trim();
  if (!raw && typed) return 'acknowledge';
  const folded = foldForMatching(raw);
  if (!folded) return undefined;
  const { phrases, fillers, fillerCharacters, commandCharacters, answers } = compile(grammar);
  if (answers.has(folded)) return answers.get(folded);
  // A policy question nearly always holds a character no command is written with (税, 补): no need to try each phrase.
  let possible = true;
  for (const character of folded) {
    if (commandCharacters.has(character)) continue;
    possible = false;
    break;
  }
  let best: { name: IntentName; strength: number } | undefined;
  for (const { name, pattern, strength } of possible ? phrases : []) {
    if (best && strength <= best.strength) continue;
    const found = pattern.exec(folded);
    if (!found) continue;
    if (onlyFiller(folded.slice(0, found.index) + folded.slice(found.index + found[0].length), fillers, fillerCharacters)) best = { name, strength };
  }
  // “我想登记个融资需求”, “登记一下贷款需求”: two phrasings of one command with filler between them.
  if (!best && possible) best = phrasingsOfOneCommand(folded, phrases, fillers, fillerCharacters);
  if (answers.size >= ANSWERS_KEPT) answers.delete(answers.keys().next().value as string);
  answers.set(folded, best?.name);
  return best?.name;
}

/** Emoji and WeChat's bracketed emoticons ([微笑], [强], [OK]): a feeling, not words. */
const EMOTICONS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\[[\p{Script=Han}A-Za-z]{1,4}\]/gu;

/** Commands said together with another's words: “明白了 谢谢” is thanks, “你好 我想问个事” asks to ask. */
const COMPANIONS: Partial<Record<IntentName, IntentName[]>> = { thanks: ['acknowledge'], consult: ['greeting'] };

/** The command whose phrasings, taken out longest first, leave only filler; the longest phrasing decides a tie. */
function phrasingsOfOneCommand(
  text: string,
  phrases: readonly Phrasing[],
  fillers: string[],
  fillerCharacters: Set<string>,
): { name: IntentName; strength: number } | undefined {
  let best: { name: IntentName; strength: number } | undefined;
  const names = new Set(phrases.filter(({ pattern, strength }) => strength > 0 && pattern.test(text)).map(({ name }) => name));
  for (const name of names) {
    const own = phrases.filter((candidate) => (candidate.name === name || COMPANIONS[name]?.includes(candidate.name)) && candidate.strength > 0).sort((a, b) => b.strength - a.strength);
    let rest = text;
    let strength = 0;
    for (const { pattern, phrase } of own) {
      if (!pattern.test(rest)) continue;
      rest = rest.replace(new RegExp(pattern.source, 'gu'), ' ');
      strength = Math.max(strength, phrase.length);
    }
    if (onlyFiller(rest.replace(/ /g, ''), fillers, fillerCharacters) && (!best || strength > best.strength)) best = { name, strength };
  }
  return best;
}

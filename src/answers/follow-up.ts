/**
 * Owners ask the way people talk: “税融通是什么” and then “额度多少”, “怎么申请”, “找哪个部门”, or
 * “政银担呢”, “那省级的呢”. Alone, such a question names nothing the knowledge can place, or not
 * what it asks; after an answer it asks about that answer. Pure: the analyzer and the dictionary's
 * `followUpWords`, levels and regions in, the question as meant out.
 */
import type { Dictionary } from '../knowledge/model.js';
import type { Analyzer, TopicWord } from '../retrieval/analyzer.js';
import { normalizeCharacters } from '../retrieval/segmenter.js';

/** What a question with no topic word of its own may still ask about the last subject (“找谁办”); “好的” asks nothing. */
const ASKS_SOMETHING = /谁|哪|什么时候|何时|多少|几|怎么|如何|咋/u;

/** A follow-up is a few words; a longer question says what it is about. */
const MAX_FOLLOW_UP_CHARACTERS = 12;

/** The follow-up words as the analyzer writes them (a synonym's canonical word: 哪个部门 → 牵头单位). */
const followUpSets = new WeakMap<Dictionary, Set<string>>();

function followUpWordsOf(dictionary: Dictionary): Set<string> {
  let words = followUpSets.get(dictionary);
  if (!words) {
    words = new Set(dictionary.followUpWords.flatMap((word) => [word, dictionary.canonical.get(word) ?? word].map(normalizeCharacters)));
    followUpSets.set(dictionary, words);
  }
  return words;
}

/** The domain terms a question is about (税融通, 发展基金), less the words that only ask about an aspect. */
export function subjectOf(analyzer: Analyzer, dictionary: Dictionary, question: string): string[] {
  const followUpWords = followUpWordsOf(dictionary);
  const terms = analyzer.topicWords(question).filter((word) => word.term && !followUpWords.has(word.text));
  return [...new Set(terms.map((word) => word.text))];
}

/** The question last answered, and what it was about (its domain terms). */
export interface LastAnswered {
  question: string;
  subject: readonly string[];
}

/** The question as the owner means it after `last` was answered, or nothing when it stands on its own. */
export function meantQuestion(analyzer: Analyzer, dictionary: Dictionary, question: string, last: LastAnswered): string | undefined {
  return askedAgainAbout(analyzer, dictionary, question, last) ?? asFollowUp(analyzer, dictionary, question, last.subject);
}

/** The city's own level, as a question names it. */
const CITY_LEVEL = /市级|市里|市认定/u;

/** A figure with its unit (八百万, 300人, 5%): what the company has, as owners state it. */
const STATES_A_FIGURE = /[0-9零一二两三四五六七八九十百千]+[来多余]?[万亿元%个人年]/u;

/** “政银担呢”, “那省级的呢”, “那成长性小微企业呢”: the last question, about something else. */
const ABOUT_ANOTHER = /^(?:那么?|那要是|要是|如果是)?(.{1,10}?)的?(?:呢|怎么样|咋样|如何)[?？。!！\s]*$/u;

/**
 * The last question asked again about another subject, level or place: the subject word replaced
 * where the last question has it (“续贷过桥是什么” → “政银担是什么”, and “过桥那个钱…” → “政银担那个钱…”,
 * as the owner typed it), a place in place of a place (“武汉…” then “合肥的呢”), else the new one
 * put in front (“省级” + “专精特新奖励多少”, which the level check then answers as the city's rule only).
 */
function askedAgainAbout(analyzer: Analyzer, dictionary: Dictionary, question: string, last: LastAnswered): string | undefined {
  const other = ABOUT_ANOTHER.exec(question.trim())?.[1];
  if (!other) return undefined;
  // “营收只有八百万的话呢”: the owner's figure put to the same question, not another subject in its place.
  if (STATES_A_FIGURE.test(other)) return `${other.replace(/的话$/u, '')}，${last.question}`;
  const words = analyzer.topicWords(other);
  const terms = words.filter((word) => word.term);
  // The home region too (宿州, 砀山): “合肥的专精特新奖励多少” then “那宿州的呢” asks the city's own rule.
  const homeNames = [...dictionary.canonical].filter(([, canonical]) => canonical === dictionary.homeRegion).map(([name]) => name);
  const placeNames = [...dictionary.levels.flatMap((level) => level.asked), ...dictionary.otherRegions, ...homeNames];
  const namesPlace = (text: string, textWords: readonly TopicWord[]) => textWords.find((word) => word.place)?.text ?? placeNames.find((name) => text.includes(name));
  const place = namesPlace(other, words);
  if (!words.length && !place) return undefined;
  // A domain term (续贷过桥) before a general word of the policy (融资, 贷款): “税融通呢” asks about another product.
  const byRarity = [...last.subject].sort((a, b) => Number(dictionary.terms.includes(b)) - Number(dictionary.terms.includes(a)));
  for (const word of terms.length ? byRarity : []) {
    const typed = writtenAs(dictionary, last.question, word);
    if (typed) return last.question.replace(typed, other);
  }
  if (place) {
    const lastPlace = namesPlace(last.question, analyzer.topicWords(last.question));
    if (lastPlace && last.question.includes(lastPlace)) return last.question.replace(lastPlace, other);
    // “市级专精特新奖励多少” then “那省级的呢”: 省级 in place of the city's level.
    if (CITY_LEVEL.test(last.question)) return last.question.replace(CITY_LEVEL, other);
  }
  return `${other}${last.question}`;
}

/** How a question writes a dictionary word: the word itself or a variant mapped to it (过桥 for 续贷过桥), longest first. */
function writtenAs(dictionary: Dictionary, question: string, word: string): string | undefined {
  const spellings = [word, ...[...dictionary.canonical].flatMap(([variant, canonical]) => (canonical === word ? [variant] : []))];
  return spellings.sort((a, b) => b.length - a.length).find((spelling) => question.includes(spelling));
}

/**
 * The question as the owner means it after talking about `subject`, or nothing when it stands on
 * its own: “额度多少” → “税融通额度多少”. Only a short question whose topic words ask about an
 * aspect (or are verbs) leans on the last one; “个税怎么算” names a topic of its own (which the knowledge lacks),
 * and tying it to 税融通 would quote 税融通 for it.
 */
export function asFollowUp(analyzer: Analyzer, dictionary: Dictionary, question: string, subject: readonly string[]): string | undefined {
  if (!subject.length) return undefined;
  // “找谁办”, “怎么办理” have no topic word at all, only what they ask; nor has “那这钱是一次给完还是分几年”,
  // longer than a follow-up of aspect words, and with nothing of its own to stand on either.
  const words = analyzer.topicWords(question);
  if (!words.length) return ASKS_SOMETHING.test(question) ? `${subject.join('')}${question.trim()}` : undefined;
  if ([...question.replace(/\s+/gu, '')].length > MAX_FOLLOW_UP_CHARACTERS) return undefined;
  const followUpWords = followUpWordsOf(dictionary);
  // A verb beside them (准备, 需要) says nothing of the subject; a noun of its own (个税) does.
  if (!words.some((word) => followUpWords.has(word.text))) return undefined;
  if (!words.every((word) => followUpWords.has(word.text) || (word.verb && !word.term))) return undefined;
  return `${subject.join('')}${question.trim()}`;
}

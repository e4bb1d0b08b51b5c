/**
 * Owners ask the way people talk: “税融通是什么” and then “额度多少”, “怎么申请”, “找哪个部门”.
 * Alone, such a question names nothing the knowledge can place; after an answer it asks about that
 * answer's subject. Pure: the analyzer and the dictionary's `followUpWords` in, a question out.
 */
import type { Dictionary } from '../knowledge/model.js';
import type { Analyzer } from '../retrieval/analyzer.js';
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

/**
 * The question as the owner means it after talking about `subject`, or nothing when it stands on
 * its own: “额度多少” → “税融通额度多少”. Only a short question whose topic words ask about an
 * aspect (or are verbs) leans on the last one; “个税怎么算” names a topic of its own (which the knowledge lacks),
 * and tying it to 税融通 would quote 税融通 for it.
 */
export function asFollowUp(analyzer: Analyzer, dictionary: Dictionary, question: string, subject: readonly string[]): string | undefined {
  if (!subject.length || [...question.replace(/\s+/gu, '')].length > MAX_FOLLOW_UP_CHARACTERS) return undefined;
  const followUpWords = followUpWordsOf(dictionary);
  // A verb beside them (准备, 需要) says nothing of the subject; a noun of its own (个税) does.
  // “找谁办”, “怎么办理” have no topic word at all, only what they ask.
  const words = analyzer.topicWords(question);
  if (!words.length) return ASKS_SOMETHING.test(question) ? `${subject.join('')}${question.trim()}` : undefined;
  if (!words.some((word) => followUpWords.has(word.text))) return undefined;
  if (!words.every((word) => followUpWords.has(word.text) || (word.verb && !word.term))) return undefined;
  return `${subject.join('')}${question.trim()}`;
}

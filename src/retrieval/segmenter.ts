/**
 * Chinese word segmentation for deciding what a question is about. Ranking runs on character
 * n-grams (robust to typos); the decision whether to answer needs words: “个税” is one topic the
 * knowledge lacks, not 个 + 税 (which would match 税融通), and “技改” is not 技 + 改.
 *
 * jieba (`@node-rs/jieba`, a maintained native build) with the domain terms loaded as a user
 * dictionary, so that 专精特新 or 税融通 stay whole. Loading its dictionary takes ~0.2 s and
 * tens of MB, so one instance is shared per set of domain terms, made on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
// Only the traditional → simplified tables are loaded, not every locale's.
import { Converter } from 'opencc-js/t2cn';

export interface WordSegmenter {
  /** Words in order with their part of speech (jieba's tags: n noun, v verb, r pronoun …); punctuation and spaces dropped. */
  tag(text: string): Array<{ word: string; tag: string }>;
}

/**
 * A data file of the jieba package, read here rather than through '@node-rs/jieba/dict.js', which
 * keeps both its dictionary and its IDF table (11 MB) in memory for the life of the process.
 */
function packageFile(name: 'dict.txt' | 'idf.txt'): string {
  return createRequire(import.meta.url).resolve(`@node-rs/jieba/${name}`);
}

/** High enough that a domain term always beats the split jieba would otherwise prefer. */
const USER_WORD_FREQUENCY = 200000;

const instances = new Map<string, WordSegmenter>();

export function segmenterFor(terms: readonly string[]): WordSegmenter {
  const key = [...terms].sort().join('\n');
  let segmenter = instances.get(key);
  if (segmenter) return segmenter;
  const jieba = Jieba.withDict(readFileSync(packageFile('dict.txt')));
  const userWords = terms.filter((term) => /^\S+$/u.test(term) && [...term].length >= 2);
  if (userWords.length) jieba.loadDict(Buffer.from(userWords.map((term) => `${term} ${USER_WORD_FREQUENCY} n`).join('\n')));
  segmenter = {
    tag: (text) => jieba.tag(text, true).filter(({ word }) => /[\p{L}\p{N}]/u.test(word)),
  };
  // A reload with a new dictionary makes a new instance; keep only the latest few.
  if (instances.size >= 2) instances.delete(instances.keys().next().value as string);
  instances.set(key, segmenter);
  return segmenter;
}

/**
 * How specific a word is in general Chinese: jieba's IDF table (from a large general corpus).
 * 业务, 申请, 目标 are everyday words (IDF 5–6); 工伤, 个税, 有效期 are specific (9–11). A word the
 * table lacks is taken as specific. Loaded on first use.
 */
let generalIdf: Map<string, number> | undefined;
export const SPECIFIC_WORD_IDF = 8;

export function generalSpecificity(word: string): number {
  if (!generalIdf) {
    generalIdf = new Map();
    const table = readFileSync(packageFile('idf.txt'), 'utf8');
    // Only the everyday words (under 9k of 270k) are kept: every other word counts as specific anyway.
    for (const line of table.split('\n')) {
      const space = line.indexOf(' ');
      const idf = Number(line.slice(space + 1));
      if (space > 0 && idf < SPECIFIC_WORD_IDF) generalIdf.set(line.slice(0, space), idf);
    }
  }
  return Math.min(1, (generalIdf.get(word) ?? SPECIFIC_WORD_IDF) / SPECIFIC_WORD_IDF);
}

const toSimplified = Converter({ from: 't', to: 'cn' });

/**
 * One spelling for every way of typing a character: NFKC (full-width → half-width), lower case,
 * traditional → simplified (owners in Hong Kong or Taiwan, or with a traditional input method).
 */
export function normalizeCharacters(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const folded = text.normalize('NFKC').toLowerCase();
  // Converting costs a table walk: skip text that is plain ASCII.
  const result = /[^ -~\s]/u.test(folded) ? toSimplified(folded) : folded;
  // The same short texts come back many times a question (dictionary words, region names, the question itself).
  if (text.length <= 200) {
    if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.delete(normalized.keys().next().value as string);
    normalized.set(text, result);
  }
  return result;
}

const NORMALIZED_CACHE_SIZE = 4096;
const normalized = new Map<string, string>();

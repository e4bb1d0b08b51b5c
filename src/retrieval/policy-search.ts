/**
 * Ranks FAQ entries and clause sentences for a question, and decides whether the best match is
 * good enough to answer. Pure: knowledge in, ranked matches out.
 */
import type { Clause, FaqEntry, KnowledgeBase } from '../knowledge/model.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { Bm25Index } from './bm25.js';

export type Passage =
  | { kind: 'faq'; faq: FaqEntry }
  | { kind: 'clause'; clause: Clause; sentence: string };

export interface SearchMatch {
  passage: Passage;
  score: number;
  coverage: number;
}

export interface SearchResult {
  /** Best match when it clears the confidence threshold; otherwise the question is out of scope. */
  answer: SearchMatch | undefined;
  matches: SearchMatch[];
}

/** Tuned on the dev set (test/fixtures/tuning-set.yaml); see the README's retrieval section. */
export const CONFIDENCE = {
  /** Share of the question's IDF weight the best match must contain. */
  minimumCoverage: 0.5,
  minimumScore: 6,
  /** Largest share of the question's words (by characters, two or more a word) that the knowledge may lack. */
  maximumUnknownWords: 0.34,
};

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** FAQ entries are written for owners' questions: prefer them over a raw sentence of similar score. */
const FAQ_WEIGHT = 1.15;

/** Sentences of a clause; a lead-in title such as “(二)强化资金支持。” stays with the sentence after it. */
export function splitSentences(text: string): string[] {
  const sentences = text
    .split(/(?<=[。！？])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  if (sentences.length > 1 && /^[(（][一二三四五六七八九十]+[)）][^。]{1,30}。$/.test(sentences[0]!)) {
    sentences.splice(0, 2, sentences[0]! + sentences[1]!);
  }
  return sentences;
}

/**
 * Confidence counts single characters and domain terms, not bigrams: a colloquial question makes
 * many bigrams that straddle word boundaries (厂被, 有啥) and would unfairly look unmatched.
 */
function isCoverageToken(token: string): boolean {
  return token.startsWith('#') || [...token].length === 1 || /^[a-z0-9.]+$/.test(token);
}

export class PolicySearch {
  readonly analyzer: Analyzer;
  private readonly passages: Passage[] = [];
  private readonly index: Bm25Index;
  /** Tokens of each indexed text, kept so that a reload re-tokenizes only what changed. */
  readonly tokenCache: Map<string, string[]>;
  private readonly dictionaryFingerprint: string;

  /** `previous`: the search being replaced, whose tokens are reused when the dictionary is the same. */
  constructor(knowledge: KnowledgeBase, previous?: PolicySearch) {
    this.analyzer = createAnalyzer(knowledge.dictionary);
    this.dictionaryFingerprint = JSON.stringify([knowledge.dictionary.terms, [...knowledge.dictionary.canonical], knowledge.dictionary.questionWords]);
    const reusable = previous && previous.dictionaryFingerprint === this.dictionaryFingerprint ? previous.tokenCache : undefined;
    this.tokenCache = new Map();
    const tokensOf = (text: string) => {
      const tokens = reusable?.get(text) ?? this.analyzer.tokens(text);
      this.tokenCache.set(text, tokens);
      return tokens;
    };
    const documents: string[][] = [];
    const weights: number[] = [];
    for (const faq of knowledge.faq) {
      this.passages.push({ kind: 'faq', faq });
      documents.push(tokensOf([faq.question, ...faq.alternatives, faq.answer].join('。')));
      weights.push(FAQ_WEIGHT);
    }
    for (const clause of knowledge.clauses.values()) {
      // The section title travels with each sentence: "强化资金支持" is what the sentence is about.
      const context = clause.section.replace(/^[一二三四五六七八九十]+、/, '');
      for (const sentence of splitSentences(clause.text)) {
        this.passages.push({ kind: 'clause', clause, sentence });
        documents.push(tokensOf(`${context}。${sentence}`));
        weights.push(1);
      }
    }
    this.index = new Bm25Index(documents, Float32Array.from(weights));
  }

  /**
   * Share of the question's words that appear nowhere in the knowledge. BM25 alone happily
   * matches “农业补贴” to the 30万元 reward on 补贴; the unknown word 农业 says it is another topic.
   * A word counts as known when one passage holds all of its character bigrams.
   */
  unknownWordShare(question: string): number {
    let known = 0;
    let unknown = 0;
    for (const piece of this.analyzer.pieces(question)) {
      // Domain terms and mapped synonyms are known by definition; the rest is split into words.
      // Words weigh by their length: 创新型中小企业 says more about the topic than 最低.
      if (piece.term) {
        known += [...piece.text].length;
        continue;
      }
      for (const part of wordSegmenter.segment(piece.text)) {
        const characters = [...part.segment];
        if (!part.isWordLike || characters.length < 2) continue;
        // Letters and digits are indexed as whole units (2020, iso9001), Chinese as character bigrams.
        const tokens = /^[a-z0-9.]+$/i.test(part.segment)
          ? [part.segment.toLowerCase()]
          : characters.slice(1).map((character, index) => characters[index]! + character);
        if (this.index.containsAll(tokens)) known += characters.length;
        else unknown += characters.length;
      }
    }
    return known + unknown ? unknown / (known + unknown) : 0;
  }

  get passageCount(): number {
    return this.passages.length;
  }

  search(question: string, limit = 8): SearchResult {
    const tokens = this.analyzer.tokens(question);
    const matches = this.index.search(tokens, limit, isCoverageToken).map((hit) => ({
      passage: this.passages[hit.document]!,
      score: hit.score,
      coverage: hit.coverage,
    }));
    const best = matches[0];
    const confident =
      best !== undefined &&
      best.coverage >= CONFIDENCE.minimumCoverage &&
      best.score >= CONFIDENCE.minimumScore &&
      this.unknownWordShare(question) <= CONFIDENCE.maximumUnknownWords;
    return { answer: confident ? best : undefined, matches };
  }

  /** The sentence of a clause closest to a text: what to quote when an FAQ cites the clause. */
  bestSentence(clause: Clause, text: string): string {
    const wanted = new Set(this.analyzer.tokens(text));
    let best = '';
    let bestOverlap = -1;
    for (const sentence of splitSentences(clause.text)) {
      const tokens = new Set(this.analyzer.tokens(sentence));
      let overlap = 0;
      for (const token of tokens) if (wanted.has(token)) overlap += token.startsWith('#') ? 3 : token.length;
      const score = overlap / Math.sqrt(tokens.size + 1);
      if (score > bestOverlap) {
        bestOverlap = score;
        best = sentence;
      }
    }
    return best;
  }
}

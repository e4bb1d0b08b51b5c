/**
 * Ranks FAQ entries and clause sentences for a question, and decides whether the best match is
 * good enough to answer. Pure: knowledge in, ranked matches out.
 */
import type { Clause, FaqEntry, KnowledgeBase } from '../knowledge/model.js';
import { MAX_ANSWER_KINDS } from '../knowledge/schema.js';
import { createAnalyzer, type Analyzer, type TopicWord } from './analyzer.js';
import { answerKindMatcher, type AnswerKindMatcher } from './answer-kinds.js';
import { Bm25Index } from './bm25.js';
import { generalSpecificity, normalizeCharacters } from './segmenter.js';

export type Passage =
  | { kind: 'faq'; faq: FaqEntry }
  | { kind: 'clause'; clause: Clause; sentence: string };

/** Another region or level than the knowledge covers, named in the question. */
export interface ScopeNote {
  kind: 'region' | 'level';
  name: string;
}

export interface SearchMatch {
  passage: Passage;
  /** One id per answer a user could be given: `faq:<id>` or `clause:<id>:<sentence>`. */
  key: string;
  /** The clause the answer cites first. */
  clauseId: string;
  score: number;
  /** Share of the question's IDF weight (characters and domain terms) that the passage holds. */
  coverage: number;
  /** Share of the question's topic words (weighted by rarity) known to the knowledge but absent here. */
  topicMiss: number;
  /** The passage holds a rare domain term of the question (续贷过桥, 应收账款): on topic however the rest is worded. */
  anchored: boolean;
  /** How many of the question's topic words the passage holds. */
  heldTopicWords: number;
  /** Which of them: bit i for the question's i-th topic word the knowledge knows (up to 31). */
  heldTopicWordBits: number;
  /**
   * Whether the passage holds what the question asks for (an amount, a department, a time: the
   * dictionary's `answerKinds`); absent when the question asks for none of them.
   */
  holdsAskedKind?: boolean;
}

export interface SearchResult {
  /** Best BM25 score first. */
  matches: SearchMatch[];
  /** Share of the question's topic words (by characters) that appear nowhere in the knowledge; a word wrapping a policy word counts in part. */
  unknownShare: number;
  /** Nouns of the question that appear nowhere in the knowledge (工伤, 个税): often the very topic asked about. */
  unknownNouns: string[];
  /**
   * How many topic words of the question are specific in general Chinese (招人, 搬迁, 上云) and appear
   * nowhere in the knowledge, of any part of speech.
   */
  unknownSpecificWords: number;
  /** The question asks for a kind of content no passage of the knowledge holds (申报时间, 申请材料). */
  askedKindHeldNowhere: boolean;
  /**
   * The rare domain term the question asks about (续贷过桥) when no passage holding it states the
   * kind of content asked for (a fee, a number of days): the knowledge names the topic but not that.
   */
  askedKindUnstatedFor?: string;
  /** The question's last noun, the head of what it asks about (所得税税率: 税率), is one the knowledge lacks. */
  lastNounUnknown: boolean;
  /** How many topic words the question has: none (“9”, “好的”) means it asks about nothing. */
  topicWords: number;
  /** How many of them are not verbs: none (“确认”, “申请一下”) means it names no subject. */
  subjectWords: number;
  /** What the question asks for, by the dictionary's names (数额, 时间); empty when none of its answer kinds. */
  askedKinds: string[];
  /** Another region the question names (合肥, 武汉), whose rules the knowledge does not hold. */
  otherRegion?: string;
  /** The question asks what the government or the city does: it names one of the dictionary's `policyWords` (政府, 政策, 市里, 鼓励). */
  asksTheGovernment: boolean;
}


/** A word with at least this share of its bigrams in the knowledge is not a foreign topic. */
const MOSTLY_KNOWN = 0.5;

/**
 * Marks a passage's answer kinds as worked out: above the bits of the kinds themselves (the top bit
 * of a Uint32). Negative as a JavaScript int32, which `&` and `~` treat alike.
 */
const KINDS_KNOWN = 1 << MAX_ANSWER_KINDS;

/**
 * FAQ entries are written for owners' questions: prefer them over a raw sentence of similar score.
 * Chosen by cross-validation on the tuning set (12 orderings of 5 folds): 1.05 scored the highest
 * utility of 1.0–1.15 (3,835; 1.08: 3,809; 1.0: 3,766; 1.15, set by hand before: 3,731), with 88%
 * right in one turn against 83% and the same wrong answers. The margin fitted on top of it is
 * then 1.1 instead of 1.3; why the smaller boost separates right from wrong better was not traced.
 */
const FAQ_WEIGHT = 1.05;

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
 * The digits and numerals of a figure the owner states about the company (“15个人”, “两百来万”):
 * the owner's data, which no passage holds, not what the question is about.
 */
const FIGURE_TOKEN = /^(?:[0-9.]+|[零一二两三四五六七八九十百千万亿])$/u;

/**
 * Confidence counts single characters and domain terms, not bigrams: a colloquial question makes
 * many bigrams that straddle word boundaries (厂被, 有啥) and would unfairly look unmatched.
 */
function isCoverageToken(token: string): boolean {
  if (FIGURE_TOKEN.test(token)) return false;
  return token.startsWith('#') || [...token].length === 1 || /^[a-z0-9.]+$/.test(token);
}

/**
 * A figure as owners state it, with its unit and how rough it is (一百二十万左右, 一年半, 2%出头,
 * 百分之十二, 八十来个人): the unit and the rough words are the owner's data as the digits are.
 */
const FIGURE_PHRASE = /(?:百分之)?[0-9.零一二两三四五六七八九十百千万亿]+[来多余]?(?:个|号)?(?:万元|亿元|元|块钱|块|个月|年|人|户|家|项|分|倍|%)?(?:左右|出头|上下|来|多|半)?/gu;

/**
 * The characters of the question that only stand in its figures: “研发费一年一百二十万左右 够了没”
 * was covered a third by the best passage, for 年, 左 and 右 that no rule on 研发费用 holds.
 */
function figureCharacters(normalizedQuestion: string): Set<string> {
  const inFigures = new Set([...normalizedQuestion.matchAll(FIGURE_PHRASE)].flatMap((match) => [...match[0]]));
  for (const character of normalizedQuestion.replace(FIGURE_PHRASE, ' ')) inFigures.delete(character);
  return inFigures;
}

/** How much of what is wanted a text's tokens hold: a domain term counts 3, a bigram 2, a character 1. */
function overlap(tokens: Iterable<string>, wanted: Set<string>): number {
  let sum = 0;
  for (const token of tokens) if (wanted.has(token)) sum += token.startsWith('#') ? 3 : token.length;
  return sum;
}

export class PolicySearch {
  readonly analyzer: Analyzer;
  private readonly passages: Passage[] = [];
  private readonly keys: string[] = [];
  private readonly index: Bm25Index;
  /**
   * Tokens of each indexed text, kept so that a reload re-tokenizes only what changed: as ids into
   * `vocabulary`, since token strings took most of the index's memory at 10,000 clauses.
   */
  readonly tokenCache: Map<string, Uint32Array>;
  private vocabulary: string[] = [];
  /** Each clause's sentences with their tokens, made on first quote (a quote is asked for often). */
  private readonly quotable = new Map<string, Array<{ sentence: string; tokens: Set<string> }>>();
  /** Tokens of the clause titles an FAQ entry's clauses are told apart by (see `closeness`). */
  private readonly titleTokens = new Map<string, string[]>();
  /** Tokens of the FAQ answers quoted with a clause: as many as the knowledge has FAQ entries. */
  private readonly answerTokens = new Map<string, string[]>();
  private readonly answerKinds: AnswerKindMatcher;
  /** Per passage, the answer kinds it holds as bits, plus `KINDS_KNOWN` once worked out (on first need). */
  private readonly passageKinds: Uint32Array;
  private readonly dictionaryFingerprint: string;
  private readonly homeRegionName: string | undefined;
  private readonly otherRegionNames: string[];
  private readonly levels: Array<{ name: string; asked: string[]; passageWords: string[] }>;
  private readonly policyWords: string[];
  private lastQuery: { question: string; tokens: readonly string[] } | undefined;

  /** `previous`: the search being replaced, whose tokens are reused when the dictionary is the same. */
  constructor(knowledge: KnowledgeBase, previous?: PolicySearch) {
    this.analyzer = createAnalyzer(knowledge.dictionary);
    // “宿州” in any question names the home region; “宿州市” is how the dictionary spells it.
    this.homeRegionName = knowledge.dictionary.homeRegion === undefined ? undefined : normalizeCharacters(knowledge.dictionary.homeRegion).replace(/市$/u, '');
    this.otherRegionNames = knowledge.dictionary.otherRegions.map(normalizeCharacters);
    this.policyWords = knowledge.dictionary.policyWords.map(normalizeCharacters);
    this.levels = knowledge.dictionary.levels.map((level) => ({ name: level.name, asked: level.asked.map(normalizeCharacters), passageWords: level.passageWords }));
    this.dictionaryFingerprint = JSON.stringify([knowledge.dictionary.terms, [...knowledge.dictionary.canonical], knowledge.dictionary.questionWords]);
    const reusable = previous && previous.dictionaryFingerprint === this.dictionaryFingerprint ? previous.tokenCache : undefined;
    this.tokenCache = new Map();
    // Ids stay those of the index being replaced, so that its cached ids are used as they are; the
    // map from token to id is made only if some text is new (an edited file), which is rare.
    if (reusable) this.vocabulary = [...previous!.vocabulary];
    let ids: Map<string, number> | undefined;
    const idOf = (token: string) => {
      ids ??= new Map(this.vocabulary.map((known, id) => [known, id]));
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = this.vocabulary.push(token) - 1));
      return id;
    };
    const tokensOf = (text: string) => {
      let encoded = reusable?.get(text);
      if (!encoded) encoded = Uint32Array.from(this.analyzer.documentTokens(text), idOf);
      this.tokenCache.set(text, encoded);
      return encoded;
    };
    const documents: Uint32Array[] = [];
    const weights: number[] = [];
    for (const faq of knowledge.faq) {
      if (faq.defines) continue;
      this.passages.push({ kind: 'faq', faq });
      this.keys.push(`faq:${faq.id}`);
      documents.push(tokensOf([faq.question, ...faq.alternatives, ...(faq.overview ? [] : [faq.answer])].join('。')));
      weights.push(FAQ_WEIGHT);
    }
    for (const clause of knowledge.clauses.values()) {
      if (clause.role === 'title') continue;
      // The section title travels with each sentence: "强化资金支持" is what the sentence is about.
      const context = clause.section.replace(/^[一二三四五六七八九十]+、/, '');
      for (const [index, sentence] of splitSentences(clause.text).entries()) {
        this.passages.push({ kind: 'clause', clause, sentence });
        this.keys.push(`clause:${clause.id}:${index}`);
        documents.push(tokensOf(`${context}。${sentence}`));
        weights.push(1);
      }
    }
    this.index = new Bm25Index(documents, this.vocabulary, Float32Array.from(weights));
    this.answerKinds = answerKindMatcher(knowledge.dictionary.answerKinds);
    this.passageKinds = new Uint32Array(this.passages.length);
    // jieba and the general word table load on first use (a second or more): pay it here, at
    // start-up or reload, rather than in the first owner's question.
    this.analyzer.topicWords('专精特新企业贷款');
    generalSpecificity('贷款');
  }

  get passageCount(): number {
    return this.passages.length;
  }

  /** A domain term in fewer than one passage in twenty is specific enough to anchor a question. */
  private get anchorWeight(): number {
    const size = this.index.size;
    return Math.log(1 + (size + 0.5) / (size / 20 + 0.5));
  }

  /**
   * A compound the segmenter kept whole (商标注册, 技改项目) is known when both its halves are,
   * and its tokens are the halves: the knowledge says “商标的注册”, and the bigram across the join
   * (标注) is in no passage, so a passage holding both halves holds the compound.
   */
  private compoundTokens(word: string): string[] | undefined {
    const characters = [...word];
    if (characters.length < 3) return undefined;
    const head = characters.slice(0, 2).join('');
    const tail = characters.slice(-2).join('');
    if (this.index.documentFrequency([head]) === 0 || this.index.documentFrequency([tail]) === 0) return undefined;
    return head === tail ? [head] : [head, tail];
  }

  /**
   * How much of a word the knowledge holds, by its character bigrams: an owner's longer word
   * (评职称, 被执行人) often wraps a word of the policy (职称评审, 执行) and is not wholly foreign.
   */
  private knownBigramShare(tokens: string[]): number {
    if (tokens.length < 2) return 0;
    let known = 0;
    for (const token of tokens) if (this.index.documentFrequency([token]) > 0) known++;
    return known / tokens.length;
  }

  /** The search of a question and then the quote of its answer ask for the same tokens: made once. */
  private queryTokens(question: string): readonly string[] {
    if (this.lastQuery?.question !== question) this.lastQuery = { question, tokens: this.analyzer.tokens(question) };
    return this.lastQuery.tokens;
  }

  /** The answer kinds some passage holds: worked out over every passage once, on first need. */
  private kindsHeldAnywhereCache: number | undefined;
  private kindsHeldAnywhere(): number {
    if (this.kindsHeldAnywhereCache === undefined) {
      let kinds = 0;
      for (let document = 0; document < this.passages.length; document++) kinds |= this.kindsHeldBy(document);
      this.kindsHeldAnywhereCache = kinds;
    }
    return this.kindsHeldAnywhereCache;
  }

  /** The answer kinds a passage holds, found in what an owner reads as its answer (an FAQ's answer, a clause's sentence); worked out once. */
  private kindsHeldBy(document: number): number {
    let kinds = this.passageKinds[document]!;
    if (!(kinds & KINDS_KNOWN)) {
      const passage = this.passages[document]!;
      kinds = KINDS_KNOWN | this.answerKinds.held(passage.kind === 'faq' ? passage.faq.answer : passage.sentence);
      // An FAQ entry answers what its own phrasings ask, whatever words its answer uses: “发展基金投向哪里”
      // asks 哪里, a cue for a department, and the entry written for it answers it.
      if (passage.kind === 'faq') for (const phrasing of [passage.faq.question, ...passage.faq.alternatives]) kinds |= this.answerKinds.asked(phrasing);
      this.passageKinds[document] = kinds;
    }
    return kinds & ~KINDS_KNOWN;
  }

  /**
   * “续贷过桥资金最长能用几天”, “政银担的担保费率是百分之几”: the question's rare terms are what it is
   * about, and every passage holding them lacks what is asked. Offering those passages suggests the
   * knowledge states a fee or a term it does not; the owner is told it is not written down. A
   * term is rare (in fewer than one passage in twenty), so its passages are few to look through.
   */
  private termLackingAskedKind(words: ReadonlyArray<{ text: string; tokens: string[]; weight: number }>, askedKinds: number): string | undefined {
    const anchors = words.filter((word) => word.tokens.length === 1 && word.tokens[0]!.startsWith('#') && word.weight >= this.anchorWeight);
    if (!anchors.length) return undefined;
    const stated = anchors.some((word) => this.index.documentsWith(word.tokens[0]!).some((document) => (this.kindsHeldBy(document) & askedKinds) !== 0));
    return stated ? undefined : anchors[0]!.text;
  }

  /**
   * Another region the question names: one the dictionary lists (合肥), or a place no passage
   * mentions (武汉, 昆山; a place the knowledge names, 安徽 or 中国, is not one). None when the
   * question names the home region too (“宿州和合肥比”): the owner's company is here.
   */
  otherRegion(question: string, topicWords: readonly TopicWord[] = this.analyzer.topicWords(question)): string | undefined {
    const text = normalizeCharacters(question);
    if (this.homeRegionName !== undefined && text.includes(this.homeRegionName)) return undefined;
    const askedAbout = (region: string) => !namedInPassing(text, region);
    return this.otherRegionNames.find((region) => text.includes(region) && askedAbout(region)) ?? topicWords.find((word) => word.place && this.index.documentFrequency(word.tokens) === 0 && askedAbout(word.text))?.text;
  }

  /**
   * A question about another region, or about the provincial or national level when the passage
   * speaks of neither, is answered only as the city's rule, and says so first. `region`: the
   * search's own `otherRegion`, when the caller has the search at hand.
   */
  scopeNote(question: string, passage: Passage, region = this.otherRegion(question)): ScopeNote | undefined {
    if (region) return { kind: 'region', name: region };
    const level = this.levelUnstated(normalizeCharacters(question), passage);
    return level ? { kind: 'level', name: level } : undefined;
  }

  private levelUnstated(normalizedQuestion: string, passage: Passage): string | undefined {
    const passageText = passage.kind === 'faq' ? `${passage.faq.question}${passage.faq.answer}` : passage.sentence;
    for (const level of this.levels) {
      if (!level.asked.some((word) => normalizedQuestion.includes(word))) continue;
      if (!level.passageWords.some((word) => passageText.includes(word))) return level.name;
    }
    return undefined;
  }

  /** The passage behind a key from an earlier search (an ask-back option chosen in a later turn). */
  passage(key: string): Passage | undefined {
    const index = this.keys.indexOf(key);
    return index >= 0 ? this.passages[index] : undefined;
  }

  /**
   * Ranked passages with the signals the answer/ask-back/decline decision needs. BM25 alone
   * happily matches “技改项目有补贴吗” to the 30万元 reward on 补贴: the topic word 技改 (技术改造),
   * which the knowledge holds elsewhere but that passage lacks, says it is about something else;
   * “个税怎么算” has the topic 个税 that the knowledge lacks altogether.
   */
  search(question: string, limit = 16): SearchResult {
    const topicWords = this.analyzer.topicWords(question);
    const otherRegion = this.otherRegion(question, topicWords);
    const normalizedQuestion = normalizeCharacters(question);
    const words = topicWords.flatMap((word) => {
      let { tokens } = word;
      let frequency = this.index.documentFrequency(tokens);
      const compound = word.term || frequency > 0 ? undefined : this.compoundTokens(word.text);
      if (compound) {
        tokens = compound;
        frequency = this.index.documentFrequency(tokens);
      }
      const known = word.term || frequency > 0 || compound !== undefined;
      // What the company does, in words the knowledge lacks (机械加工, 食品), is context, not another topic.
      if (word.context && !known) return [];
      const knownShare = known ? 1 : this.knownBigramShare(tokens);
      // Rarer words say more about the topic (IDF in the knowledge), and so do words that are
      // specific in general Chinese (业务, 申请 are not); a word the knowledge lacks has no passage to miss.
      const specificity = word.term ? 1 : generalSpecificity(word.text);
      const weight = known ? Math.log(1 + (this.index.size + 0.5) / (frequency + 0.5)) * specificity : 0;
      // Length counts for the unknown share, scaled by how specific the word is in general Chinese.
      // Fields named, not spread: spreading the word object here was the hottest line of a search.
      return [{ text: word.text, term: word.term, tokens, noun: word.noun, verb: word.verb, known, knownShare, weight, specific: specificity >= 1, length: [...word.text].length * specificity }];
    });
    const totalLength = words.reduce((sum, word) => sum + word.length, 0);
    const unknownLength = words.reduce((sum, word) => sum + (1 - word.knownShare) * word.length, 0);
    const knownWeight = words.reduce((sum, word) => sum + word.weight, 0);
    const askedKinds = this.answerKinds.asked(question);
    // “发展基金除了经信委 还有哪些部门配合”: 部门 is what is asked for, and the task row naming
    // 市政府金融办 and 市财政局 states it without the word. A passage holding the kind asked holds such a word.
    const namingKind = askedKinds ? words.map((word) => this.answerKinds.namesKind(word.text, askedKinds)) : [];
    const onlyInFigures = figureCharacters(normalizedQuestion);
    const hits = this.index.search(this.queryTokens(question), limit, (token) => isCoverageToken(token) && !onlyInFigures.has(token));
    const matches = hits.map((hit): SearchMatch => {
      const passage = this.passages[hit.document]!;
      let missing = 0;
      let anchored = false;
      let held = 0;
      let heldBits = 0;
      for (let position = 0; position < words.length; position++) {
        const word = words[position]!;
        if (word.weight === 0) continue;
        const contains = this.index.documentContains(hit.document, word.tokens) || (namingKind[position] === true && (this.kindsHeldBy(hit.document) & askedKinds) !== 0);
        if (!contains) {
          missing += word.weight;
          continue;
        }
        held++;
        if (position < 31) heldBits |= 1 << position;
        if (word.tokens[0]?.startsWith('#') && word.weight >= this.anchorWeight) anchored = true;
      }
      return {
        passage,
        key: this.keys[hit.document]!,
        clauseId: passage.kind === 'faq' ? passage.faq.clauseIds[0]! : passage.clause.id,
        score: hit.score,
        coverage: hit.coverage,
        topicMiss: knownWeight ? missing / knownWeight : 0,
        anchored,
        heldTopicWords: held,
        heldTopicWordBits: heldBits,
        holdsAskedKind: askedKinds ? (this.kindsHeldBy(hit.document) & askedKinds) !== 0 : undefined,
      };
    });
    return {
      matches: matches.slice(0, limit),
      unknownShare: totalLength ? unknownLength / totalLength : 0,
      unknownNouns: words.filter((word) => word.knownShare < MOSTLY_KNOWN && word.noun).map((word) => word.text),
      unknownSpecificWords: words.filter((word) => word.knownShare < MOSTLY_KNOWN && !word.term && word.specific).length,
      topicWords: words.length,
      lastNounUnknown: lastNounUnknown(words),
      askedKindHeldNowhere: askedKinds !== 0 && (this.kindsHeldAnywhere() & askedKinds) === 0,
      askedKindUnstatedFor: askedKinds ? this.termLackingAskedKind(words, askedKinds) : undefined,
      subjectWords: words.filter((word) => !word.verb).length,
      askedKinds: askedKinds ? this.answerKinds.names(askedKinds) : [],
      otherRegion,
      asksTheGovernment: this.policyWords.some((word) => normalizedQuestion.includes(word)),
    };
  }

  /**
   * The sentence of a clause closest to a question (and to the FAQ answer given with it): what to
   * quote when an FAQ cites the clause. The answer's tokens are made once per answer text, not per question.
   */
  bestSentence(clause: Clause, question: string, answer?: string): string {
    const wanted = new Set(this.queryTokens(question));
    if (answer !== undefined) {
      let tokens = this.answerTokens.get(answer);
      if (!tokens) this.answerTokens.set(answer, (tokens = [...new Set(this.analyzer.tokens(answer))]));
      for (const token of tokens) wanted.add(token);
    }
    return this.closestSentence(clause, wanted).sentence;
  }

  /**
   * How close a clause is to the question alone, by its title and its closest sentence: which of an
   * FAQ entry's clauses to quote. The title says what a criteria clause is about (直通条件).
   */
  closeness(clause: Clause, question: string): number {
    const wanted = new Set(this.queryTokens(question));
    let titleTokens = this.titleTokens.get(clause.id);
    if (!titleTokens) this.titleTokens.set(clause.id, (titleTokens = [...new Set(this.analyzer.tokens(clause.section))]));
    return overlap(titleTokens, wanted) + this.closestSentence(clause, wanted).score;
  }

  private closestSentence(clause: Clause, wanted: Set<string>): { sentence: string; score: number } {
    let best = { sentence: '', score: -1 };
    let sentences = this.quotable.get(clause.id);
    if (!sentences) this.quotable.set(clause.id, (sentences = splitSentences(clause.text).map((sentence) => ({ sentence, tokens: new Set(this.analyzer.tokens(sentence)) }))));
    for (const { sentence, tokens } of sentences) {
      const score = overlap(tokens, wanted) / Math.sqrt(tokens.size + 1);
      if (score > best.score) best = { sentence, score };
    }
    return best;
  }
}

/**
 * “跟合肥工业大学搞产学研”, “跟南京的一个大学合作”, “江苏的客户压账期”: a region naming where a partner
 * or customer is says nothing of whose rules are asked about; the owner's company is here.
 */
const PARTNER_AFTER_REGION = /^(?:市|省)?的?(?:一个|一家|一所|几家|这家|那家|某)?(?:工业|理工|科技|农业)?(?:大学|高校|学院|研究院|研究所|科研院所|企业|公司|客户|厂|工厂|银行)/u;

/** Every mention of the region names where a partner is (see PARTNER_AFTER_REGION). */
function namedInPassing(text: string, region: string): boolean {
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
    if (!PARTNER_AFTER_REGION.test(text.slice(at + region.length))) return false;
  }
  return true;
}

/**
 * Any noun, general ones too: counting only specific nouns (not 数量, 比例, 材料) scored the same
 * over ten orderings (6,477.4 against 6,483.2) with more wrong answers (25 against 20).
 */
function lastNounUnknown(words: ReadonlyArray<{ noun: boolean; knownShare: number }>): boolean {
  for (let index = words.length - 1; index >= 0; index--) if (words[index]!.noun) return words[index]!.knownShare < MOSTLY_KNOWN;
  return false;
}

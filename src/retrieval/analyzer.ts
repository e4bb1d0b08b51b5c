/**
 * Turns Chinese text into search tokens. Measured on this corpus (see README): character
 * unigrams + bigrams with question words stripped and a domain dictionary beat word
 * segmentation, because owners' typos and paraphrases break words but keep characters.
 *
 * Steps: NFKC (full-width → half-width), lower case, one longest-match pass that maps typos and
 * synonyms to their canonical word, keeps domain terms whole and drops question words; then
 * unigrams (minus function characters), bigrams within each run, and one token per domain term.
 */
import type { Dictionary } from '../knowledge/model.js';

type Entry = { kind: 'canonical'; to: string } | { kind: 'term' } | { kind: 'question' };

/** Characters too common to carry meaning as unigrams (they still form bigrams). */
const FUNCTION_CHARACTERS = new Set('的了和与及等是在对为把被就也都而或之其这那个些有么吗呢啊呀吧嘛我你他她它们'.split(''));
const SEPARATOR = /[\s,.;:!?()[\]{}"'<>、，。；：！？（）【】《》“”‘’…·\-_/\\|+*=~`@#$%^&]/u;

export interface Analyzer {
  /** Tokens with repetition (documents) — use `new Set` for queries. */
  tokens(text: string): string[];
  /** The text split into domain terms and runs of other characters (question words dropped). */
  pieces(text: string): Array<{ text: string; term: boolean }>;
  /** The text after typo and synonym mapping and question-word removal, for display and debugging. */
  normalize(text: string): string;
}

export function createAnalyzer(dictionary: Dictionary): Analyzer {
  const lexicon = new Map<string, Entry>();
  for (const word of dictionary.questionWords) lexicon.set(normalizeCharacters(word), { kind: 'question' });
  for (const term of dictionary.terms) lexicon.set(normalizeCharacters(term), { kind: 'term' });
  for (const [variant, canonical] of dictionary.canonical) {
    const key = normalizeCharacters(variant);
    const to = normalizeCharacters(canonical);
    lexicon.set(key, key === to && lexicon.get(key)?.kind === 'term' ? { kind: 'term' } : { kind: 'canonical', to });
  }
  const terms = new Set(dictionary.terms.map(normalizeCharacters));
  // For each first character, the lengths of the entries that start with it, longest first:
  // most characters start no entry, and the scan moves on after one map lookup.
  const lengthsByFirst = new Map<string, number[]>();
  for (const key of lexicon.keys()) {
    if (key.length < 2) continue;
    const lengths = lengthsByFirst.get(key[0]!) ?? [];
    if (!lengths.includes(key.length)) lengths.push(key.length);
    lengthsByFirst.set(key[0]!, lengths.sort((a, b) => b - a));
  }

  /** Splits into runs of characters; domain terms come back as their own marked segments. */
  const segment = (text: string): Array<{ text: string; term: boolean } | null> => {
    const source = normalizeCharacters(text);
    const out: Array<{ text: string; term: boolean } | null> = [];
    let index = 0;
    while (index < source.length) {
      let matched = false;
      for (const length of lengthsByFirst.get(source[index]!) ?? []) {
        if (index + length > source.length) continue;
        const piece = source.slice(index, index + length);
        const entry = lexicon.get(piece);
        if (!entry) continue;
        if (entry.kind === 'question') out.push(null);
        else if (entry.kind === 'term') out.push({ text: piece, term: true });
        else out.push({ text: entry.to, term: terms.has(entry.to) || entry.to.length >= 2 });
        index += length;
        matched = true;
        break;
      }
      if (matched) continue;
      const ascii = /^[a-z0-9]+(?:\.[0-9]+)?/.exec(source.slice(index, index + 32));
      if (ascii) {
        out.push({ text: ascii[0], term: false });
        index += ascii[0].length;
        continue;
      }
      const character = source[index]!;
      const single = lexicon.get(character);
      if (single?.kind === 'question' || SEPARATOR.test(character)) out.push(null);
      else if (single?.kind === 'canonical') out.push({ text: single.to, term: single.to.length >= 2 });
      else out.push({ text: character, term: false });
      index += 1;
    }
    return out;
  };

  // Every distinct token is one string in memory: at 10,000 clauses the same bigrams recur
  // millions of times, and separate copies cost hundreds of megabytes.
  const pool = new Map<string, string>();
  const intern = (token: string) => {
    const existing = pool.get(token);
    if (existing !== undefined) return existing;
    pool.set(token, token);
    return token;
  };

  return {
    pieces(text) {
      const pieces: Array<{ text: string; term: boolean }> = [];
      for (const piece of segment(text)) {
        const last = pieces[pieces.length - 1];
        if (!piece) pieces.push({ text: '', term: false });
        else if (piece.term) pieces.push({ ...piece });
        else if (last && !last.term) last.text += piece.text;
        else pieces.push({ text: piece.text, term: false });
      }
      return pieces.filter((piece) => piece.text);
    },
    normalize(text) {
      return segment(text)
        .map((piece) => piece?.text ?? ' ')
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    },
    tokens(text) {
      const tokens: string[] = [];
      let run: string[] = [];
      const flushRun = () => {
        for (let index = 0; index < run.length; index++) {
          const unit = run[index]!;
          if (!FUNCTION_CHARACTERS.has(unit)) tokens.push(intern(unit));
          const next = run[index + 1];
          if (next !== undefined) tokens.push(intern(unit + next));
        }
        run = [];
      };
      for (const piece of segment(text)) {
        if (!piece) {
          flushRun();
          continue;
        }
        if (piece.term) tokens.push(intern(`#${piece.text}`));
        run.push(...units(piece.text));
      }
      flushRun();
      return tokens;
    },
  };
}

export function normalizeCharacters(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** CJK characters one by one; a run of ASCII letters or digits as one unit (30, iso9001). */
function units(text: string): string[] {
  return text.match(/[a-z0-9]+(?:\.[0-9]+)?|[^a-z0-9]/g) ?? [];
}

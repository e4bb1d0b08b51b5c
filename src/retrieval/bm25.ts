/**
 * Okapi BM25 over pre-tokenized documents. Postings and per-document norms live in typed arrays
 * and scores accumulate in a reused Float64Array, so a query costs a few array walks even at
 * tens of thousands of passages. Tokens found in more than a quarter of the documents carry
 * almost no weight but the longest postings: they are left out of ranking (still counted for
 * confidence on the final candidates).
 */
export interface Bm25Hit {
  document: number;
  score: number;
  /** Share of the query's IDF weight that this document contains: the confidence signal. */
  coverage: number;
}

interface Posting {
  documents: Uint32Array;
  frequencies: Uint16Array;
  idf: number;
}

const COMMON_SHARE = 0.25;
/**
 * No posting list longer than this is walked in full while a shorter one has already found
 * candidates (a bounded common-term cutoff, in the spirit of MaxScore): the long lists of frequent
 * tokens are then read only for the final candidates, by binary search. It leaves the shipped
 * knowledge (a few hundred passages) untouched and keeps a query's cost flat as the knowledge grows.
 */
const WALK_LIMIT = 2000;
/** Past this many documents, how many hold a multi-token word is estimated from a sample. */
const EXACT_FREQUENCY_LIMIT = 4096;

const NO_DOCUMENTS = new Uint32Array(0);

export class Bm25Index {
  private readonly postings = new Map<string, Posting>();
  /** k1 × (1 − b + b × length / average length), per document. */
  private readonly norms: Float32Array;
  private readonly scores: Float64Array;
  private readonly matched: Float64Array;
  /** IDF given to a query token no document contains: it counts fully against coverage. */
  private readonly unseenIdf: number;
  private readonly commonThreshold: number;

  /** An index of documents given as token strings (tests, small corpora). */
  static fromTokens(documents: readonly string[][], weights?: Float32Array): Bm25Index {
    const vocabulary: string[] = [];
    const ids = new Map<string, number>();
    const encoded = documents.map((tokens) =>
      Uint32Array.from(tokens, (token) => {
        let id = ids.get(token);
        if (id === undefined) ids.set(token, (id = vocabulary.push(token) - 1));
        return id;
      }),
    );
    return new Bm25Index(encoded, vocabulary, weights);
  }

  /**
   * `documents` as ids into `vocabulary`: a reload reuses the ids it kept for unchanged text, and
   * counting postings by id is much cheaper than by string.
   */
  constructor(
    documents: readonly Uint32Array[],
    vocabulary: readonly string[],
    private readonly weights: Float32Array = new Float32Array(documents.length).fill(1),
    private readonly k1 = 1.2,
    b = 0.75,
  ) {
    const count = documents.length;
    const lengths = new Float32Array(count);
    // Documents arrive in order, so a token seen again in the same document is always the last entry.
    const building: Array<{ documents: number[]; frequencies: number[] } | undefined> = new Array(vocabulary.length);
    let total = 0;
    documents.forEach((tokens, document) => {
      lengths[document] = tokens.length;
      total += tokens.length;
      for (const token of tokens) {
        let posting = building[token];
        if (!posting) building[token] = posting = { documents: [], frequencies: [] };
        const last = posting.documents.length - 1;
        if (last >= 0 && posting.documents[last] === document) posting.frequencies[last] = Math.min(posting.frequencies[last]! + 1, 65535);
        else {
          posting.documents.push(document);
          posting.frequencies.push(1);
        }
      }
    });
    const average = count ? total / count : 1;
    this.norms = new Float32Array(count);
    for (let document = 0; document < count; document++) this.norms[document] = k1 * (1 - b + (b * lengths[document]!) / average);
    building.forEach((posting, token) => {
      if (!posting) return;
      const df = posting.documents.length;
      this.postings.set(vocabulary[token]!, {
        documents: Uint32Array.from(posting.documents),
        frequencies: Uint16Array.from(posting.frequencies),
        idf: Math.log(1 + (count - df + 0.5) / (df + 0.5)),
      });
    });
    this.unseenIdf = Math.log(1 + (count + 0.5) / 0.5);
    this.commonThreshold = Math.max(50, count * COMMON_SHARE);
    this.scores = new Float64Array(count);
    this.matched = new Float64Array(count);
  }

  get size(): number {
    return this.norms.length;
  }

  /** True when one document holds every token (is this phrase anywhere in the corpus?). */
  containsAll(tokens: string[]): boolean {
    const lists = tokens.map((token) => this.postings.get(token)?.documents);
    if (lists.some((list) => !list)) return false;
    const [shortest, ...others] = (lists as Uint32Array[]).sort((a, b) => a.length - b.length);
    return shortest!.some((document) => others.every((list) => binarySearch(list, document) >= 0));
  }

  /**
   * How many documents hold every token (0 when one of them is nowhere). Exact up to a few
   * thousand documents; beyond, estimated from an evenly spaced sample of the shortest list, which
   * is all an IDF weight needs and keeps the cost flat at tens of thousands of passages.
   */
  documentFrequency(tokens: string[]): number {
    const lists = tokens.map((token) => this.postings.get(token)?.documents);
    if (!lists.length || lists.some((list) => !list)) return 0;
    const [shortest, ...others] = (lists as Uint32Array[]).sort((a, b) => a.length - b.length);
    if (!others.length) return shortest!.length;
    const step = Math.max(1, Math.floor(shortest!.length / EXACT_FREQUENCY_LIMIT));
    let count = 0;
    for (let index = 0; index < shortest!.length; index += step) if (others.every((list) => binarySearch(list, shortest![index]!) >= 0)) count++;
    return step === 1 ? count : Math.round((count * shortest!.length) / Math.ceil(shortest!.length / step));
  }

  /** The documents holding a token, in ascending order; empty when none does. */
  documentsWith(token: string): Uint32Array {
    return this.postings.get(token)?.documents ?? NO_DOCUMENTS;
  }

  /** True when this document holds every token. */
  documentContains(document: number, tokens: string[]): boolean {
    return tokens.every((token) => {
      const list = this.postings.get(token)?.documents;
      return list !== undefined && binarySearch(list, document) >= 0;
    });
  }

  /** Top `limit` documents for a set of query tokens, best first. */
  search(queryTokens: Iterable<string>, limit = 10, countsForCoverage: (token: string) => boolean = () => true): Bm25Hit[] {
    // Rarest first, so that the cutoff below keeps the lists that say the most.
    const unique = [...new Set(queryTokens)]
      .map((token) => ({ token, posting: this.postings.get(token) }))
      .sort((a, b) => (a.posting?.documents.length ?? 0) - (b.posting?.documents.length ?? 0));
    const { scores, matched, norms } = this;
    const touched: number[] = [];
    const common: Array<{ posting: Posting; coverageWeight: number }> = [];
    let totalIdf = 0;
    for (const { token, posting } of unique) {
      const coverageWeight = countsForCoverage(token) ? (posting?.idf ?? this.unseenIdf) : 0;
      totalIdf += coverageWeight;
      if (!posting) continue;
      const length = posting.documents.length;
      if (length > this.commonThreshold || (length > WALK_LIMIT && touched.length > 0)) {
        common.push({ posting, coverageWeight });
        continue;
      }
      const scale = posting.idf * (this.k1 + 1);
      const { documents, frequencies } = posting;
      for (let index = 0; index < documents.length; index++) {
        const document = documents[index]!;
        const frequency = frequencies[index]!;
        if (scores[document] === 0 && matched[document] === 0) touched.push(document);
        scores[document] = scores[document]! + (scale * frequency) / (frequency + norms[document]!);
        matched[document] = matched[document]! + coverageWeight;
      }
    }
    // Keep the best few with a small insertion sort: the touched set can be thousands long.
    const top: number[] = [];
    const keep = Math.max(limit * 3, 30);
    for (const document of touched) {
      const score = scores[document]! * this.weights[document]!;
      if (top.length === keep && score <= scores[top[keep - 1]!]! * this.weights[top[keep - 1]!]!) continue;
      let position = top.length === keep ? keep - 1 : top.length;
      top[position] = document;
      while (position > 0 && scores[top[position - 1]!]! * this.weights[top[position - 1]!]! < score) {
        top[position] = top[position - 1]!;
        top[position - 1] = document;
        position--;
      }
    }
    const hits: Bm25Hit[] = top.map((document) => {
      let score = scores[document]!;
      let coverage = matched[document]!;
      for (const { posting, coverageWeight } of common) {
        const index = binarySearch(posting.documents, document);
        if (index < 0) continue;
        const frequency = posting.frequencies[index]!;
        score += (posting.idf * (this.k1 + 1) * frequency) / (frequency + norms[document]!);
        coverage += coverageWeight;
      }
      return { document, score: score * this.weights[document]!, coverage: totalIdf ? coverage / totalIdf : 0 };
    });
    for (const document of touched) {
      scores[document] = 0;
      matched[document] = 0;
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}

function binarySearch(list: Uint32Array, value: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

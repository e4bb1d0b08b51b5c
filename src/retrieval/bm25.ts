/**
 * Okapi BM25 over pre-tokenized documents, with postings in typed arrays so that a query costs
 * a few postings walks even at tens of thousands of passages.
 */
export interface Bm25Hit {
  document: number;
  score: number;
  /** Share of the query's IDF weight that this document contains: the confidence signal. */
  coverage: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, { documents: Uint32Array; frequencies: Uint16Array }>();
  private readonly lengths: Float32Array;
  private readonly averageLength: number;
  private readonly idf = new Map<string, number>();
  /** IDF given to a query token no document contains: it counts fully against coverage. */
  private readonly unseenIdf: number;

  constructor(
    documents: readonly string[][],
    private readonly weights: Float32Array = new Float32Array(documents.length).fill(1),
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    const count = documents.length;
    this.lengths = new Float32Array(count);
    const building = new Map<string, { documents: number[]; frequencies: number[] }>();
    let total = 0;
    documents.forEach((tokens, document) => {
      this.lengths[document] = tokens.length;
      total += tokens.length;
      const frequencies = new Map<string, number>();
      for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
      for (const [token, frequency] of frequencies) {
        let posting = building.get(token);
        if (!posting) building.set(token, (posting = { documents: [], frequencies: [] }));
        posting.documents.push(document);
        posting.frequencies.push(Math.min(frequency, 65535));
      }
    });
    this.averageLength = count ? total / count : 1;
    for (const [token, posting] of building) {
      this.postings.set(token, {
        documents: Uint32Array.from(posting.documents),
        frequencies: Uint16Array.from(posting.frequencies),
      });
      const df = posting.documents.length;
      this.idf.set(token, Math.log(1 + (count - df + 0.5) / (df + 0.5)));
    }
    this.unseenIdf = Math.log(1 + (count + 0.5) / 0.5);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Top `limit` documents for a set of query tokens, best first. */
  search(queryTokens: Iterable<string>, limit = 10, countsForCoverage: (token: string) => boolean = () => true): Bm25Hit[] {
    const unique = [...new Set(queryTokens)];
    const scores = new Map<number, { score: number; matched: number }>();
    let totalIdf = 0;
    for (const token of unique) {
      const posting = this.postings.get(token);
      const idf = this.idf.get(token) ?? this.unseenIdf;
      const coverageWeight = countsForCoverage(token) ? idf : 0;
      totalIdf += coverageWeight;
      if (!posting) continue;
      for (let index = 0; index < posting.documents.length; index++) {
        const document = posting.documents[index]!;
        const frequency = posting.frequencies[index]!;
        const length = this.lengths[document]!;
        const part =
          (idf * frequency * (this.k1 + 1)) /
          (frequency + this.k1 * (1 - this.b + (this.b * length) / this.averageLength));
        const entry = scores.get(document);
        if (entry) {
          entry.score += part;
          entry.matched += coverageWeight;
        } else scores.set(document, { score: part, matched: coverageWeight });
      }
    }
    const hits: Bm25Hit[] = [];
    for (const [document, entry] of scores) {
      hits.push({
        document,
        score: entry.score * this.weights[document]!,
        coverage: totalIdf ? entry.matched / totalIdf : 0,
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}

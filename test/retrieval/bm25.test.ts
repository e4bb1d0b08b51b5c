/** The BM25 index on its own: ranking, coverage, the common-term cutoff and frequency estimates. */
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/retrieval/bm25.js';

describe('Bm25Index', () => {
  const documents = [['税融', '融通', '贷款'], ['续贷', '过桥', '贷款'], ['奖励', '30', '万元'], ['贷款', '贷款', '利率']];

  it('ranks the document holding the rare query tokens first, with its share of the query weight', () => {
    const hits = Bm25Index.fromTokens(documents).search(['续贷', '过桥', '贷款']);
    expect(hits[0]!.document).toBe(1);
    expect(hits[0]!.coverage).toBeCloseTo(1);
    expect(hits.every((hit) => hit.document !== 2)).toBe(true);
  });

  it('counts a token no document holds fully against coverage', () => {
    const [hit] = Bm25Index.fromTokens(documents).search(['续贷', '个税']);
    expect(hit!.document).toBe(1);
    expect(hit!.coverage).toBeLessThan(0.6);
  });

  it('weights documents (FAQ entries above clause sentences)', () => {
    const weighted = Bm25Index.fromTokens([['税融'], ['税融']], Float32Array.from([1, 2]));
    expect(weighted.search(['税融'])[0]!.document).toBe(1);
  });

  it('reads a long posting list only for the final candidates, and still scores them with it', () => {
    // 5,000 documents hold 企业; one holds the rare 过桥 as well. Without the cutoff every one of
    // the 5,000 would be scored; with it, the candidate set is the rare token's, and 企业 still counts.
    const many = Array.from({ length: 5000 }, (_, index) => (index === 4321 ? ['企业', '过桥'] : index % 7 === 0 ? ['企业', '其他'] : ['企业']));
    many.push(...Array.from({ length: 20000 }, () => ['无关']));
    const index = Bm25Index.fromTokens(many);
    const hits = index.search(['过桥', '企业'], 5);
    expect(hits.map((hit) => hit.document)).toEqual([4321]);
    expect(hits[0]!.coverage).toBeCloseTo(1);
    // With only the common token, its list is walked: nothing was found before it.
    expect(index.search(['企业'], 3)).toHaveLength(3);
  });

  it('knows how many documents hold a phrase: exactly when few, closely when many', () => {
    const small = Bm25Index.fromTokens(documents);
    expect(small.documentFrequency(['贷款'])).toBe(3);
    expect(small.documentFrequency(['续贷', '过桥'])).toBe(1);
    expect(small.documentFrequency(['续贷', '奖励'])).toBe(0);
    const large = Bm25Index.fromTokens(Array.from({ length: 40000 }, (_, index) => (index % 2 ? ['专精', '精特'] : ['专精'])));
    expect(large.documentFrequency(['专精'])).toBe(40000);
    expect(Math.abs(large.documentFrequency(['专精', '精特']) - 20000)).toBeLessThan(400);
  });
});

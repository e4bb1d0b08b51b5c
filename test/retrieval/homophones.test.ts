/** Homophone typos of dictionary words, corrected by their sound (real pinyin from @napi-rs/pinyin). */
import { describe, expect, it } from 'vitest';
import { homophoneCorrector } from '../../src/retrieval/homophones.js';

const meanings: Record<string, string> = { 专精特新: '专精特新', 税融通: '税融通', 政银担: '政银担', 续贷: '续贷', 新三板: '新三板', 过桥资金: '续贷过桥' };
const correct = homophoneCorrector(Object.keys(meanings), (word) => meanings[word] ?? word);

describe('homophone typos', () => {
  it('reads a stretch that sounds like a dictionary word as that word, where nobody listed the typo', () => {
    expect(correct('税荣痛怎么申请')).toBe('税融通怎么申请');
    expect(correct('正银单是什么')).toBe('政银担是什么');
    expect(correct('过桥资金和新叁版')).toBe('过桥资金和新三板');
  });

  it('hears zh/z, ch/c, sh/s, in/ing and en/eng alike, as fuzzy pinyin input does', () => {
    expect(correct('专金特新')).toBe('专精特新');
    expect(correct('转精特兴')).toBe('专精特新');
    expect(correct('睡融通')).toBe('税融通');
  });

  it('leaves two-character words to the listed typos: 需贷 (needs a loan) is not 续贷', () => {
    expect(correct('需贷款')).toBe('需贷款');
  });

  it('leaves text alone that is spelled right or sounds like no word', () => {
    expect(correct('专精特新企业')).toBe('专精特新企业');
    expect(correct('个税怎么算')).toBe('个税怎么算');
  });

  it('never takes a numeral the owner typed for a slip: “营收五个亿” is money, not the term 五个一', () => {
    const withNumber = homophoneCorrector(['五个一', '专精特新'], (word) => word);
    expect(withNumber('营收五个亿')).toBe('营收五个亿');
    expect(withNumber('五个一服务体系')).toBe('五个一服务体系');
  });

  it('corrects to neither of two words that sound alike and mean different things', () => {
    const ambiguous = homophoneCorrector(['公式化', '公事化'], (word) => word);
    expect(ambiguous('攻势化')).toBe('攻势化');
    const synonyms = homophoneCorrector(['专精特新', '砖精特新'], () => '专精特新');
    expect(synonyms('转精特新')).toBe('专精特新');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answers/compose.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';
import { evaluateAnswers, evaluateFuseBaseline, readQuestionSet, type LabelledQuestion } from '../src/retrieval/evaluate.js';
import { PolicySearch } from '../src/retrieval/policy-search.js';
import { KNOWLEDGE, ROOT } from './helpers.js';

let knowledge: KnowledgeBase;
let devSet: LabelledQuestion[];

beforeAll(async () => {
  const result = await loadKnowledge(KNOWLEDGE);
  if (!result.ok) throw new Error('shipped knowledge is invalid');
  knowledge = result.knowledge;
  devSet = await readQuestionSet(path.join(ROOT, 'test/fixtures/tuning-set.yaml'));
});

describe('retrieval on the dev set', () => {
  it('has enough questions in owners’ words, out-of-scope ones included', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(120);
    expect(devSet.filter((item) => 'expect' in item).length).toBeGreaterThanOrEqual(15);
  });

  it('answers at least 95% with the expected fact and citation, far above plain fuse.js', () => {
    const ours = evaluateAnswers(knowledge, devSet);
    const baseline = evaluateFuseBaseline(knowledge, devSet);
    console.info(`dev set: ${(ours.accuracy * 100).toFixed(1)}% vs fuse.js ${(baseline.accuracy * 100).toFixed(1)}%`);
    expect(ours.failures.filter((failure) => failure.expected === 'out-of-scope')).toEqual([]);
    expect(ours.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(ours.accuracy - baseline.accuracy).toBeGreaterThanOrEqual(0.3);
  });
});

describe('answers', () => {
  it('gives the direct answer, the quoted clause, its citation, the status note and follow-ups', () => {
    const answer = answerQuestion(knowledge, new PolicySearch(knowledge), '市里认定专精特新有什么奖励');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    const lines = answer.text.split('\n');
    expect(lines[0]).toContain('30万元');
    expect(answer.text).toContain('“对市认定的专精特新中小企业、成长性小微企业,市分别给予每户30万元一次性奖补。”');
    expect(answer.text).toContain('《宿州市人民政府关于进一步推进中小企业“专精特新”发展的实施意见》三、(二)强化资金支持');
    expect(answer.text).toContain('2020年');
    expect(answer.followUps.length).toBeGreaterThanOrEqual(1);
    expect(answer.followUps.length).toBeLessThanOrEqual(3);
    expect(answer.citations[0]).toEqual({
      source: '宿州市人民政府关于进一步推进中小企业“专精特新”发展的实施意见',
      section: '三、(二)强化资金支持',
      text: '对市认定的专精特新中小企业、成长性小微企业,市分别给予每户30万元一次性奖补。',
    });
  });

  it('declines questions about another city instead of quoting Suzhou’s reward', () => {
    const answer = answerQuestion(knowledge, new PolicySearch(knowledge), '合肥市专精特新奖励多少');
    expect(answer).toMatchObject({ kind: 'out-of-scope', reason: 'other-region' });
  });

  it('maps typos and synonyms before matching', () => {
    const search = new PolicySearch(knowledge);
    expect(search.analyzer.normalize('转精特新贷款补贴')).toBe('专精特新融资奖补');
    expect(search.analyzer.normalize('税荣通是什么')).toBe('税融通');
  });
});

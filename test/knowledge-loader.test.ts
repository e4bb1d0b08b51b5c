import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.js';
import { formatProblem } from '../src/knowledge/model.js';
import { editFile, KNOWLEDGE, knowledgeCopy } from './helpers.js';

async function problemsAfter(edit: (directory: string) => Promise<void>): Promise<string[]> {
  const directory = await knowledgeCopy();
  await edit(directory);
  const result = await loadKnowledge(directory);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.relative(directory, problem.file) }));
}

describe('knowledge loader', () => {
  it('loads the shipped knowledge: every policy paragraph, the task table, criteria, FAQ', async () => {
    const result = await loadKnowledge(KNOWLEDGE);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { clauses, faq, documents, criteria } = result.knowledge;
    expect(clauses.get('suzhou-2018-zjtx#s3-2')?.section).toBe('三、(二)强化资金支持');
    expect(clauses.get('suzhou-2018-zjtx#s3-2')?.text).toContain('每户30万元一次性奖补');
    // Repaired extraction damage: the bracket of the document number and the date.
    expect(clauses.get('suzhou-2018-zjtx#s1-1')?.text).toContain('皖政〔2017〕53号');
    expect(clauses.get('suzhou-2018-zjtx#signature-p2')?.text).toBe('2018年9月17日');
    // The title is a clause of its own, for the issuer is named there only.
    expect(clauses.get('suzhou-2018-zjtx#title')).toMatchObject({ section: '标题', role: 'title', text: '宿州市人民政府关于进一步推进中小企业“专精特新”发展的实施意见' });
    const policyParagraphs = [...clauses.keys()].filter((id) => /^suzhou-2018-zjtx#(intro|s\d)/.test(id));
    expect(policyParagraphs).toHaveLength(18);
    const tasks = [...clauses.values()].filter((clause) => clause.id.includes('#task-'));
    expect(tasks).toHaveLength(11);
    expect(clauses.get('suzhou-2018-zjtx#task-7')?.text).toContain('牵头单位：市经济和信息化委');
    expect(faq.length).toBeGreaterThanOrEqual(30);
    expect(documents.get('suzhou-2018-zjtx')?.statusNote).toContain('2020年');
    expect(criteria?.tiers.map((tier) => tier.id)).toEqual(['innovative', 'specialized']);
    // A score the company states itself has the note as its rule, in the one sentence with its
    // points (a quote of the note alone lacked them), never in a bracket split by its full stop.
    expect(clauses.get('specialized#localFeature')?.text).toMatch(/^地方特色指标（满分15分）：由省级中小企业主管部门自主设定1–3个指标；[^（）。]*未填时按0分计。$/);
  });

  it('names file and line of an unknown key', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'faq/financing.yaml'), (text) => text.replace('  - id: tax-financing\n', '  - id: tax-financing\n    anwser: typo\n')),
    );
    expect(problems).toEqual([expect.stringMatching(/^faq\/financing\.yaml:\d+: .*未知字段 “anwser”/)]);
    const line = Number(problems[0]!.split(':')[1]);
    expect(line).toBeGreaterThan(10);
  });

  it('names file and line of an answer kind that says nothing about how a passage holds it', async () => {
    let kindLine = 0;
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'dictionary.yaml'), (text) => {
        kindLine = text.split('\n').findIndex((line) => line === '  - name: 负责部门') + 1;
        return text.replace(/(- name: 负责部门\n {4}asked: .*\n) {4}passageWords: .*\n/, '$1');
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^dictionary\.yaml:\d+: .*至少给出 passageWords 或 numberUnits 之一/)]);
    expect(Math.abs(Number(problems[0]!.split(':')[1]) - kindLine)).toBeLessThanOrEqual(1);
  });

  it('names file and line of an answer kind that narrows a kind the dictionary lacks', async () => {
    let narrowsLine = 0;
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'dictionary.yaml'), (text) => {
        narrowsLine = text.split('\n').findIndex((line) => line === '    narrows: [数额]') + 1;
        return text.replace('    narrows: [数额]', '    narrows: [数量]');
      }),
    );
    expect(narrowsLine).toBeGreaterThan(0);
    expect(problems).toEqual([expect.stringMatching(/^dictionary\.yaml:\d+: .*“数量”不是另一类 answerKinds 的 name/)]);
    expect(Math.abs(Number(problems[0]!.split(':')[1]) - narrowsLine)).toBeLessThanOrEqual(1);
  });

  it('reports a dangling clause reference at its line', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'faq/rewards-and-funds.yaml'), (text) => text.replace('clauses: [suzhou-2018-zjtx#s3-2]', 'clauses: [suzhou-2018-zjtx#s9-9]')),
    );
    expect(problems.some((problem) => /^faq\/rewards-and-funds\.yaml:\d+: 引用了不存在的条款：suzhou-2018-zjtx#s9-9/.test(problem))).toBe(true);
  });

  it('reports a self-assessment question explained by an FAQ entry that does not exist, at its line', async () => {
    let referenceLine = 0;
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'criteria/questionnaire.yaml'), (text) => {
        referenceLine = text.split('\n').findIndex((line) => line.includes('explainFaq: [ip-class-one, ip-class-two]')) + 1;
        return text.replace('explainFaq: [ip-class-one, ip-class-two]', 'explainFaq: [ip-class-one, ip-class-three]');
      }),
    );
    expect(referenceLine).toBeGreaterThan(0);
    expect(problems).toEqual([expect.stringMatching(/^criteria\/questionnaire\.yaml:\d+: 引用了不存在的问答：ip-class-three/)]);
    expect(Number(problems[0]!.split(':')[1])).toBe(referenceLine);
  });

  it('reports duplicate ids', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'faq/financing.yaml'), (text) => text.replace('id: tax-financing', 'id: financing-products')),
    );
    expect(problems).toEqual([expect.stringMatching(/^faq\/financing\.yaml:\d+: 问答 id 重复：financing-products/)]);
  });

  it('reports YAML syntax errors at their line (±1), in Chinese', async () => {
    let brokenLine = 0;
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'dictionary.yaml'), (text) => {
        brokenLine = text.split('\n').findIndex((line) => line === '  - [户, 家]') + 1;
        return text.replace('  - [户, 家]', '  - [户, 家');
      }),
    );
    const [, line] = /^dictionary\.yaml:(\d+): /.exec(problems[0]!) ?? [];
    expect(Math.abs(Number(line) - brokenLine)).toBeLessThanOrEqual(1);
    expect(problems[0]).toContain('方括号 [ 没有闭合');
  });

  it('reports a gap between bands and points above the maximum', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'criteria/innovative.yaml'), (text) =>
        text.replace('- { from: 3, to: 5, points: 15 }', '- { from: 3.5, to: 5, points: 25 }'),
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^criteria\/innovative\.yaml:\d+: 得分 25 超过该指标满分 20/));
    expect(problems).toContainEqual(expect.stringMatching(/^criteria\/innovative\.yaml:\d+: 分档不连续/));
  });

  it('reports group maxima that do not add up', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'criteria/specialized.yaml'), (text) => text.replace('{ id: refinement, name: 精细化, max: 25 }', '{ id: refinement, name: 精细化, max: 30 }')),
    );
    expect(problems).toContainEqual(expect.stringMatching(/精细化”满分 30，但其指标满分合计 25/));
  });

  it('reports a policy paragraph heading without an id', async () => {
    const problems = await problemsAfter((directory) =>
      editFile(path.join(directory, 'policies/suzhou-2018-zjtx.md'), (text) => text.replace('## 三、推进措施 {#s3}', '## 三、推进措施')),
    );
    expect(problems[0]).toMatch(/^policies\/suzhou-2018-zjtx\.md:\d+: 章节标题应写作/);
  });

  it('reports files in the wrong place and a missing dictionary', async () => {
    const problems = await problemsAfter(async (directory) => {
      await writeFile(path.join(directory, 'notes.txt'), 'x');
      await rm(path.join(directory, 'dictionary.yaml'));
    });
    expect(problems).toContainEqual(expect.stringMatching(/^notes\.txt:1: 无法识别的知识文件/));
    expect(problems).toContainEqual(expect.stringMatching(/缺少领域词典/));
  });
});

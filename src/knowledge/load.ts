/**
 * Loads and validates the whole knowledge directory. Either every file is valid and a new
 * KnowledgeBase comes back, or nothing is returned but the list of problems: a half-loaded
 * knowledge base is never served.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { basicConditionClauses, smeSizeClauses, tierClauses } from './criteria-clauses.js';
import type { Clause, Criteria, Dictionary, FaqEntry, KnowledgeBase, KnowledgeDocument, KnowledgeProblem } from './model.js';
import { parsePolicyMarkdown } from './policy-markdown.js';
import { checkCriteriaConsistency } from './rules-check.js';
import {
  criteriaFileSchema,
  dictionarySchema,
  intentsSchema,
  type IntentsFile,
  faqFileSchema,
  financingSupportSchema,
  type FinancingSupport,
  taskTableSchema,
  type BasicConditions,
  type CriteriaFile,
  type ProfileFields,
  type Questionnaire,
  type Rewards,
  type SmeSizeRules,
  type Tier,
} from './schema.js';
import { lineOf, parseYaml, validateYaml, type YamlSource } from './yaml-source.js';

export type LoadResult =
  | { ok: true; knowledge: KnowledgeBase; files: string[] }
  | { ok: false; problems: KnowledgeProblem[]; files: string[] };

const IGNORED = /(^\.|~$|\.swp$|^README\.md$)/i;

/**
 * Parsed policy files by path, with the text they were parsed from. Parsing is pure, so a reload
 * after an admin edits one of a thousand files re-parses only that one.
 */
const parsedPolicies = new Map<string, { text: string; parsed: ReturnType<typeof parsePolicyMarkdown> }>();

function parsePolicyCached(file: string, text: string): ReturnType<typeof parsePolicyMarkdown> {
  const cached = parsedPolicies.get(file);
  if (cached?.text === text) return cached.parsed;
  const parsed = parsePolicyMarkdown(file, text);
  parsedPolicies.set(file, { text, parsed });
  return parsed;
}

/** Where FAQ drafts wait for review, relative to the knowledge directory. */
export const FAQ_DRAFTS = 'faq/drafts';

async function listFiles(directory: string, relative = ''): Promise<string[]> {
  const entries = await readdir(path.join(directory, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (IGNORED.test(entry.name)) continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    // Drafts (made from staff answers) wait for an admin's review and are never served.
    if (entry.isDirectory() && child === FAQ_DRAFTS) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(directory, child)));
    else if (entry.isFile()) files.push(child);
  }
  return files.sort();
}

interface Located<T> {
  value: T;
  source: YamlSource;
}

export async function loadKnowledge(directory: string): Promise<LoadResult> {
  const problems: KnowledgeProblem[] = [];
  let files: string[];
  try {
    files = await listFiles(directory);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '目录不存在' : String(error);
    return { ok: false, problems: [{ file: directory, line: 0, message: `无法读取知识库目录：${reason}` }], files: [] };
  }
  const display = (file: string) => path.join(directory, file);

  const documents = new Map<string, KnowledgeDocument>();
  const clauses = new Map<string, Clause>();
  const faq: FaqEntry[] = [];
  const taskTables: Located<ReturnType<typeof taskTableSchema.parse>>[] = [];
  const faqFiles: Located<ReturnType<typeof faqFileSchema.parse>>[] = [];
  const criteriaFiles: Located<CriteriaFile>[] = [];
  let dictionary: Located<ReturnType<typeof dictionarySchema.parse>> | undefined;
  let intents: IntentsFile | undefined;
  const supportFiles: Located<FinancingSupport>[] = [];

  const addClause = (clause: Clause, source?: YamlSource) => {
    if (clauses.has(clause.id)) {
      problems.push({ file: clause.file, line: source ? lineOf(source, []) : clause.line, message: `条款 id 重复：${clause.id}` });
      return;
    }
    clauses.set(clause.id, clause);
  };

  // Read in parallel (a thousand small files is mostly waiting), validate in order.
  const contents = await Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')));
  for (const [index, file] of files.entries()) {
    const shown = display(file);
    const text = contents[index]!;
    if (/^policies\/[^/]+\.md$/.test(file)) {
      const parsed = parsePolicyCached(shown, text);
      problems.push(...parsed.problems);
      if (parsed.frontMatter) {
        const { id, title, statusNote } = parsed.frontMatter;
        if (documents.has(id)) problems.push({ file: shown, line: 2, message: `文件 id 重复：${id}` });
        documents.set(id, { id, title, kind: 'policy', statusNote });
        parsed.clauses.forEach((clause) => addClause(clause));
      }
      continue;
    }
    if (!/\.ya?ml$/.test(file)) {
      problems.push({ file: shown, line: 1, message: '无法识别的知识文件：政策用 policies/*.md，其余用 .yaml' });
      continue;
    }
    const parsed = parseYaml(shown, text);
    problems.push(...parsed.problems);
    if (parsed.problems.length) continue;
    const { source } = parsed;
    if (/^policies\/[^/]+\.tasks\.ya?ml$/.test(file)) {
      const result = validateYaml(source, taskTableSchema);
      problems.push(...result.problems);
      if (result.value) taskTables.push({ value: result.value, source });
    } else if (/^faq\/[^/]+$/.test(file)) {
      const result = validateYaml(source, faqFileSchema);
      problems.push(...result.problems);
      if (result.value) faqFiles.push({ value: result.value, source });
    } else if (/^criteria\/[^/]+$/.test(file)) {
      const result = validateYaml(source, criteriaFileSchema);
      problems.push(...result.problems);
      if (result.value) criteriaFiles.push({ value: result.value, source });
    } else if (/^financing\/[^/]+$/.test(file)) {
      const result = validateYaml(source, financingSupportSchema);
      problems.push(...result.problems);
      if (result.value) supportFiles.push({ value: result.value, source });
    } else if (/^intents\.ya?ml$/.test(file)) {
      const result = validateYaml(source, intentsSchema);
      problems.push(...result.problems);
      if (result.value) intents = result.value;
    } else if (/^dictionary\.ya?ml$/.test(file)) {
      const result = validateYaml(source, dictionarySchema);
      problems.push(...result.problems);
      if (result.value) dictionary = { value: result.value, source };
    } else {
      problems.push({
        file: shown,
        line: 1,
        message: '文件放错了位置：应在 policies/、faq/、criteria/、financing/ 下，或为 dictionary.yaml、intents.yaml',
      });
    }
  }

  // A policy or criteria file that failed to parse defines no clauses: every reference to them
  // would be reported as missing, burying the one real problem. Report the broken file only.
  const definitionsBroken = problems.some((problem) => /(^|\/)(policies|criteria)\//.test(problem.file));
  const referenceProblem = (problem: KnowledgeProblem) => {
    if (!definitionsBroken) problems.push(problem);
  };

  for (const { value: table, source } of taskTables) {
    const policy = documents.get(table.policy);
    if (!policy) {
      problems.push({ file: source.file, line: lineOf(source, ['policy']), message: `引用了不存在的政策文件：${table.policy}` });
      continue;
    }
    table.tasks.forEach((task, index) => {
      const partners = task.partnerUnits.length ? task.partnerUnits.join('、') : '无';
      addClause(
        {
          id: `${table.policy}#task-${task.number}`,
          documentId: table.policy,
          section: `附件 ${table.title} 第${task.number}项`,
          // One sentence, so that a quote of the task always carries its lead unit and deadline.
          text: `${task.task.replace(/。$/, '')}（牵头单位：${task.leadUnit}；配合单位：${partners}；时限：${task.deadline}）。`,
          file: source.file,
          line: lineOf(source, ['tasks', index]),
        },
        undefined,
      );
    });
  }

  const criteria = assembleCriteria(criteriaFiles, problems);
  if (criteria) {
    for (const { value, source } of criteriaFiles) {
      if (value.kind === 'tier') {
        documents.set(value.id, { id: value.id, title: value.source.title, kind: 'criteria' });
        tierClauses(value, source.file).forEach((clause) => addClause(clause));
      } else if (value.kind === 'basic-conditions') {
        documents.set(value.id, { id: value.id, title: value.source.title, kind: 'criteria' });
        basicConditionClauses(value, source.file).forEach((clause) => addClause(clause));
      } else if (value.kind === 'sme-size') {
        documents.set(value.id, { id: value.id, title: value.source.title, kind: 'criteria' });
        smeSizeClauses(value, source.file).forEach((clause) => addClause(clause));
      }
    }
    for (const { value, source } of criteriaFiles) {
      if (value.kind !== 'rewards') continue;
      value.rewards.forEach((reward, index) => {
        if (!clauses.has(reward.clause)) {
          referenceProblem({ file: source.file, line: lineOf(source, ['rewards', index, 'clause']), message: `引用了不存在的条款：${reward.clause}` });
        }
      });
    }
  }

  const financingSupport: FinancingSupport['rules'] = [];
  for (const { value, source } of supportFiles) {
    value.rules.forEach((rule, index) => {
      if (!clauses.has(rule.clause)) {
        referenceProblem({ file: source.file, line: lineOf(source, ['rules', index, 'clause']), message: `引用了不存在的条款：${rule.clause}` });
      }
      if (financingSupport.some((existing) => existing.id === rule.id)) {
        problems.push({ file: source.file, line: lineOf(source, ['rules', index]), message: `支持政策 id 重复：${rule.id}` });
      }
      financingSupport.push(rule);
    });
  }

  const faqIds = new Set<string>();
  for (const { value, source } of faqFiles) {
    if (value.reviewed === false) {
      problems.push({ file: source.file, line: lineOf(source, ['reviewed']), message: '这是未审核的问答草稿：核对答案和条款后删去 reviewed: false 这一行，才会用于回答' });
      continue;
    }
    value.entries.forEach((entry, index) => {
      const line = lineOf(source, ['entries', index]);
      if (faqIds.has(entry.id)) problems.push({ file: source.file, line, message: `问答 id 重复：${entry.id}` });
      faqIds.add(entry.id);
      entry.clauses.forEach((reference, clauseIndex) => {
        if (!clauses.has(reference)) {
          referenceProblem({
            file: source.file,
            line: lineOf(source, ['entries', index, 'clauses', clauseIndex]),
            message: `引用了不存在的条款：${reference}`,
          });
        }
      });
      faq.push({ ...entry, clauseIds: entry.clauses, file: source.file, line });
    });
  }

  // A question of the self-assessment explained by FAQ answers: the definitions live in one place.
  const questionnaireFile = criteriaFiles.find(({ value }) => value.kind === 'questionnaire');
  if (criteria && questionnaireFile) {
    const answers = new Map(faq.map((entry) => [entry.id, entry.answer]));
    const questions = criteria.questionnaire.questions.map((question, index) => {
      if (!question.explainFaq) return question;
      const explained = question.explainFaq.map((id, idIndex) => {
        const answer = answers.get(id);
        if (answer === undefined) {
          referenceProblem({ file: questionnaireFile.source.file, line: lineOf(questionnaireFile.source, ['questions', index, 'explainFaq', idIndex]), message: `引用了不存在的问答：${id}` });
        }
        return answer;
      });
      return { ...question, explain: [...explained, question.explain].filter((text) => text !== undefined).join('\n') };
    });
    criteria.questionnaire = { ...criteria.questionnaire, questions };
  }

  if (!dictionary && !problems.some((problem) => problem.file.endsWith('dictionary.yaml'))) {
    problems.push({ file: display('dictionary.yaml'), line: 0, message: '缺少领域词典 dictionary.yaml' });
  }
  if (!clauses.size && !problems.length) {
    problems.push({ file: directory, line: 0, message: '知识库里没有任何条款' });
  }
  if (!intents && !problems.some((problem) => problem.file.endsWith('intents.yaml'))) {
    problems.push({ file: display('intents.yaml'), line: 0, message: '缺少命令与意图文件 intents.yaml' });
  }
  if (problems.length || !dictionary || !intents) return { ok: false, problems, files };

  return {
    ok: true,
    files,
    knowledge: {
      directory,
      files,
      documents,
      clauses,
      faq,
      dictionary: buildDictionary(dictionary.value),
      intents: { intents: intents.intents, fillers: intents.fillers },
      criteria,
      financingSupport,
      loadedAt: new Date(),
    },
  };
}

function buildDictionary(file: ReturnType<typeof dictionarySchema.parse>): Dictionary {
  const canonical = new Map<string, string>();
  for (const group of file.synonyms) {
    const [head, ...variants] = group;
    if (!head) continue;
    for (const word of [head, ...variants]) canonical.set(word, head);
  }
  for (const [typo, correct] of Object.entries(file.typos)) canonical.set(typo, canonical.get(correct) ?? correct);
  return { terms: file.terms, canonical, questionWords: file.questionWords, followUpWords: file.followUpWords, policyWords: file.policyWords, otherRegions: file.otherRegions, homeRegion: file.homeRegion, levels: file.levels, answerKinds: file.answerKinds };
}

function assembleCriteria(files: Located<CriteriaFile>[], problems: KnowledgeProblem[]): Criteria | undefined {
  if (!files.length) return undefined;
  const tiers: Tier[] = [];
  const basicConditions = new Map<string, BasicConditions>();
  let smeSize: SmeSizeRules | undefined;
  let profileFields: ProfileFields | undefined;
  let rewards: Rewards | undefined;
  let questionnaire: Questionnaire | undefined;
  const sources = new Map<object, YamlSource>();
  for (const { value, source } of files) {
    sources.set(value, source);
    const duplicate = (what: string) => problems.push({ file: source.file, line: lineOf(source, ['kind']), message: `${what}只能有一个文件` });
    if (value.kind === 'tier') {
      if (tiers.some((tier) => tier.id === value.id)) problems.push({ file: source.file, line: lineOf(source, ['id']), message: `层级 id 重复：${value.id}` });
      tiers.push(value);
    } else if (value.kind === 'basic-conditions') basicConditions.set(value.id, value);
    else if (value.kind === 'sme-size') {
      if (smeSize) duplicate('中小企业划型标准');
      else smeSize = value;
    } else if (value.kind === 'profile-fields') {
      if (profileFields) duplicate('画像字段表');
      else profileFields = value;
    } else if (value.kind === 'questionnaire') {
      if (questionnaire) duplicate('自测问卷');
      else questionnaire = value;
    } else if (rewards) duplicate('奖补列表');
    else rewards = value;
  }
  const anyFile = files[0]!.source.file;
  if (!smeSize) problems.push({ file: anyFile, line: 0, message: 'criteria/ 缺少 kind: sme-size 的划型标准文件' });
  if (!profileFields) problems.push({ file: anyFile, line: 0, message: 'criteria/ 缺少 kind: profile-fields 的画像字段文件' });
  if (!rewards) problems.push({ file: anyFile, line: 0, message: 'criteria/ 缺少 kind: rewards 的奖补文件' });
  if (!questionnaire) problems.push({ file: anyFile, line: 0, message: 'criteria/ 缺少 kind: questionnaire 的自测问卷文件' });
  if (!smeSize || !profileFields || !rewards || !questionnaire) return undefined;
  const criteria: Criteria = { tiers: tiers.sort((a, b) => a.order - b.order), basicConditions, smeSize, profileFields, rewards, questionnaire };
  problems.push(...checkCriteriaConsistency(criteria, (value) => sources.get(value)!));
  return criteria;
}

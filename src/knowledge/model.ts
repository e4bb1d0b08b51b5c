import type { IntentName, BasicConditions, FinancingSupport, ProfileFields, Questionnaire, Rewards, SmeSizeRules, Tier } from './schema.js';

/** One quotable unit of knowledge: a policy paragraph, a task-table row or a criteria rule. */
export interface Clause {
  /** `documentId#clauseId`, the id FAQ entries and rewards refer to. */
  id: string;
  documentId: string;
  /** Section path as people cite it, e.g. `三、(二)强化资金支持`. */
  section: string;
  text: string;
  file: string;
  line: number;
  /**
   * `title`: the document's title (`# …`), quoted by FAQ entries on who issued it. Never searched
   * on its own: every question about the policy shares its words (宿州, 专精特新, 实施意见).
   */
  role?: 'title';
}

export interface KnowledgeDocument {
  id: string;
  /** Full title, shown in 《》 when citing. */
  title: string;
  kind: 'policy' | 'criteria';
  /** Shown with answers from this document when it matters, e.g. that its targets were set for 2020. */
  statusNote?: string;
}

export interface FaqEntry {
  id: string;
  question: string;
  alternatives: string[];
  answer: string;
  clauseIds: string[];
  /** The terms a definition entry defines; such an entry is answered only to “什么是…” (see the schema). */
  defines?: string[];
  /** What those terms include (发明专利): named in a question only together with 类 (“软著算几类”). */
  includes?: string[];
  /** Found by its own question and phrasings, not by the measures its answer lists (see the schema). */
  overview?: boolean;
  file: string;
  line: number;
}

export interface Dictionary {
  terms: string[];
  /** Every variant (and the canonical word itself) mapped to its canonical word. */
  canonical: Map<string, string>;
  questionWords: string[];
  /** Words of a follow-up about the subject just discussed (额度, 条件): see `dictionarySchema`. */
  followUpWords: string[];
  /** Words of a question asking what the government or the city does (政府, 政策, 鼓励): see `dictionarySchema`. */
  policyWords: string[];
  /** Places whose policies this knowledge base does not hold. */
  otherRegions: string[];
  /** The region the whole knowledge base is about, as the synonyms spell it (宿州市): never a topic word. */
  homeRegion?: string;
  /**
   * Levels of government whose own rules this knowledge base does not hold (省级, 国家级): words
   * that ask about the level, and words that show a passage speaks of it.
   */
  levels: Array<{ name: string; asked: string[]; passageWords: string[] }>;
  /** What a question can ask for (an amount, a department, a time), and how a passage shows it holds it. */
  answerKinds: AnswerKind[];
}

export interface AnswerKind {
  name: string;
  /** Words that ask for this kind (多少, 哪个部门, 什么时候). */
  asked: string[];
  /** A passage holding one of these words holds this kind (局, 部门; 年底, 之前). */
  passageWords: string[];
  /** A passage holding a number followed by one of these units holds this kind (万元, 户, 年). */
  numberUnits: string[];
  /**
   * A year of the calendar (2019年) states this kind (a time). Elsewhere it is a date, not a count:
   * “2019年底前” states no 数额 for “发展基金的规模有多大”, where “2年” would state one for “做满几年”.
   */
  calendarYears: boolean;
  /**
   * Broader kinds this one replaces when both are asked: “补多少” asks for a sum of money, not
   * just any number, though its 多少 asks for an amount too.
   */
  narrows: string[];
}

export interface Criteria {
  tiers: Tier[];
  basicConditions: Map<string, BasicConditions>;
  smeSize: SmeSizeRules;
  profileFields: ProfileFields;
  rewards: Rewards;
  questionnaire: Questionnaire;
}

/** The phrasings of each command word (菜单, 取消, 人工 …), and the filler that may wrap them. */
export interface IntentGrammar {
  intents: Record<IntentName, string[]>;
  fillers: string[];
}

export interface KnowledgeBase {
  directory: string;
  files: string[];
  documents: Map<string, KnowledgeDocument>;
  clauses: Map<string, Clause>;
  faq: FaqEntry[];
  dictionary: Dictionary;
  intents: IntentGrammar;
  criteria: Criteria | undefined;
  financingSupport: FinancingSupport['rules'];
  loadedAt: Date;
}

/** A validation problem, printed as `path:line: message`. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

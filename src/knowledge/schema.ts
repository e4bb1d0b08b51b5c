/**
 * zod schemas for every kind of knowledge file. Objects are strict so that a misspelt key
 * (an admin's most common mistake) is reported instead of silently ignored.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, '不能为空');

/** The search keeps the answer kinds each passage holds as bits of one 32-bit number, its top bit a mark of its own. */
export const MAX_ANSWER_KINDS = 31;
const identifier = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'id 只能包含字母、数字、点、下划线和连字符');
/** A clause reference: `documentId#clauseId`. */
export const clauseReference = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*#[A-Za-z0-9][A-Za-z0-9._-]*$/, '条款引用应写作 “文件id#条款id”');

export const sourceSchema = z.strictObject({
  title: nonEmpty,
  number: nonEmpty.optional(),
  part: nonEmpty.optional(),
});

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD'));

export const policyFrontMatterSchema = z.strictObject({
  id: identifier,
  title: nonEmpty,
  shortTitle: nonEmpty.optional(),
  documentNumber: nonEmpty.optional(),
  issuer: nonEmpty,
  issueDate: isoDate,
  publishDate: isoDate.optional(),
  region: nonEmpty,
  status: z.enum(['in-force', 'targets-expired', 'superseded', 'unknown']),
  statusNote: nonEmpty.optional(),
  targetYears: z.array(z.number().int().min(1990).max(2100)).optional(),
  validUntil: isoDate.optional(),
  source: nonEmpty,
  repairs: z.array(nonEmpty).optional(),
});
export type PolicyFrontMatter = z.infer<typeof policyFrontMatterSchema>;

export const taskTableSchema = z.strictObject({
  policy: identifier,
  title: nonEmpty,
  tasks: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        task: nonEmpty,
        leadUnit: nonEmpty,
        partnerUnits: z.array(nonEmpty),
        deadline: nonEmpty,
        note: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type TaskTable = z.infer<typeof taskTableSchema>;

export const faqFileSchema = z.strictObject({
  kind: z.literal('faq'),
  /** `false` on a draft made from a staff answer: refused until an admin has checked it. */
  reviewed: z.boolean().optional(),
  /** Where a draft came from (a handoff number or the unanswered log). */
  origin: z.string().optional(),
  entries: z
    .array(
      z.strictObject({
        id: identifier,
        question: nonEmpty,
        alternatives: z.array(nonEmpty).default([]),
        answer: nonEmpty,
        clauses: z.array(clauseReference).min(1, '至少引用一个条款'),
        /**
         * A definition (Ⅰ类知识产权): the terms it defines and the things they include. Answered only
         * when a question asks what one of them is (“什么是Ⅰ类知识产权”, “软著算几类”), and never
         * searched otherwise: as a searched entry it drew questions about patents the knowledge does not cover.
         */
        defines: z.array(nonEmpty).optional(),
        /** What a definition's terms include (发明专利, 软著): a question naming one asks about it only when it asks which class (“软著算几类”). */
        includes: z.array(nonEmpty).optional(),
        /**
         * An overview (“专精特新企业能享受哪些扶持？”): found by its question and phrasings only. Its
         * answer names every measure, each answered by an entry of its own, and searched by those
         * names it drew “税融通利率多少” away from the 税融通 entry.
         */
        overview: z.boolean().optional(),
      }),
    )
    .min(1),
});
export type FaqFile = z.infer<typeof faqFileSchema>;

export const dictionarySchema = z.strictObject({
  kind: z.literal('dictionary'),
  terms: z.array(nonEmpty),
  synonyms: z.array(z.array(z.union([nonEmpty, z.number().transform(String)])).min(2, '同义词组至少两个词')),
  typos: z.record(nonEmpty, nonEmpty),
  otherRegions: z.array(nonEmpty).default([]),
  /** The region every passage is about (宿州市): naming it says nothing about which passage answers. */
  homeRegion: nonEmpty.optional(),
  levels: z
    .array(z.strictObject({ name: nonEmpty, asked: z.array(nonEmpty).min(1), passageWords: z.array(nonEmpty).min(1) }))
    .default([]),
  answerKinds: z
    .array(
      z
        .strictObject({
          name: nonEmpty,
          asked: z.array(nonEmpty).min(1),
          passageWords: z.array(nonEmpty).default([]),
          numberUnits: z.array(nonEmpty).default([]),
          calendarYears: z.boolean().default(false),
          narrows: z.array(nonEmpty).default([]),
        })
        .refine((kind) => kind.passageWords.length + kind.numberUnits.length > 0, '至少给出 passageWords 或 numberUnits 之一'),
    )
    .max(MAX_ANSWER_KINDS, `answerKinds 最多 ${MAX_ANSWER_KINDS} 类`)
    .default([])
    .superRefine((kinds, context) => {
      const names = new Set(kinds.map((kind) => kind.name));
      kinds.forEach((kind, index) => {
        for (const narrowed of kind.narrows) {
          if (!names.has(narrowed) || narrowed === kind.name) {
            context.addIssue({ code: 'custom', path: [index, 'narrows'], message: `narrows 里的“${narrowed}”不是另一类 answerKinds 的 name` });
          }
        }
      });
    }),
  questionWords: z.array(nonEmpty),
  /**
   * Words that ask about an aspect of whatever was just discussed (额度, 条件, 怎么申请): a short
   * question made only of them (“额度多少” after 税融通) is read as about that subject.
   */
  followUpWords: z.array(nonEmpty).default([]),
  /**
   * Words of a question asking what the government or the city does (政府, 政策, 市里, 鼓励): a
   * signal that the question is about the policy, whatever else it names.
   */
  policyWords: z.array(nonEmpty).default([]),
});
export type DictionaryFile = z.infer<typeof dictionarySchema>;

export const INTENT_NAMES = ['menu', 'cancel', 'greeting', 'help', 'consult', 'handoff', 'assessment', 'financing', 'details', 'myNeeds', 'thanks', 'acknowledge', 'back', 'skip'] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

export const intentsSchema = z.strictObject({
  kind: z.literal('intents'),
  intents: z.record(z.enum(INTENT_NAMES), z.array(z.union([nonEmpty, z.number().transform(String)])).min(1, '每个意图至少一种说法')),
  fillers: z.array(nonEmpty).default([]),
});
export type IntentsFile = z.infer<typeof intentsSchema>;

/** A condition over the company profile, evaluated with three-valued logic by the assessment engine. */
export type Condition =
  | { field: string; gte: number }
  | { field: string; lt: number }
  | { field: string; is: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: nonEmpty, gte: z.number() }),
    z.strictObject({ field: nonEmpty, lt: z.number() }),
    z.strictObject({ field: nonEmpty, is: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
);

const band = z.strictObject({
  from: z.number().optional(),
  to: z.number().optional(),
  points: z.number().min(0),
});
export type Band = z.infer<typeof band>;
const bandList = z.strictObject({ measure: identifier, list: z.array(band).min(2) });
export type BandList = z.infer<typeof bandList>;

const choiceValue = z.union([z.string(), z.number(), z.boolean()]);
export const scoringSchema = z.union([
  z.strictObject({ bands: bandList }),
  z.strictObject({
    choices: z.strictObject({
      field: nonEmpty,
      options: z.array(z.strictObject({ value: choiceValue, label: nonEmpty, points: z.number().min(0) })).min(2),
    }),
  }),
  z.strictObject({
    steps: z.strictObject({ measure: identifier, every: z.number().positive(), points: z.number().positive() }),
  }),
  z.strictObject({
    countTrue: z.strictObject({
      pointsEach: z.number().positive(),
      items: z.array(z.strictObject({ field: nonEmpty, label: nonEmpty })).min(1),
    }),
  }),
  z.strictObject({ bestOf: z.array(bandList).min(2) }),
  z.strictObject({ given: z.strictObject({ field: nonEmpty }) }),
]);
export type Scoring = z.infer<typeof scoringSchema>;

const conditionEntry = z.strictObject({ id: identifier, text: nonEmpty, check: conditionSchema });
export type ConditionEntry = z.infer<typeof conditionEntry>;

export const tierSchema = z.strictObject({
  kind: z.literal('tier'),
  id: identifier,
  name: nonEmpty,
  order: z.number().int(),
  source: sourceSchema,
  version: nonEmpty,
  basicConditions: identifier,
  conditions: z.array(conditionEntry).default([]),
  directPass: z.strictObject({ text: nonEmpty, options: z.array(conditionEntry).min(1) }).optional(),
  passScore: z.number().positive(),
  groups: z
    .array(
      z.strictObject({
        id: identifier,
        name: nonEmpty,
        max: z.number().positive(),
        minScore: z.number().min(0).optional(),
      }),
    )
    .min(1),
  indicators: z
    .array(
      z.strictObject({
        id: identifier,
        name: nonEmpty,
        group: identifier,
        max: z.number().positive(),
        note: nonEmpty.optional(),
        score: scoringSchema,
      }),
    )
    .min(1),
});
export type Tier = z.infer<typeof tierSchema>;
export type Indicator = Tier['indicators'][number];

export const basicConditionsSchema = z.strictObject({
  kind: z.literal('basic-conditions'),
  id: identifier,
  name: nonEmpty,
  source: sourceSchema,
  version: nonEmpty,
  conditions: z.array(conditionEntry).min(1),
});
export type BasicConditions = z.infer<typeof basicConditionsSchema>;

export const smeSizeSchema = z.strictObject({
  kind: z.literal('sme-size'),
  id: identifier,
  name: nonEmpty,
  source: sourceSchema,
  version: nonEmpty,
  industries: z
    .array(
      z.strictObject({
        id: identifier,
        name: nonEmpty,
        text: nonEmpty,
        sme: conditionSchema,
        sizes: z
          .array(z.strictObject({ size: z.enum(['medium', 'small', 'micro']), when: conditionSchema }))
          .length(3),
      }),
    )
    .min(1),
});
export type SmeSizeRules = z.infer<typeof smeSizeSchema>;

export const profileFieldsSchema = z.strictObject({
  kind: z.literal('profile-fields'),
  id: identifier,
  source: sourceSchema,
  version: nonEmpty,
  fields: z
    .array(
      z.strictObject({
        id: nonEmpty,
        label: nonEmpty,
        type: z.enum(['text', 'number', 'boolean', 'choice']),
        unit: nonEmpty.optional(),
        missing: z.literal(false).optional(),
        /** A yes/no field's everyday names, for a multi-select answered in words (“有ISO9001 也有自己的品牌”). */
        aliases: z.array(nonEmpty).optional(),
        /**
         * A yes/no question that asks whether something bad is absent (事故, 失信): an answer that
         * denies one of these words (“没出过事”) is a yes, one that admits a serious one a no.
         */
        adverse: z.array(nonEmpty).optional(),
        /** A percentage of another field's head count (研发人员占比 of 从业人员): a count answered (“20个人”) is divided by it. */
        shareOf: identifier.optional(),
        options: z.array(z.strictObject({ value: choiceValue, label: nonEmpty, aliases: z.array(nonEmpty).optional() })).optional(),
      }),
    )
    .min(1),
  measures: z.array(
    z.strictObject({
      id: identifier,
      label: nonEmpty,
      unit: nonEmpty,
      ratio: z.strictObject({ numerator: identifier, denominator: identifier }),
    }),
  ),
});
export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const rewardsSchema = z.strictObject({
  kind: z.literal('rewards'),
  id: identifier,
  source: sourceSchema,
  version: nonEmpty,
  rewards: z
    .array(
      z.strictObject({
        id: identifier,
        tiers: z.array(identifier).min(1),
        title: nonEmpty,
        text: nonEmpty,
        clause: clauseReference,
      }),
    )
    .min(1),
});
export type Rewards = z.infer<typeof rewardsSchema>;

export const questionnaireSchema = z.strictObject({
  kind: z.literal('questionnaire'),
  id: identifier,
  source: sourceSchema,
  version: nonEmpty,
  questions: z
    .array(
      z.strictObject({
        id: identifier,
        label: nonEmpty,
        fields: z.array(nonEmpty).min(1),
        prompt: nonEmpty,
        example: nonEmpty,
        /** What the question's terms mean, shown on “?” or “什么是…”; only from the published criteria. */
        explain: nonEmpty.optional(),
        /**
         * FAQ entries whose answers explain the terms (the Ⅰ类 / Ⅱ类 definitions), shown before
         * `explain`: one text for both the owner who asks and the one answering the question.
         */
        explainFaq: z.array(identifier).min(1).optional(),
      }),
    )
    .min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Question = Questionnaire['questions'][number];

/** Files under criteria/ are told apart by their `kind`. */
export const criteriaFileSchema = z.discriminatedUnion('kind', [
  tierSchema,
  basicConditionsSchema,
  smeSizeSchema,
  profileFieldsSchema,
  rewardsSchema,
  questionnaireSchema,
]);
export type CriteriaFile = z.infer<typeof criteriaFileSchema>;

export const financingSupportSchema = z.strictObject({
  kind: z.literal('financing-support'),
  rules: z
    .array(
      z.strictObject({
        id: identifier,
        title: nonEmpty,
        text: nonEmpty,
        clause: clauseReference,
        when: z
          .array(
            z.union([
              z.strictObject({ field: z.enum(['guarantee', 'product', 'certification', 'purpose']), values: z.array(nonEmpty).min(1) }),
              z.strictObject({ field: z.enum(['guarantee', 'product', 'certification', 'purpose']), keywords: z.array(nonEmpty).min(1) }),
            ]),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type FinancingSupport = z.infer<typeof financingSupportSchema>;

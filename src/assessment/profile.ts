/**
 * The company profile: the input contract of `policy-bot assess` (see
 * shared/reference/assessment-criteria.md). Every field is optional; what is missing stays
 * missing, and the engine says what it would take.
 */
import { z } from 'zod';
import type { FieldKind } from '../forms/answer-parser.js';
import type { Criteria } from '../knowledge/model.js';

const amount = z.number().finite();
const booleans = <Keys extends string>(keys: readonly Keys[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.boolean().optional()])) as Record<Keys, z.ZodOptional<z.ZodBoolean>>).partial();

export const profileSchema = z
  .object({
    name: z.string().optional(),
    industry: z.enum(['industrial', 'software']).optional(),
    employees: z.number().int().min(0).optional(),
    revenue: amount.min(0).optional(),
    mainRevenue: amount.min(0).optional(),
    // Revenue cannot fall by more than all of it: “下降150%” is a typo.
    mainRevenueGrowth: amount.min(-100).optional(),
    mainRevenueGrowth2y: amount.min(-100).optional(),
    rdExpense: amount.min(0).optional(),
    rdExpenseAvg2y: amount.min(0).optional(),
    rdStaffRatio: amount.min(0).max(100).optional(),
    yearsInNiche: amount.min(0).optional(),
    equityFinancing2y: amount.min(0).optional(),
    equityFinancing3y: amount.min(0).optional(),
    // Profit cannot exceed revenue: “净利润率150%” is a typo.
    netProfitMargin: amount.max(100).optional(),
    debtRatio: amount.min(0).optional(),
    ip: z.enum(['I-high', 'I-own', 'I', 'II', 'none']).optional(),
    rdInstitution: z.enum(['national', 'provincial', 'municipal', 'below', 'none']).optional(),
    digitalLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    quality: booleans(['award', 'iso9001', 'ownBrand', 'standards'] as const).optional(),
    productField: z.enum(['key-chain', 'six-bases', 'other']).optional(),
    strategicEmerging: z.boolean().optional(),
    localFeatureScore: amount.min(0).max(15).optional(),
    honors: booleans(['sciTechAward', 'provincialAwardTop3', 'nationalAwardTop5', 'highTech', 'provincialRdInstitution', 'makerChinaTop500'] as const).optional(),
    basic: booleans(['registeredInChina', 'independentLegalPerson', 'goodStanding'] as const).optional(),
  })
  // Tools that export profiles add their own columns (ids, expected results): ignore them.
  .passthrough();
export type Profile = z.infer<typeof profileSchema>;

export type FieldValue = string | number | boolean;

/** Reads `quality.iso9001` style paths. */
export function readField(profile: Record<string, unknown>, field: string): FieldValue | undefined {
  let value: unknown = profile;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

export function writeField(profile: Record<string, unknown>, field: string, value: FieldValue | undefined): void {
  const parts = field.split('.');
  let target = profile;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object') target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

/** How an answer to a profile field is read: its type, unit, options and the words that answer it (profile-fields.yaml). */
export function answerKind(criteria: Criteria, field: string): FieldKind {
  const definition = criteria.profileFields.fields.find((candidate) => candidate.id === field);
  if (!definition || definition.type === 'text') return { type: 'text' };
  if (definition.type === 'number') return { type: 'number', unit: definition.unit ?? '' };
  if (definition.type === 'boolean') return { type: 'boolean', aliases: definition.aliases, adverse: definition.adverse };
  return { type: 'choice', options: definition.options ?? [] };
}

/**
 * Three-valued logic over the profile: a condition is true, false, or unknown (null) when a
 * missing answer decides it. `false AND unknown` is false; `true OR unknown` is true.
 */
import type { Condition } from '../knowledge/schema.js';

export type Truth = boolean | null;
export type Lookup = (field: string) => number | boolean | string | undefined;

export function and(values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

export function or(values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

export function evaluate(condition: Condition, lookup: Lookup): Truth {
  if ('all' in condition) return and(condition.all.map((child) => evaluate(child, lookup)));
  if ('any' in condition) return or(condition.any.map((child) => evaluate(child, lookup)));
  const value = lookup(condition.field);
  if (value === undefined) return null;
  if ('is' in condition) return value === condition.is;
  if (typeof value !== 'number') return null;
  if ('gte' in condition) return value >= condition.gte;
  return value < condition.lt;
}

/** Leaf conditions, for naming what is missing or what fell short. */
export function leaves(condition: Condition): Array<Extract<Condition, { field: string }>> {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  return [condition];
}

// Rules are data with names: each attribute of a claim is decided by the first rule of its
// ordered registry that applies, and the claim's evidence names that rule and the words it read.
import type { Decision, Span } from '../model.js';

/** What a rule makes of the words it read. */
export interface Production<T> {
  value: T;
  span: Span;
}

export interface Rule<C, T> {
  /** `attribute.reading`, e.g. `period.ownExpression`: the name evidence and docs use. */
  name: string;
  /** One line for docs/extractor.md: what the rule reads. */
  reads: string;
  apply(context: C): Production<T> | null;
}

/** The first rule that applies, with its name; null when none does. */
export function decide<C, T>(rules: ReadonlyArray<Rule<C, T>>, context: C): Decision<T> | null {
  for (const rule of rules) {
    const production = rule.apply(context);
    if (production) return { value: production.value, span: production.span, rule: rule.name };
  }
  return null;
}

export const rule = <C, T>(name: string, reads: string, apply: (context: C) => Production<T> | null): Rule<C, T> => ({ name, reads, apply });

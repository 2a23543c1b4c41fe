// What a set of figures for one period says: its value and the range they allow. Pure.
import type { Figure } from './figure.js';
import { clamp, contains, hull, intersection, intervalOf, isBound, type Interval } from './interval.js';

export interface Estimate {
  /** null when only bounds say anything. */
  value: number | null;
  /** Where the figures agree, the values all of them allow; where they conflict, their hull. */
  range: Interval;
  figures: readonly Figure[];
}

/**
 * The value most voters give; on a tie, the lower median of the tied values. Voters are articles,
 * so one article that repeats itself does not outvote others.
 */
export function mostGiven(votes: ReadonlyArray<{ value: number; voter: string }>): number | null {
  if (votes.length === 0) return null;
  // Most days every article gives the same figure.
  if (votes.every((vote) => vote.value === votes[0]!.value)) return votes[0]!.value;
  const votersByValue = new Map<number, Set<string>>();
  for (const { value, voter } of votes) votersByValue.set(value, (votersByValue.get(value) ?? new Set()).add(voter));
  const top = Math.max(...[...votersByValue.values()].map((voters) => voters.size));
  const tied = [...votersByValue].filter(([, voters]) => voters.size === top).map(([value]) => value).sort((a, b) => a - b);
  return tied[Math.floor((tied.length - 1) / 2)]!;
}

/**
 * Exact figures first, then approximate ones; of those, the ones every bound allows if any are,
 * and among them the figure most articles give. Bounds never give the value: they only narrow it
 * (an approximate value outside a bound moves to the nearest value the bound allows).
 */
export function estimate(figures: readonly Figure[]): Estimate | null {
  if (figures.length === 0) return null;
  const intervals = figures.map(intervalOf);
  const agreed = intersection(intervals);
  const range = agreed ?? hull(intervals);
  const bounds = intersection(figures.filter(isBound).map(intervalOf));
  const exact = figures.filter((f) => f.qualifier === 'exact' && f.valueMax === null);
  const tier = exact.length ? exact : figures.filter((f) => f.qualifier === 'approx' && f.valueMax === null);
  const allowed = bounds ? tier.filter((f) => contains(bounds, f.value)) : [];
  const candidates = allowed.length ? allowed : tier;
  const value = mostGiven(candidates.map((f) => ({ value: f.value, voter: f.articleId })));
  return { value: value === null ? null : clamp(value, range), range, figures };
}

// Each claimant's latest running total of a metric. Pure.
import type { Qualifier } from '../core/claim.js';
import { mostGiven } from './estimate.js';
import { figuresOf, type DatedFigures, type Figure } from './figure.js';
import { isBound } from './interval.js';

export interface LatestTotal {
  metric: string;
  source: string | null;
  sourceGroup: string | null;
  date: string;
  value: number;
  qualifier: Qualifier;
  valueMax: number | null;
  claimIds: string[];
}

/** Exact totals before approximate ones, and those before bounds. */
const TIERS: Array<(f: Figure) => boolean> = [(f) => f.qualifier === 'exact' && !isBound(f), (f) => f.qualifier === 'approx' && !isBound(f), isBound];

/** A date's best total: of its best tier of figures, the one most articles give. */
function totalOfDate(figures: readonly Figure[]): Pick<LatestTotal, 'value' | 'qualifier' | 'valueMax' | 'claimIds'> {
  const tier = TIERS.map((inTier) => figures.filter(inTier)).find((found) => found.length > 0)!;
  const value = mostGiven(tier.map((f) => ({ value: f.value, voter: f.articleId })))!;
  const giving = tier.filter((f) => f.value === value);
  return { value, qualifier: giving[0]!.qualifier, valueMax: giving[0]!.valueMax, claimIds: giving.map((f) => f.claimId) };
}

/** How a source is told apart in a map, the unknown one included. */
export const totalSourceKey = (source: string | null): string => source ?? '-';

/**
 * Per source, the total of the newest date it gave one for (so a bound never replaces an exact
 * total of the same or a later date). `newestFirst`: one entry per date, newest first.
 */
export function latestPerSource(metric: string, newestFirst: readonly DatedFigures[], includeUndated: boolean): LatestTotal[] {
  const latest = new Map<string, LatestTotal>();
  for (const { date, figures } of newestFirst) {
    const bySource = new Map<string, Figure[]>();
    for (const f of figuresOf(figures, null, includeUndated)) {
      if (!latest.has(totalSourceKey(f.source))) bySource.set(totalSourceKey(f.source), [...(bySource.get(totalSourceKey(f.source)) ?? []), f]);
    }
    for (const [key, mine] of bySource) latest.set(key, { metric, source: mine[0]!.source, sourceGroup: mine[0]!.sourceGroup, date, ...totalOfDate(mine) });
  }
  return [...latest.values()];
}

/** The sources that have a total among these figures (of dated articles only, unless asked). */
export const sourcesWithTotals = (newestFirst: readonly DatedFigures[], includeUndated: boolean): Set<string> =>
  new Set(newestFirst.flatMap((d) => figuresOf(d.figures, null, includeUndated)).map((f) => totalSourceKey(f.source)));

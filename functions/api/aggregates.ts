// The aggregate queries: what they read from the store (at most three requests each), and the
// pure rules of functions/aggregates applied to it.
import { bucketsOverlapping } from '../aggregates/buckets.js';
import { findDisagreements, type DisagreementGroup } from '../aggregates/disagreements.js';
import type { Claimant, Figure } from '../aggregates/figure.js';
import { finite, intervalOf } from '../aggregates/interval.js';
import { latestPerSource, totalSourceKey, type LatestTotal } from '../aggregates/running-totals.js';
import { buildSeries } from '../aggregates/series.js';
import type { StoredClaim } from '../core/article.js';
import { addDays } from '../core/calendar.js';
import type { MetricTotals } from '../store/read-port.js';
import { groupBy } from '../shared/group-by.js';
import type { ApiContext } from './context.js';
import { fromEnum, toEnum } from './enums.js';
import type { Resolvers, SourceGroup } from './generated/resolvers.js';
import { checkRange, MAX_SERIES_DAYS } from './inputs.js';
import type { DisagreementModel } from './models.js';
import { officialBuckets } from './official-series.js';

const sideOf = (sourceGroup: string | null): SourceGroup | null => (sourceGroup ? (toEnum(sourceGroup) as SourceGroup) : null);

function claimantOf(source: string | null | undefined, sourceGroup: SourceGroup | null | undefined): Claimant | null {
  if (source) return { source };
  return sourceGroup ? { sourceGroup: fromEnum(sourceGroup) } : null;
}

const isClaim = (claim: StoredClaim | null | Error): claim is StoredClaim => Boolean(claim) && !(claim instanceof Error);
const claimsOf = async (ids: readonly string[], context: ApiContext) => (await context.claimsById.loadMany(ids)).filter(isClaim);

const byMetricAndSource = (a: LatestTotal, b: LatestTotal) => a.metric.localeCompare(b.metric) || (a.source ?? '').localeCompare(b.source ?? '');

/**
 * Each metric's latest totals as of a past date. The latest-totals item answers every claimant
 * whose newest total is not after the date; the others are found in the date's month (its totals
 * up to the date, read beside the latest item), else in the month summaries before it, newest
 * first: three requests, whatever the history (a page of summaries holds decades).
 */
async function totalsAsOf(context: ApiContext, subject: string, asOf: string, latest: LatestTotal[], inMonth: MetricTotals[], includeUndated: boolean): Promise<LatestTotal[]> {
  const keyOf = (t: LatestTotal) => `${t.metric}\u0000${totalSourceKey(t.source)}`;
  const wanted = new Set(latest.filter((t) => t.date > asOf).map(keyOf));
  const found = new Map<string, LatestTotal>();
  const take = (totals: LatestTotal[]) => totals.forEach((t) => wanted.has(keyOf(t)) && !found.has(keyOf(t)) && found.set(keyOf(t), t));
  for (const [metric, totals] of groupBy(inMonth, (t) => t.metric)) take(latestPerSource(metric, totals, includeUndated));
  if (found.size < wanted.size) {
    for await (const page of context.store.monthlyLatestBefore(subject, asOf, includeUndated)) {
      take(page);
      if (found.size === wanted.size) break;
    }
  }
  return [...latest.filter((t) => t.date <= asOf), ...found.values()];
}

export const aggregateResolvers: Pick<Resolvers, 'Series' | 'RunningTotal' | 'Figure' | 'Disagreement'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'series' | 'latestTotals' | 'disagreements' | 'officialSeries'>;
} = {
  Query: {
    series: async (_, { subject, metric, granularity, from, to, sourceGroup, source, includeUndated }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const name = fromEnum(metric);
      const buckets = bucketsOverlapping(from, to, granularity ?? 'DAY');
      const [first, last] = [buckets[0]!.start, buckets[buckets.length - 1]!.end];
      // Weeks and months also read what is filed at their ends, from the day before the first one.
      const [days, periodEnds] = await Promise.all([
        context.store.seriesDays(subject, name, first, last),
        granularity === 'WEEK' || granularity === 'MONTH' ? context.store.periodEnds(subject, name, granularity, addDays(first, -1), last) : [],
      ]);
      return buildSeries({ granularity: granularity ?? 'DAY', from, to, days, periodEnds, claimant: claimantOf(source, sourceGroup), includeUndated: includeUndated ?? false });
    },
    latestTotals: async (_, { subject, asOf, sourceGroup, includeUndated }, context) => {
      const undated = includeUndated ?? false;
      const [latest, inMonth] = await Promise.all([context.store.latestTotals(subject, undated), asOf ? context.store.totalsInMonthOf(subject, asOf) : []]);
      const totals = !asOf || latest.every((t) => t.date <= asOf) ? latest : await totalsAsOf(context, subject, asOf, latest, inMonth, undated);
      const group = sourceGroup ? fromEnum(sourceGroup) : null;
      return totals.filter((t) => !group || t.sourceGroup === group).sort(byMetricAndSource);
    },
    disagreements: async (_, { subject, metric, from, to, sourceGroup, includeUndated }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const name = fromEnum(metric);
      const [days, totals] = await Promise.all([context.store.seriesDays(subject, name, from, to), context.store.totalsBetween(subject, name, from, to)]);
      const options = { sourceGroup: sourceGroup ? fromEnum(sourceGroup) : undefined, includeUndated: includeUndated ?? false };
      const asModel = (periodKind: DisagreementModel['periodKind']) => (group: DisagreementGroup): DisagreementModel => ({ metric: name, periodKind, ...group });
      return [...findDisagreements(days, options).map(asModel('day')), ...findDisagreements(totals, options).map(asModel('cumulative'))].sort(
        (a, b) => a.date.localeCompare(b.date) || a.periodKind.localeCompare(b.periodKind),
      );
    },
    officialSeries: async (_, { metric, granularity, from, to }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const buckets = bucketsOverlapping(from, to, granularity ?? 'DAY');
      const [first, last] = [buckets[0]!.start, buckets[buckets.length - 1]!.end];
      const points = await context.store.referenceBetween(fromEnum(metric), addDays(first, -1), last);
      return officialBuckets(points, buckets);
    },
  },
  Series: {
    sourceGroup: (series) => sideOf(series.sourceGroup),
  },
  RunningTotal: {
    sourceGroup: (total) => sideOf(total.sourceGroup),
    qualifier: (total) => toEnum(total.qualifier) as 'EXACT',
    min: (total) => finite(intervalOf(total).min),
    max: (total) => finite(intervalOf(total).max),
    claims: (total, _, context) => claimsOf(total.claimIds, context),
  },
  Figure: {
    qualifier: (figure) => toEnum(figure.qualifier) as 'EXACT',
    min: (figure: Figure) => finite(intervalOf(figure).min),
    max: (figure: Figure) => finite(intervalOf(figure).max),
  },
  Disagreement: {
    periodKind: (d) => toEnum(d.periodKind) as 'DAY',
    sourceGroup: (d) => sideOf(d.sourceGroup),
    claims: (d, _, context) => claimsOf(d.figures.map((f) => f.claimId), context),
  },
};

// Series and disagreement arithmetic over rollup items. Pure.
import { addDays, monthEnd, monthOf, monthStart, mondayOf, yearOf } from '../core/calendar.js';
import type { Contribution, RollupItem } from '../store/read-port.js';

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

export interface Bucket {
  start: string;
  end: string;
  value: number | null;
  min: number | null;
  max: number | null;
  claimCount: number;
  articleCount: number;
}

/**
 * The value most articles give; on a tie, the lower median of the tied values. Counting articles,
 * not claims, keeps one article that repeats itself from outvoting others.
 */
export function consensus(contributions: Contribution[]): number | null {
  if (contributions.length === 0) return null;
  const articlesByValue = new Map<number, Set<string>>();
  for (const c of contributions) articlesByValue.set(c.value, (articlesByValue.get(c.value) ?? new Set()).add(c.articleId));
  const top = Math.max(...[...articlesByValue.values()].map((a) => a.size));
  const tied = [...articlesByValue].filter(([, a]) => a.size === top).map(([v]) => v).sort((a, b) => a - b);
  return tied[Math.floor((tied.length - 1) / 2)]!;
}

export const bucketStart = (day: string, granularity: Granularity): string =>
  granularity === 'DAY' ? day : granularity === 'WEEK' ? mondayOf(day) : monthStart(yearOf(day), monthOf(day));
export const bucketEnd = (start: string, granularity: Granularity): string =>
  granularity === 'DAY' ? start : granularity === 'WEEK' ? addDays(start, 6) : monthEnd(yearOf(start), monthOf(start));

/** Buckets from..to, each with the consensus of its days (summed over days for weeks and months). */
export function buildSeries(days: RollupItem[], granularity: Granularity, from: string, to: string, sourceGroup?: string | null): Bucket[] {
  const byDay = new Map(days.map((d) => [d.date, d.contributions.filter((c) => !sourceGroup || c.sourceGroup === sourceGroup)]));
  const buckets: Bucket[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start = addDays(bucketEnd(start, granularity), 1)) {
    const end = bucketEnd(start, granularity);
    let value: number | null = null;
    let min: number | null = null;
    let max: number | null = null;
    let claimCount = 0;
    const articles = new Set<string>();
    for (let day = start < from ? from : start; day <= end && day <= to; day = addDays(day, 1)) {
      const contributions = byDay.get(day) ?? [];
      if (contributions.length === 0) continue;
      const values = contributions.map((c) => c.value);
      value = (value ?? 0) + consensus(contributions)!;
      min = (min ?? 0) + Math.min(...values);
      max = (max ?? 0) + Math.max(...values);
      claimCount += contributions.length;
      for (const c of contributions) articles.add(c.articleId);
    }
    buckets.push({ start, end, value, min, max, claimCount, articleCount: articles.size });
  }
  return buckets;
}

export interface DisagreementGroup {
  date: string;
  sourceGroup: string | null;
  values: number[];
  claimIds: string[];
}

/** For each date and claimant side, the claims when they do not all give the same value. */
export function findDisagreements(items: RollupItem[]): DisagreementGroup[] {
  const groups: DisagreementGroup[] = [];
  for (const item of items) {
    const bySide = new Map<string | null, Contribution[]>();
    const ordered = [...item.contributions].sort((a, b) => a.value - b.value || a.claimId.localeCompare(b.claimId));
    for (const c of ordered) bySide.set(c.sourceGroup, [...(bySide.get(c.sourceGroup) ?? []), c]);
    for (const [sourceGroup, contributions] of bySide) {
      const values = [...new Set(contributions.map((c) => c.value))].sort((a, b) => a - b);
      if (values.length > 1) groups.push({ date: item.date, sourceGroup, values, claimIds: contributions.map((c) => c.claimId) });
    }
  }
  return groups;
}

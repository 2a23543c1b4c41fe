// The official series in buckets: what the General Staff's reports add up to over each. Pure.
import type { Bucket } from '../aggregates/buckets.js';
import { addDays } from '../core/calendar.js';

export interface OfficialBucket extends Bucket {
  date: string | null;
  total: number | null;
  change: number | null;
}

/**
 * The same whole buckets as `series`. A report's total counts every loss up to its morning, and a
 * day figure in an article is dated by the report (as verification compares them), so a bucket's
 * losses are its last report minus the report of the day before its first day. `points`, oldest
 * first, must reach back to the day before the first bucket.
 */
export function officialBuckets(points: Array<{ date: string; total: number }>, buckets: readonly Bucket[]): OfficialBucket[] {
  const totals = new Map(points.map((p) => [p.date, p.total]));
  let next = 0;
  return buckets.map(({ start, end }) => {
    let report: { date: string; total: number } | null = null;
    for (; next < points.length && points[next]!.date <= end; next++) if (points[next]!.date >= start) report = points[next]!;
    const before = totals.get(addDays(start, -1));
    return {
      start,
      end,
      date: report?.date ?? null,
      total: report?.total ?? null,
      change: report && before !== undefined ? report.total - before : null,
    };
  });
}

// The official series in buckets: what the General Staff's reports add up to over each. Pure.
import { addDays } from '../core/calendar.js';
import { bucketEnd, bucketStart, type Granularity } from './aggregates.js';

export interface OfficialBucket {
  start: string;
  end: string;
  date: string | null;
  total: number | null;
  change: number | null;
}

/**
 * Buckets from..to (days outside it are left out, as in `series`). A report's total counts every
 * loss up to its morning, and a day figure in an article is dated by the report (as verification
 * compares them), so a bucket's losses are its last report minus the report of the day before its
 * first day. `points`, oldest first, must reach back to the day before `from`.
 */
export function officialBuckets(points: Array<{ date: string; total: number }>, granularity: Granularity, from: string, to: string): OfficialBucket[] {
  const totals = new Map(points.map((p) => [p.date, p.total]));
  const buckets: OfficialBucket[] = [];
  let next = 0;
  for (let start = bucketStart(from, granularity); start <= to; start = addDays(bucketEnd(start, granularity), 1)) {
    const end = bucketEnd(start, granularity);
    const first = start < from ? from : start;
    const last = end > to ? to : end;
    let report: { date: string; total: number } | null = null;
    for (; next < points.length && points[next]!.date <= last; next++) if (points[next]!.date >= first) report = points[next]!;
    const before = totals.get(addDays(first, -1));
    buckets.push({
      start,
      end,
      date: report?.date ?? null,
      total: report?.total ?? null,
      change: report && before !== undefined ? report.total - before : null,
    });
  }
  return buckets;
}

// Calendar buckets: days, weeks (Monday to Sunday) and calendar months. Pure.
import { addDays, daysCovered, monthEnd, monthOf, monthStart, mondayOf, toDate, weekday, yearOf } from '../core/calendar.js';
import type { IsoDate, Period } from '../core/claim.js';

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';
/** The buckets longer than a day, which a claim for the whole period or running totals at both ends can fill. */
export type PeriodGranularity = Exclude<Granularity, 'DAY'>;

export interface Bucket {
  start: IsoDate;
  end: IsoDate;
}

export const bucketStart = (day: IsoDate, granularity: Granularity): IsoDate =>
  granularity === 'DAY' ? day : granularity === 'WEEK' ? mondayOf(day) : monthStart(yearOf(day), monthOf(day));
export const bucketEnd = (start: IsoDate, granularity: Granularity): IsoDate =>
  granularity === 'DAY' ? start : granularity === 'WEEK' ? addDays(start, 6) : monthEnd(yearOf(start), monthOf(start));

/** Every bucket that overlaps from..to, whole, oldest first. */
export function bucketsOverlapping(from: IsoDate, to: IsoDate, granularity: Granularity): Bucket[] {
  if (granularity === 'DAY') return daysFrom(from, to).map((day) => ({ start: day, end: day }));
  const buckets: Bucket[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start = addDays(bucketEnd(start, granularity), 1)) {
    buckets.push({ start, end: bucketEnd(start, granularity) });
  }
  return buckets;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The days from..to, both included: one Date stepped a day at a time, not each day parsed and printed through ISO strings. */
export function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const last = toDate(to).getTime();
  for (const date = toDate(from); date.getTime() <= last; date.setUTCDate(date.getUTCDate() + 1)) {
    days.push(`${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`);
  }
  return days;
}

export const daysIn = (bucket: Bucket): number => daysCovered(bucket.start, bucket.end);

/** The week or month a span covers exactly, if it does: where a claim for that whole period is filed. */
export function periodBucketOf(period: Period | null): { granularity: PeriodGranularity; end: IsoDate } | null {
  if (period?.kind !== 'span' || !period.start || !period.end) return null;
  for (const granularity of ['WEEK', 'MONTH'] as const) {
    if (bucketStart(period.start, granularity) === period.start && bucketEnd(period.start, granularity) === period.end) return { granularity, end: period.end };
  }
  return null;
}

/**
 * The granularities whose buckets end on this day (a Sunday ends a week, a last day a month): a
 * running total of that date is where one bucket's difference ends and the next one's starts.
 */
export const bucketsEndingOn = (day: IsoDate): PeriodGranularity[] => [
  ...(weekday(day) === 0 ? (['WEEK'] as const) : []),
  ...(bucketEnd(bucketStart(day, 'MONTH'), 'MONTH') === day ? (['MONTH'] as const) : []),
];

// The official series' items: one per metric and year of report dates, its days' totals in one
// JSON string (`days`, `{"MM-DD": total}`). DynamoDB Local's time (and DynamoDB's write units) go by
// the item: the equipment series, 20,000 points, is ~70 items instead of 20,000, and a reader gets
// a year of a metric as one attribute value.
import type { ReferencePoint } from '../../verification/reference.js';
import { referenceYearKey } from '../keys.js';
import type { Item, Key } from './table-client.js';

/** Written on a reference file's item: a file imported under the older layout (an item per day) is imported again. */
export const REFERENCE_LAYOUT = 'years';

const PARTITION_PREFIX = referenceYearKey('', '').pk;
const SORT_PREFIX = referenceYearKey('', '').sk;

export const referenceItemKey = (metric: string, date: string): Key => referenceYearKey(metric, date.slice(0, 4));

/** A file's totals of one metric and year, by `MM-DD` (of repeated points for a day, the last). */
export interface ReferenceYear {
  key: Key;
  days: Record<string, number>;
}

export function referenceYears(points: readonly ReferencePoint[]): ReferenceYear[] {
  const years = new Map<string, ReferenceYear>();
  for (const point of points) {
    const key = referenceItemKey(point.metric, point.date);
    const id = `${key.pk}\u0000${key.sk}`;
    const year = years.get(id) ?? { key, days: {} };
    year.days[point.date.slice(5)] = point.total;
    years.set(id, year);
  }
  return [...years.values()];
}

/**
 * A year's item with these days over the ones it held (another file's days are kept, as they were
 * when each day was an item), and its version bumped: the writer puts it on the condition that the
 * version is still the one it read, so of two imports into one year neither loses the other's days.
 */
export function mergedYear(year: ReferenceYear, stored: Item | undefined): Item {
  const days = { ...(stored ? (JSON.parse(stored.days as string) as Record<string, number>) : {}), ...year.days };
  const sorted = Object.fromEntries(Object.entries(days).sort(([a], [b]) => a.localeCompare(b)));
  return { ...year.key, days: JSON.stringify(sorted), version: ((stored?.version as number | undefined) ?? 0) + 1 };
}

/** The totals a year item holds, in date order. */
export function totalsOf(item: Item): Array<{ metric: string; date: string; total: number }> {
  const metric = (item.pk as string).slice(PARTITION_PREFIX.length);
  const year = (item.sk as string).slice(SORT_PREFIX.length);
  return Object.entries(JSON.parse(item.days as string) as Record<string, number>).map(([day, total]) => ({ metric, date: `${year}-${day}`, total }));
}

// A claimant's figures in day, week or month buckets, each with the basis of its value. Pure.
import { addDays } from '../core/calendar.js';
import { SOURCE_GROUPS, type IsoDate } from '../core/claim.js';
import { bucketsOverlapping, daysFrom, daysIn, type Bucket, type Granularity } from './buckets.js';
import { estimate, mostGiven, type Estimate } from './estimate.js';
import { figuresOf, type Claimant, type DatedFigures, type Figure } from './figure.js';
import { finite, hull } from './interval.js';

export type Basis = 'REPORTED' | 'DIFFERENCE' | 'SUM_OF_DAYS';

export interface SeriesBucket extends Bucket {
  value: number | null;
  min: number | null;
  max: number | null;
  basis: Basis | null;
  /** The share of the bucket's days the value covers. */
  coverage: number;
  claimCount: number;
  articleCount: number;
}

export interface Series {
  sourceGroup: string | null;
  source: string | null;
  buckets: SeriesBucket[];
}

/** What is filed at a week's or month's last day: claims for exactly that period, and running totals of that day. */
export interface PeriodEnd {
  end: IsoDate;
  reported: Figure[];
  totals: Figure[];
}

export interface SeriesInput {
  granularity: Granularity;
  from: IsoDate;
  to: IsoDate;
  /** Day figures over the buckets' days. */
  days: DatedFigures[];
  /** For weeks and months: the period ends from the day before the first bucket to the last bucket's end. */
  periodEnds: PeriodEnd[];
  /** One claimant, or null for one series per side. */
  claimant: Claimant | null;
  includeUndated: boolean;
}

/** One series for the claimant asked for, else one per side with figures, in the order of SOURCE_GROUPS (unknown side last). */
export function buildSeries(input: SeriesInput): Series[] {
  const all = [...input.days.flatMap((d) => d.figures), ...input.periodEnds.flatMap((p) => [...p.reported, ...p.totals])];
  const present = figuresOf(all, null, input.includeUndated);
  const claimants: Claimant[] = input.claimant
    ? [input.claimant]
    : [...SOURCE_GROUPS, null].filter((side) => present.some((f) => f.sourceGroup === side)).map((sourceGroup) => ({ sourceGroup }));
  const days = new Map(input.days.map((d) => [d.date, d.figures]));
  const ends = new Map(input.periodEnds.map((p) => [p.end, p]));
  return claimants.map((claimant) => {
    const mine = (figures: readonly Figure[] | undefined) => figuresOf(figures ?? [], claimant, input.includeUndated);
    const reader: BucketReader = {
      day: (day) => estimate(mine(days.get(day))),
      reported: (end) => estimate(mine(ends.get(end)?.reported)),
      totals: (end) => mine(ends.get(end)?.totals),
    };
    return {
      sourceGroup: 'source' in claimant ? (present.find((f) => f.source === claimant.source)?.sourceGroup ?? null) : claimant.sourceGroup,
      source: 'source' in claimant ? claimant.source : null,
      buckets: bucketsOverlapping(input.from, input.to, input.granularity).map((bucket) =>
        input.granularity === 'DAY' ? dayBucket(bucket, reader.day(bucket.start)) : periodBucket(bucket, reader),
      ),
    };
  });
}

interface BucketReader {
  day(day: IsoDate): Estimate | null;
  reported(end: IsoDate): Estimate | null;
  totals(end: IsoDate): Figure[];
}

const articleCount = (figures: readonly Figure[]) => new Set(figures.map((f) => f.articleId)).size;

const emptyBucket = ({ start, end }: Bucket): SeriesBucket => ({ start, end, value: null, min: null, max: null, basis: null, coverage: 0, claimCount: 0, articleCount: 0 });

function fromEstimate({ start, end }: Bucket, found: Estimate, basis: Basis): SeriesBucket {
  return {
    start,
    end,
    value: found.value,
    min: finite(found.range.min),
    max: finite(found.range.max),
    basis,
    coverage: found.value === null ? 0 : 1,
    claimCount: found.figures.length,
    articleCount: articleCount(found.figures),
  };
}

const dayBucket = (bucket: Bucket, found: Estimate | null): SeriesBucket => (found ? fromEstimate(bucket, found, 'REPORTED') : emptyBucket(bucket));

/** REPORTED if a claim for the whole period gives a value, else DIFFERENCE, else SUM_OF_DAYS, else what bounds say. */
function periodBucket(bucket: Bucket, reader: BucketReader): SeriesBucket {
  const reported = reader.reported(bucket.end);
  if (reported && reported.value !== null) return fromEstimate(bucket, reported, 'REPORTED');
  const difference = differenceOf(reader.totals(addDays(bucket.start, -1)), reader.totals(bucket.end));
  if (difference) return fromEstimate(bucket, difference, 'DIFFERENCE');
  const sum = sumOfDays(bucket, reader);
  if (sum) return sum;
  return reported ? fromEstimate(bucket, reported, 'REPORTED') : emptyBucket(bucket);
}

/** Per source, its exact running total at the end minus the one at the start; the value the most sources give. */
export function differenceOf(atStart: readonly Figure[], atEnd: readonly Figure[]): Estimate | null {
  const exactBySource = (figures: readonly Figure[]) => {
    const bySource = new Map<string | null, Figure[]>();
    for (const f of figures) if (f.qualifier === 'exact' && f.valueMax === null) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
    return bySource;
  };
  const [starts, endings] = [exactBySource(atStart), exactBySource(atEnd)];
  const differences: Array<{ value: number; voter: string; figures: Figure[] }> = [];
  for (const [source, end] of endings) {
    const start = starts.get(source);
    if (!start) continue;
    const total = (figures: Figure[]) => mostGiven(figures.map((f) => ({ value: f.value, voter: f.articleId })))!;
    differences.push({ value: total(end) - total(start), voter: source ?? '-', figures: [...start, ...end] });
  }
  if (differences.length === 0) return null;
  return {
    value: mostGiven(differences),
    range: hull(differences.map((d) => ({ min: d.value, max: d.value }))),
    figures: differences.flatMap((d) => d.figures),
  };
}

/** The sum of the days that have a value, with their ranges summed too; null when no day has one. */
function sumOfDays(bucket: Bucket, reader: BucketReader): SeriesBucket | null {
  const valued: Estimate[] = [];
  for (const day of daysFrom(bucket.start, bucket.end)) {
    const found = reader.day(day);
    if (found && found.value !== null) valued.push(found);
  }
  if (valued.length === 0) return null;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const figures = valued.flatMap((e) => e.figures);
  return {
    start: bucket.start,
    end: bucket.end,
    value: sum(valued.map((e) => e.value!)),
    min: finite(sum(valued.map((e) => e.range.min))),
    max: finite(sum(valued.map((e) => e.range.max))),
    basis: 'SUM_OF_DAYS',
    coverage: valued.length / daysIn(bucket),
    claimCount: figures.length,
    articleCount: articleCount(figures),
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../functions/aggregates/figure.js';
import { buildSeries, type PeriodEnd, type SeriesInput } from '../../../functions/aggregates/series.js';
import { addDays } from '../../../functions/core/calendar.js';
import { figure } from './figures.js';

const GS = 'General Staff of the Armed Forces of Ukraine';
const input = (overrides: Partial<SeriesInput>): SeriesInput => ({ granularity: 'DAY', from: '2024-11-01', to: '2024-11-30', days: [], periodEnds: [], claimant: null, includeUndated: false, ...overrides });
const november = (overrides: Partial<SeriesInput>) => buildSeries(input({ granularity: 'MONTH', ...overrides }));
const daysOfNovember = (value: (i: number) => number): Array<{ date: string; figures: Figure[] }> =>
  Array.from({ length: 30 }, (_, i) => ({ date: addDays('2024-11-01', i), figures: [figure(value(i))] }));
const end = (date: string, parts: Partial<PeriodEnd>): PeriodEnd => ({ end: date, reported: [], totals: [], ...parts });

describe('series per claimant', () => {
  it('keeps sides apart: a count of confirmed names is not the General Staff\'s day', () => {
    const days = [{ date: '2024-01-23', figures: [figure(960), figure(162, { source: 'BBC Russian Service and Mediazona', sourceGroup: 'independent' })] }];
    const series = buildSeries(input({ from: '2024-01-23', to: '2024-01-23', days }));
    expect(series.map((s) => [s.sourceGroup, s.buckets[0]!.value])).toEqual([['UA', 960], ['independent', 162]]);
  });

  it('gives one series for the side or the source asked for', () => {
    const days = [{ date: '2024-01-23', figures: [figure(960), figure(955, { source: 'Ministry of Defence of Ukraine' })] }];
    expect(buildSeries(input({ from: '2024-01-23', to: '2024-01-23', days, claimant: { source: 'Ministry of Defence of Ukraine' } }))).toEqual([
      { sourceGroup: 'UA', source: 'Ministry of Defence of Ukraine', buckets: [expect.objectContaining({ value: 955, basis: 'REPORTED', coverage: 1 })] },
    ]);
    expect(buildSeries(input({ from: '2024-01-23', to: '2024-01-23', days, claimant: { sourceGroup: 'RU' } }))[0]!.buckets[0]).toMatchObject({ value: null, basis: null, coverage: 0 });
  });

  it('leaves out the figures of undated articles unless asked', () => {
    const days = [{ date: '2024-11-20', figures: [figure(1500, { undated: true })] }];
    expect(buildSeries(input({ from: '2024-11-20', to: '2024-11-20', days }))).toEqual([]);
    expect(buildSeries(input({ from: '2024-11-20', to: '2024-11-20', days, includeUndated: true }))[0]!.buckets[0]).toMatchObject({ value: 1500 });
  });
});

describe('the basis of a week or month', () => {
  it('takes a claim for exactly that month first', () => {
    const [series] = november({ days: daysOfNovember(() => 1000).slice(0, 5), periodEnds: [end('2024-11-30', { reported: [figure(45720)] })] });
    expect(series!.buckets).toEqual([{ start: '2024-11-01', end: '2024-11-30', value: 45720, min: 45720, max: 45720, basis: 'REPORTED', coverage: 1, claimCount: 1, articleCount: 1 }]);
  });

  it('else the difference of one claimant\'s exact totals at the month\'s two ends', () => {
    const periodEnds = [end('2024-10-31', { totals: [figure(700000)] }), end('2024-11-30', { totals: [figure(745720), figure(750000, { qualifier: 'atMost' })] })];
    const [series] = november({ days: daysOfNovember(() => 1000).slice(0, 5), periodEnds });
    expect(series!.buckets[0]).toMatchObject({ value: 45720, basis: 'DIFFERENCE', coverage: 1, claimCount: 2 });
  });

  it('does not take a difference between two claimants\' totals', () => {
    const periodEnds = [end('2024-10-31', { totals: [figure(700000, { source: 'Ministry of Defence of Ukraine' })] }), end('2024-11-30', { totals: [figure(745720)] })];
    expect(november({ periodEnds })[0]!.buckets[0]).toMatchObject({ value: null, basis: null });
  });

  it('else the sum of its days, with the share of days that have a value', () => {
    const [series] = november({ days: daysOfNovember((i) => 1000 + i).slice(0, 6) });
    expect(series!.buckets[0]).toMatchObject({ value: 6015, min: 6015, max: 6015, basis: 'SUM_OF_DAYS', coverage: 6 / 30, claimCount: 6 });
  });

  it('reports a month claimed only as a bound as the bound, with no value', () => {
    const [series] = november({ periodEnds: [end('2024-11-30', { reported: [figure(45000, { qualifier: 'atLeast' })] })] });
    expect(series!.buckets[0]).toMatchObject({ value: null, min: 45000, max: null, basis: 'REPORTED', coverage: 0 });
  });

  it('never enters a day claim without a date (the store files none)', () => {
    expect(november({})).toEqual([]);
  });
});

describe('series properties', () => {
  const qualifiers = fc.constantFrom('exact' as const, 'approx' as const, 'atLeast' as const, 'atMost' as const);
  const dayFigure = fc.record({ value: fc.integer({ min: 0, max: 5000 }), qualifier: qualifiers, article: fc.integer({ min: 0, max: 4 }), range: fc.option(fc.integer({ min: 0, max: 500 })) });

  it('keeps every bucket\'s value within its min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.array(dayFigure, { maxLength: 5 }), { minLength: 30, maxLength: 30 }), fc.constantFrom('DAY' as const, 'WEEK' as const, 'MONTH' as const), (perDay, granularity) => {
        const days = perDay.map((figures, i) => ({
          date: addDays('2024-11-01', i),
          figures: figures.map((f) => figure(f.value, { qualifier: f.qualifier, articleId: `a${f.article}`, valueMax: f.range === null ? null : f.value + f.range })),
        }));
        for (const series of buildSeries(input({ granularity, days }))) {
          for (const bucket of series.buckets) {
            if (bucket.value === null) continue;
            expect(bucket.min === null || bucket.min <= bucket.value).toBe(true);
            expect(bucket.max === null || bucket.value <= bucket.max).toBe(true);
          }
        }
      }),
    );
  });

  it('finds DIFFERENCE equal to the sum of days when every day is there and the totals agree', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 30, maxLength: 30 }), fc.integer({ min: 0, max: 1_000_000 }), (daily, before) => {
        const days = daily.map((value, i) => ({ date: addDays('2024-11-01', i), figures: [figure(value, { source: GS })] }));
        const after = before + daily.reduce((a, b) => a + b, 0);
        const periodEnds = [end('2024-10-31', { totals: [figure(before, { source: GS })] }), end('2024-11-30', { totals: [figure(after, { source: GS })] })];
        const [byDifference] = november({ days, periodEnds });
        const [bySum] = november({ days });
        expect(byDifference!.buckets[0]).toMatchObject({ basis: 'DIFFERENCE', coverage: 1 });
        expect(bySum!.buckets[0]).toMatchObject({ basis: 'SUM_OF_DAYS', coverage: 1 });
        expect(byDifference!.buckets[0]!.value).toBe(bySum!.buckets[0]!.value);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { bucketsEndingOn, bucketsOverlapping, periodBucketOf } from '../../../functions/aggregates/buckets.js';

describe('calendar buckets', () => {
  it('covers whole weeks and months overlapping the range', () => {
    expect(bucketsOverlapping('2024-10-30', '2024-11-05', 'WEEK')).toEqual([
      { start: '2024-10-28', end: '2024-11-03' },
      { start: '2024-11-04', end: '2024-11-10' },
    ]);
    expect(bucketsOverlapping('2024-10-15', '2024-11-02', 'MONTH')).toEqual([
      { start: '2024-10-01', end: '2024-10-31' },
      { start: '2024-11-01', end: '2024-11-30' },
    ]);
  });

  it('steps days across months, leap days and years', () => {
    expect(bucketsOverlapping('2024-02-28', '2024-03-01', 'DAY').map((b) => b.start)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(bucketsOverlapping('2024-12-31', '2025-01-01', 'DAY')).toEqual([{ start: '2024-12-31', end: '2024-12-31' }, { start: '2025-01-01', end: '2025-01-01' }]);
  });

  it('files a span under the week or month it covers exactly, and nothing else', () => {
    expect(periodBucketOf({ kind: 'span', start: '2024-11-01', end: '2024-11-30' })).toEqual({ granularity: 'MONTH', end: '2024-11-30' });
    expect(periodBucketOf({ kind: 'span', start: '2024-11-25', end: '2024-12-01' })).toEqual({ granularity: 'WEEK', end: '2024-12-01' });
    expect(periodBucketOf({ kind: 'span', start: '2024-11-25', end: '2024-11-29' })).toBeNull();
    expect(periodBucketOf({ kind: 'span', start: '2024-11-01', end: '2024-11-20' })).toBeNull();
    expect(periodBucketOf({ kind: 'cumulative', start: '2022-02-24', end: '2024-11-30' })).toBeNull();
  });

  it('knows which buckets end on a day', () => {
    expect(bucketsEndingOn('2024-12-01')).toEqual(['WEEK']);
    expect(bucketsEndingOn('2024-11-30')).toEqual(['MONTH']);
    expect(bucketsEndingOn('2024-03-31')).toEqual(['WEEK', 'MONTH']);
    expect(bucketsEndingOn('2024-11-27')).toEqual([]);
  });
});

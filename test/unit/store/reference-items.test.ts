import { describe, expect, it } from 'vitest';
import { mergedYear, referenceYears, totalsOf } from '../../../functions/store/dynamo/reference-items.js';

const point = (date: string, total: number, metric = 'tanks') => ({ date, metric, total });

describe('the official series items', () => {
  it('groups a file by metric and year, the last of repeated points for a day kept', () => {
    const years = referenceYears([point('2023-12-31', 1), point('2024-01-01', 2), point('2024-01-01', 3), point('2024-01-01', 9, 'uav')]);
    expect(years).toEqual([
      { key: { pk: 'REFERENCE#tanks', sk: 'YEAR#2023' }, days: { '12-31': 1 } },
      { key: { pk: 'REFERENCE#tanks', sk: 'YEAR#2024' }, days: { '01-01': 3 } },
      { key: { pk: 'REFERENCE#uav', sk: 'YEAR#2024' }, days: { '01-01': 9 } },
    ]);
  });

  it("merges a file's days over the stored ones, keeping the others, and bumps the version the write is conditional on", () => {
    const [year] = referenceYears([point('2024-03-02', 20), point('2024-03-01', 10)]);
    const first = mergedYear(year!, undefined);
    expect(first).toMatchObject({ pk: 'REFERENCE#tanks', sk: 'YEAR#2024', version: 1 });
    const [later] = referenceYears([point('2024-03-02', 25), point('2024-01-15', 5)]);
    const second = mergedYear(later!, first);
    expect(second.version).toBe(2);
    expect(totalsOf(second)).toEqual([
      { metric: 'tanks', date: '2024-01-15', total: 5 },
      { metric: 'tanks', date: '2024-03-01', total: 10 },
      { metric: 'tanks', date: '2024-03-02', total: 25 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { latestPerSource } from '../../../functions/aggregates/running-totals.js';
import { figure } from './figures.js';

const MOD = 'Ministry of Defence of Ukraine';

describe('the latest running total per claimant', () => {
  it('prefers an exact total to a bound of the same date', () => {
    const [total] = latestPerSource('personnel', [{ date: '2024-12-03', figures: [figure(750000, { qualifier: 'atMost', source: MOD }), figure(745700, { source: MOD })] }], false);
    expect(total).toMatchObject({ source: MOD, date: '2024-12-03', value: 745700, qualifier: 'exact' });
  });

  it('never lets a bound replace an exact total of a later date, and says when the newest total is a bound', () => {
    const newestFirst = [
      { date: '2024-12-04', figures: [figure(750000, { qualifier: 'atMost', source: MOD })] },
      { date: '2024-12-03', figures: [figure(745700, { source: MOD })] },
    ];
    expect(latestPerSource('personnel', newestFirst, false)).toEqual([expect.objectContaining({ date: '2024-12-04', value: 750000, qualifier: 'atMost' })]);
    expect(latestPerSource('personnel', newestFirst.slice(1), false)).toEqual([expect.objectContaining({ date: '2024-12-03', value: 745700, qualifier: 'exact' })]);
  });

  it('keeps an undated article\'s total out unless asked', () => {
    const newestFirst = [{ date: '2024-11-20', figures: [figure(760000, { undated: true })] }, { date: '2024-11-18', figures: [figure(740000)] }];
    expect(latestPerSource('personnel', newestFirst, false).map((t) => t.value)).toEqual([740000]);
    expect(latestPerSource('personnel', newestFirst, true).map((t) => t.value)).toEqual([760000]);
  });

  it('gives each source its own newest date', () => {
    const newestFirst = [{ date: '2024-11-20', figures: [figure(1)] }, { date: '2024-10-01', figures: [figure(2, { source: 'UK Ministry of Defence', sourceGroup: 'UK' }), figure(3)] }];
    expect(latestPerSource('personnel', newestFirst, false).map((t) => [t.source, t.value])).toEqual([['General Staff of the Armed Forces of Ukraine', 1], ['UK Ministry of Defence', 2]]);
  });
});

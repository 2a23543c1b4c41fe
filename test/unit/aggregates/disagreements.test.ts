import { describe, expect, it } from 'vitest';
import { findDisagreements } from '../../../functions/aggregates/disagreements.js';
import { figure } from './figures.js';

const on = (...figures: ReturnType<typeof figure>[]) => [{ date: '2024-03-27', figures }];
const options = { includeUndated: false };

describe('disagreements', () => {
  it('are only figures whose intervals do not meet', () => {
    expect(findDisagreements(on(figure(1000, { qualifier: 'atLeast' }), figure(1030)), options)).toEqual([]);
    expect(findDisagreements(on(figure(750000, { qualifier: 'atMost' }), figure(745700)), options)).toEqual([]);
    expect(findDisagreements(on(figure(1000, { qualifier: 'approx' }), figure(1030)), options)).toEqual([]);
    const [found] = findDisagreements(on(figure(970), figure(960), figure(1000, { qualifier: 'atLeast' })), options);
    expect(found).toMatchObject({ date: '2024-03-27', sourceGroup: 'UA', values: [960, 970, 1000] });
    expect(found!.figures.map((f) => f.value)).toEqual([960, 970, 1000]);
  });

  it('are within one side', () => {
    expect(findDisagreements(on(figure(960), figure(162, { sourceGroup: 'independent' })), options)).toEqual([]);
    expect(findDisagreements(on(figure(960), figure(970), figure(5, { sourceGroup: 'RU' })), { ...options, sourceGroup: 'RU' })).toEqual([]);
  });

  it('leave undated articles out unless asked', () => {
    const figures = on(figure(960), figure(990, { undated: true }));
    expect(findDisagreements(figures, options)).toEqual([]);
    expect(findDisagreements(figures, { includeUndated: true })).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { estimate, mostGiven } from '../../../functions/aggregates/estimate.js';
import { figure } from './figures.js';

describe('the value of a set of figures', () => {
  it('takes the value most articles give, and on a tie the lower median', () => {
    expect(mostGiven([{ value: 5, voter: 'a' }, { value: 7, voter: 'b' }, { value: 7, voter: 'c' }])).toBe(7);
    expect(mostGiven([{ value: 9, voter: 'a' }, { value: 5, voter: 'b' }, { value: 7, voter: 'c' }])).toBe(7);
    expect(mostGiven([{ value: 5, voter: 'a' }, { value: 9, voter: 'b' }])).toBe(5);
  });

  it('counts an article that repeats a figure once', () => {
    const repeated = [figure(5, { articleId: 'a' }), figure(5, { articleId: 'a' }), figure(9, { articleId: 'b' }), figure(9, { articleId: 'c' })];
    expect(estimate(repeated)!.value).toBe(9);
  });

  it('prefers an exact figure to a bound, whatever the bound', () => {
    expect(estimate([figure(1000, { qualifier: 'atLeast' }), figure(1030)])).toMatchObject({ value: 1030, range: { min: 1030, max: 1030 } });
    expect(estimate([figure(2000, { qualifier: 'atMost' }), figure(2030)])).toMatchObject({ value: 2030 });
  });

  it('prefers an exact figure to an approximate one', () => {
    expect(estimate([figure(1000, { qualifier: 'approx' }), figure(1000, { qualifier: 'approx' }), figure(1010)])!.value).toBe(1010);
  });

  it('gives no value when only bounds say anything, and reports what they allow', () => {
    expect(estimate([figure(1000, { qualifier: 'atLeast' }), figure(1200, { qualifier: 'atMost' })])).toMatchObject({ value: null, range: { min: 1000, max: 1200 } });
    expect(estimate([figure(1000, { qualifier: 'atLeast' })])).toMatchObject({ value: null, range: { min: 1000, max: Infinity } });
  });

  it('lets bounds choose among values and narrow an approximate one', () => {
    expect(estimate([figure(900), figure(1100), figure(1000, { qualifier: 'atLeast' })])!.value).toBe(1100);
    expect(estimate([figure(1000, { qualifier: 'approx' }), figure(1020, { qualifier: 'atLeast' })])).toMatchObject({ value: 1020, range: { min: 1020, max: 1050 } });
  });

  it('spans the figures where they conflict', () => {
    expect(estimate([figure(960), figure(970)])).toMatchObject({ value: 960, range: { min: 960, max: 970 } });
    expect(estimate([figure(960), figure(1000, { qualifier: 'atLeast' })])).toMatchObject({ value: 960, range: { min: 960, max: Infinity } });
  });
});

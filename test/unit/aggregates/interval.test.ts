import { describe, expect, it } from 'vitest';
import { intersection, intervalOf, isBound } from '../../../functions/aggregates/interval.js';
import { figure } from './figures.js';

describe('a figure as an interval', () => {
  it('reads each qualifier as the values it allows', () => {
    expect(intervalOf(figure(1030))).toEqual({ min: 1030, max: 1030 });
    expect(intervalOf(figure(1000, { qualifier: 'atLeast' }))).toEqual({ min: 1000, max: Infinity });
    expect(intervalOf(figure(750000, { qualifier: 'atMost' }))).toEqual({ min: -Infinity, max: 750000 });
    expect(intervalOf(figure(1000, { qualifier: 'approx' }))).toEqual({ min: 950, max: 1050 });
    expect(intervalOf(figure(500, { valueMax: 700 }))).toEqual({ min: 500, max: 700 });
  });

  it('gives a small approximate figure a tolerance of at least one', () => {
    expect(intervalOf(figure(4, { qualifier: 'approx' }))).toEqual({ min: 3, max: 5 });
  });

  it('tells bounds from values', () => {
    expect([figure(1), figure(1, { qualifier: 'approx' }), figure(1, { qualifier: 'atLeast' }), figure(1, { qualifier: 'atMost' }), figure(1, { valueMax: 2 })].map(isBound)).toEqual([false, false, true, true, true]);
  });

  it('meets where the issue said the old disagreements did not conflict', () => {
    expect(intersection([intervalOf(figure(1000, { qualifier: 'atLeast' })), intervalOf(figure(1030))])).toEqual({ min: 1030, max: 1030 });
    expect(intersection([intervalOf(figure(750000, { qualifier: 'atMost' })), intervalOf(figure(745700))])).toEqual({ min: 745700, max: 745700 });
    expect(intersection([intervalOf(figure(960)), intervalOf(figure(970))])).toBeNull();
  });
});

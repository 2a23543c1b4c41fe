// A figure as the interval of values it allows, and what two intervals say of each other. Pure.
import type { Figure } from './figure.js';

/** Closed; an unbounded end is −Infinity or Infinity. */
export interface Interval {
  min: number;
  max: number;
}

/** "About 1,000" allows 5 % either side, and at least 1. */
export const APPROX_TOLERANCE = 0.05;
const APPROX_MINIMUM = 1;

type Stated = Pick<Figure, 'value' | 'valueMax' | 'qualifier'>;

/** exact [v, v]; approx v ± 5 % (at least ± 1); atLeast [v, ∞); atMost (−∞, v]; a range [v, valueMax]. */
export function intervalOf(figure: Stated): Interval {
  const { value, valueMax, qualifier } = figure;
  if (valueMax !== null) return { min: value, max: valueMax };
  switch (qualifier) {
    case 'atLeast':
      return { min: value, max: Infinity };
    case 'atMost':
      return { min: -Infinity, max: value };
    case 'approx': {
      const tolerance = Math.max(APPROX_MINIMUM, Math.abs(value) * APPROX_TOLERANCE);
      return { min: value - tolerance, max: value + tolerance };
    }
    default:
      return { min: value, max: value };
  }
}

/** A bound (atLeast, atMost, a range) narrows a value but never gives one. */
export const isBound = (figure: Stated): boolean => figure.valueMax !== null || figure.qualifier === 'atLeast' || figure.qualifier === 'atMost';

export const contains = (interval: Interval, value: number): boolean => interval.min <= value && value <= interval.max;

/** The values every interval allows (everything, of none), or null when two of them do not meet. */
export function intersection(intervals: readonly Interval[]): Interval | null {
  let min = -Infinity;
  let max = Infinity;
  for (const i of intervals) {
    if (i.min > min) min = i.min;
    if (i.max < max) max = i.max;
  }
  return min <= max ? { min, max } : null;
}

/** From the lowest value any interval allows to the highest. */
export function hull(intervals: readonly Interval[]): Interval {
  let min = Infinity;
  let max = -Infinity;
  for (const i of intervals) {
    if (i.min < min) min = i.min;
    if (i.max > max) max = i.max;
  }
  return { min, max };
}

export const clamp = (value: number, interval: Interval): number => Math.min(interval.max, Math.max(interval.min, value));

/** An interval's end for the API: null for unbounded. */
export const finite = (end: number): number | null => (Number.isFinite(end) ? end : null);

// Stage: time values placed on the calendar. No words here: values in, periods out.
import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../../../functions/extractor/model.js';
import { dayOf, resolve, startOf, statementDay, type Anchors } from '../../../../functions/extractor/stages/resolve.js';

// Friday 25 October 2024.
const FRIDAY: Anchors = { published: '2024-10-25', statement: null };
const span = (start: string | null, end: string | null) => ({ kind: 'span', start, end });
const day = (date: string | null) => ({ kind: 'day', start: date, end: date });
const cumulative = (end: string | null) => ({ kind: 'cumulative', start: '2022-02-24', end });
const MONDAY = 1;
const SUNDAY = 0;

describe('resolve', () => {
  it.each<[string, TimeValue, object]>([
    ['the update\'s own day', { type: 'day', ref: 'statement' }, day('2024-10-25')],
    ['a day the text does not date', { type: 'day', ref: 'undated' }, day(null)],
    ['a daily rate', { type: 'rate', per: 'day' }, day(null)],
    ['a monthly rate', { type: 'rate', per: 'month' }, span(null, null)],
    ['yesterday', { type: 'day', ref: { relativeDay: -1 } }, day('2024-10-24')],
    ['a weekday: the last one on or before the statement', { type: 'day', ref: { weekday: MONDAY } }, day('2024-10-21')],
    ['a date without a year: the nearest before publication', { type: 'day', ref: { date: { year: null, month: 11, day: 30 } } }, day('2023-12-30')],
    ['since a weekday, up to the statement', { type: 'since', from: { weekday: MONDAY } }, span('2024-10-21', '2024-10-25')],
    ['this week, from its Monday', { type: 'week', offset: 0 }, span('2024-10-21', '2024-10-25')],
    ['last week, Monday to Sunday', { type: 'week', offset: -1 }, span('2024-10-14', '2024-10-20')],
    ['the week to Sunday', { type: 'weekTo', end: { weekday: SUNDAY } }, span('2024-10-14', '2024-10-20')],
    ['the past seven days', { type: 'lastDays', days: 7 }, span('2024-10-19', '2024-10-25')],
    ['the weekend before a Friday', { type: 'weekend', last: false }, span('2024-10-19', '2024-10-20')],
    ['a past month, whole', { type: 'month', month: 8, year: null }, span('2024-09-01', '2024-09-30')],
    ['the month of publication, up to its day', { type: 'month', month: 9, year: null }, span('2024-10-01', '2024-10-25')],
    ['a later month without a year: last year\'s', { type: 'month', month: 11, year: null }, span('2023-12-01', '2023-12-31')],
    ['last month', { type: 'relativeMonth', offset: -1 }, span('2024-09-01', '2024-09-30')],
    ['the first week of a month', { type: 'weekOfMonth', month: 9, year: 2024, index: 0 }, span('2024-10-01', '2024-10-07')],
    ['months from September through November', { type: 'months', from: 8, to: 10, year: 2023 }, span('2023-09-01', '2023-11-30')],
    ['the year of publication, up to its day', { type: 'year', year: 2024 }, span('2024-01-01', '2024-10-25')],
    ['last year', { type: 'relativeYear', offset: -1 }, span('2023-01-01', '2023-12-31')],
    ['the first three months of a year', { type: 'firstMonths', year: 2024, months: 3 }, span('2024-01-01', '2024-03-31')],
    ['the war: a running total to the statement', { type: 'war' }, cumulative('2024-10-25')],
    ['the war\'s first three days', { type: 'warOpening', days: 3 }, cumulative('2022-02-26')],
    ['the war\'s opening, not counted', { type: 'warOpening', days: null }, span('2022-02-24', null)],
    ['as of a date', { type: 'asOf', date: { date: { year: 2023, month: 1, day: 24 } } }, cumulative('2023-02-24')],
    ['by the end of a year', { type: 'byEndOf', year: 2023, month: null }, cumulative('2023-12-31')],
    ['an operation the text does not date', { type: 'operation', from: null }, span(null, '2024-10-25')],
    ['a stretch the text does not date, up to the statement', { type: 'undatedSpan' }, span(null, '2024-10-25')],
  ])('%s', (_, value, period) => {
    expect(resolve(value, FRIDAY)).toEqual(period);
  });

  it('makes a span that starts on the day of the invasion a running total', () => {
    expect(resolve({ type: 'since', from: { date: { year: 2022, month: 1, day: 24 } } }, FRIDAY)).toEqual(cumulative('2024-10-25'));
  });

  it('places "from the 1st to the 30th" of last month within that month', () => {
    const from = { date: { year: null, month: 10, day: 1 } };
    const to = { date: { year: null, month: 10, day: 30 } };
    expect(resolve({ type: 'between', from, to }, { published: '2024-12-02', statement: null })).toEqual(span('2024-11-01', '2024-11-30'));
  });

  it('counts from the day the claimant spoke, not the publication day', () => {
    const spoke: Anchors = { published: '2024-10-25', statement: { day: '2024-10-22' } };
    expect(resolve({ type: 'day', ref: 'statement' }, spoke)).toEqual(day('2024-10-22'));
    expect(resolve({ type: 'war' }, spoke)).toEqual(cumulative('2024-10-22'));
    expect(resolve({ type: 'since', from: { weekday: MONDAY } }, spoke)).toEqual(span('2024-10-21', '2024-10-22'));
  });

  it('counts "a day earlier" back from the day the sentence dates', () => {
    expect(resolve({ type: 'dayBefore' }, { ...FRIDAY, dated: '2024-10-20' })).toEqual(day('2024-10-19'));
    expect(resolve({ type: 'dayBefore' }, FRIDAY)).toEqual(day('2024-10-24'));
  });

  it('starts "this year" at the coarse time of a statement known only by its month, and leaves its end open', () => {
    const coarse: Anchors = { published: '2024-10-25', statement: { coarse: true, around: '2023-09-01' } };
    expect(resolve({ type: 'relativeYear', offset: 0 }, coarse)).toEqual(span('2023-01-01', null));
  });

  it('leaves relative periods unresolved without a publication date, and keeps stated dates', () => {
    const none: Anchors = { published: null, statement: null };
    expect(resolve({ type: 'day', ref: 'statement' }, none)).toEqual(day(null));
    expect(resolve({ type: 'since', from: { weekday: MONDAY } }, none)).toEqual(span(null, null));
    expect(resolve({ type: 'month', month: 8, year: null }, none)).toEqual(span(null, null));
    expect(resolve({ type: 'year', year: 2023 }, none)).toEqual(span('2023-01-01', '2023-12-31'));
  });
});

describe('date references', () => {
  it('gives the statement day: a named one, none for a coarse time, else the publication day', () => {
    expect(statementDay({ published: '2024-10-25', statement: { day: '2024-10-22' } })).toBe('2024-10-22');
    expect(statementDay({ published: '2024-10-25', statement: { coarse: true, around: null } })).toBeNull();
    expect(statementDay(FRIDAY)).toBe('2024-10-25');
  });

  it('gives the first day a reference names, and a day only for day-like references', () => {
    expect(startOf({ month: 1, year: null }, FRIDAY)).toBe('2024-02-01');
    expect(startOf({ year: 2023 }, FRIDAY)).toBe('2023-01-01');
    expect(dayOf({ month: 1, year: null }, FRIDAY)).toBeNull();
    expect(dayOf({ weekday: MONDAY, last: true }, { published: '2024-10-21', statement: null })).toBe('2024-10-14');
  });
});

// Stage: time expressions, each read at once into a language-free value by a named lexicon pattern.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import type { TimeValue } from '../../../../functions/extractor/model.js';
import { findTimes } from '../../../../functions/extractor/stages/times.js';

const en = lexiconFor('en')!;

const times = (text: string) => findTimes(text, en).map((t) => ({ text: text.slice(t.start, t.end), value: t.value }));
const only = (text: string): TimeValue => {
  const found = times(text);
  if (found.length !== 1) throw new Error(`expected one time expression in "${text}", got ${JSON.stringify(found)}`);
  return found[0]!.value;
};

describe('findTimes', () => {
  it('finds every time expression of a sentence, left to right, with its words', () => {
    expect(times('The army lost 700 men in the past 24 hours and 4,100 since Monday.')).toEqual([
      { text: 'in the past 24 hours', value: { type: 'day', ref: 'statement' } },
      { text: 'since Monday', value: { type: 'since', from: { weekday: 1 } } },
    ]);
  });

  it.each<[string, TimeValue]>([
    ['It lost 8 jets yesterday.', { type: 'day', ref: { relativeDay: -1 } }],
    ['It lost 8 jets on March 3.', { type: 'day', ref: { date: { year: null, month: 2, day: 3 } } }],
    ['It lost 8 jets last week.', { type: 'week', offset: -1 }],
    ['It lost 8 jets in the week to Sunday.', { type: 'weekTo', end: { weekday: 0 } }],
    ['It lost 8 jets in May 2023.', { type: 'month', month: 4, year: 2023 }],
    ['It lost 8 jets last month.', { type: 'relativeMonth', offset: -1 }],
    ['It lost 8 jets this year.', { type: 'relativeYear', offset: 0 }],
    ['It lost 8 jets in 2023.', { type: 'year', year: 2023 }],
    ['It lost 80 jets since the start of the full-scale invasion.', { type: 'war' }],
    ['It lost 8 jets in the first three days of the invasion.', { type: 'warOpening', days: 3 }],
    ['It lost 8 jets as of March 3.', { type: 'asOf', date: { date: { year: null, month: 2, day: 3 } } }],
    ['It lost 8 jets between March 1 and 9.', { type: 'between', from: { date: { year: null, month: 2, day: 1 } }, to: { date: { year: null, month: 2, day: 9 } } }],
    ['It lost 8 jets a day.', { type: 'rate', per: 'day' }],
    ['It lost 800 soldiers a month.', { type: 'rate', per: 'month' }],
  ])('%s', (text, value) => {
    expect(only(text)).toEqual(value);
  });

  it('marks a running total that governs only the figure after it, and a hint that gives way', () => {
    const text = 'It had 40 losses, bringing the total to 900, and total losses of 9 more.';
    const found = findTimes(text, en);
    expect(found.find((t) => text.slice(t.start, t.end).startsWith('bringing'))).toMatchObject({ value: { type: 'war' }, forward: true });
    expect(found.find((t) => text.slice(t.start, t.end) === 'total losses')).toMatchObject({ value: { type: 'war' }, weak: true });
  });

  it('names the lexicon pattern that read each expression', () => {
    const names = new Set(en.time.patterns.map((p) => p.name));
    for (const t of findTimes('It lost 8 jets last week, 3 yesterday and 90 since the start of the war.', en)) expect(names).toContain(t.pattern);
  });

  it('reads whole words only', () => {
    expect(times('The lostyesterday count and sinceMonday tag.')).toEqual([]);
  });
});

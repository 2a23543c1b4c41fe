// Stage: the numbers of a sentence that may be figures, with their spans. (What becomes a claim is
// tested on whole sentences in ../numbers.test.ts.)
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import { findNumbers, joinModelNumbers } from '../../../../functions/extractor/stages/numbers.js';

const en = lexiconFor('en')!;

const numbers = (text: string) => findNumbers(text, en.numbers).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
/** The mention that starts where `word` does. */
const at = (text: string, word: string) => numbers(text).find((m) => m.start === text.indexOf(word));

describe('findNumbers', () => {
  it('reads thousands separators of every kind, in order, each with its span', () => {
    const found = numbers('Units lost 2,310 men, 1.420 rifles and 1 050 trucks; 980 more.');
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['2,310', 2310],
      ['1.420', 1420],
      ['1 050', 1050],
      ['980', 980],
    ]);
    expect(found.every((m) => !m.spelled && !m.usd && !m.increment && m.valueMax === null)).toBe(true);
  });

  it('reads a "(+12)" increment as its own mention, its brackets included', () => {
    const text = 'tanks — 8,102 (+9)';
    expect(at(text, '8,102')).toMatchObject({ value: 8102, increment: false });
    expect(at(text, '(+9)')).toMatchObject({ value: 9, increment: true, text: '(+9)' });
  });

  it('reads dollars with scales, and scale letters only where they are one', () => {
    const text = 'It sent $2.5 billion, then $40-million and $3b, while 20K troops stood by and 7m fell.';
    expect(at(text, '$2.5')).toMatchObject({ value: 2_500_000_000, usd: true, text: '$2.5 billion' });
    expect(at(text, '$40')).toMatchObject({ value: 40_000_000, usd: true, text: '$40-million' });
    expect(at(text, '$3b')).toMatchObject({ value: 3_000_000_000, usd: true });
    expect(at(text, '20K')).toMatchObject({ value: 20_000, usd: false });
    expect(at(text, '7m')).toBeUndefined();
  });

  it('reads a range as one mention with its upper bound, across "to", "between … and" and a dash', () => {
    expect(at('between 300 and 450 men', '300')).toMatchObject({ value: 300, valueMax: 450, text: '300 and 450' });
    expect(at('some 10,000 to 12,500 men', '10,000')).toMatchObject({ value: 10_000, valueMax: 12_500, text: '10,000 to 12,500' });
    expect(at('40–55 drones', '40')).toMatchObject({ value: 40, valueMax: 55, text: '40–55' });
    // "and" makes a range only after "between": two figures of a list otherwise.
    expect(at('300 and 450 men', '300')).toMatchObject({ valueMax: null, text: '300' });
  });

  it('reads numbers in words as spelled, and "a" as one only after another figure of a list', () => {
    const text = 'It lost nine tanks, thirty-one guns, a dozen jets and a boat.';
    expect(at(text, 'nine')).toMatchObject({ value: 9, spelled: true });
    expect(at(text, 'thirty-one')).toMatchObject({ value: 31, spelled: true, text: 'thirty-one' });
    expect(at(text, 'a dozen')).toMatchObject({ value: 12, spelled: true, text: 'a dozen' });
    expect(at(text, 'a boat')).toMatchObject({ value: 1, spelled: true, text: 'a' });
    expect(numbers('A boat sank.')).toEqual([]);
  });

  it('leaves out ages, times, dates, years, percentages, distances, ordinals, phone numbers and other currencies', () => {
    for (const text of [
      'A 40-year-old man spoke.',
      'They met at 14:45.',
      'It happened on March 3.',
      'It happened on 3 March.',
      'It happened in 2023.',
      'It rose by 12% overall.',
      'The line moved 8 km.',
      'Unit No. 4 and #2 left.',
      'Call +1 202 555 0147 now.',
      'Norway gave NOK 2.5 billion and 300 million euros.',
    ]) {
      expect(numbers(text), text).toEqual([]);
    }
  });

  it('keeps a figure beside money in another currency, and dollars beside it', () => {
    expect(numbers('It gave 1.1 billion euros and $500 million.').map((m) => m.text)).toEqual(['$500 million']);
  });
});

describe('joinModelNumbers', () => {
  it("joins a model's number to its name mid-sentence, keeping the text's length", () => {
    const text = 'Kyiv got two Leopard 1 tanks and four Mirage 2000 jets.';
    const joined = joinModelNumbers(text, en.numbers);
    expect(joined).toBe('Kyiv got two Leopard_1 tanks and four Mirage_2000 jets.');
    expect(joined.length).toBe(text.length);
    expect(numbers(joined).map((m) => m.text)).toEqual(['two', 'four']);
  });

  it('leaves a figure after an opening word, a month or a side alone', () => {
    for (const text of ['Over 20 tanks were hit.', 'Germany sent tanks in May 2023.', 'Kyiv said Russia 5, Ukraine 3.']) {
      expect(joinModelNumbers(text, en.numbers)).toBe(text);
    }
  });
});

// Stage: the numbers of a sentence that may be figures, with their values, ranges and money signs.
// Dates, years, ages, times, ordinals, phone numbers and money in other currencies are left out.
import type { NumberWords } from '../lang/lexicon.js';
import type { NumberMention } from '../model.js';
import { matchesOf } from './patterns.js';

const PHONE = /\(?\+?\d{1,3}\)?[\s.-]?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/g;
/** Figures and models' numbers are written with digits: a text without one is not scanned for them (their patterns try every position). */
const DIGIT = /\d/;
/** The rest of a date written year first, as page stamps and feeds write it: "2025-06-07". */
const ISO_DATE_REST = /^-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/;

const parseDigits = (text: string): number => {
  // "1.420" with a dot every three digits is a thousands separator, as in "1.420 soldiers".
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  // "29,2 тис.": a comma before one or two digits is a decimal comma (English digits never come so).
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return Number(text.replace(/[,\s\u00a0\u202f]/g, ''));
};

/** "$65.9 billion" is 65,900,000,000 whole dollars, not 65900000000.00001. */
const scaled = (words: NumberWords, digits: string, scale: string | undefined): number => {
  const value = parseDigits(digits) * (scale ? words.scale(scale) : 1);
  return scale ? Math.round(value) : value;
};

/** Joins a model's number to its name with an underscore (same length, so offsets hold): "Leopard_1" is one word. */
export const joinModelNumbers = (text: string, words: NumberWords): string =>
  !DIGIT.test(text)
    ? text
    : text.replace(words.modelNumber, (whole, name: string, at: number) =>
        // Mid-sentence only: after a word and a space ("Over 20 tanks" opens a sentence).
        /[\w,] $/.test(text.slice(Math.max(0, at - 2), at)) && !words.notModelNames.test(name) ? `${name}_` : whole,
      );

/** Every number in a sentence that could be a figure, in order. */
export function findNumbers(sentence: string, words: NumberWords): NumberMention[] {
  // Phone numbers are looked for only in a sentence with digits (most have none).
  let phones: Array<readonly [number, number]> | null = null;
  const mentions: NumberMention[] = [];
  const written = DIGIT.test(sentence) ? matchesOf(words.figure, sentence) : [];
  for (const m of written) {
    const [whole, increment, dollar, digits, wordScale, letterScale] = m;
    const start = m.index;
    let end = start + whole.length;
    phones ??= matchesOf(PHONE, sentence).map((p) => [p.index, p.index + p[0].length] as const);
    if (phones.some(([a, b]) => start >= a && start < b)) continue;
    const dollarsAfter = !dollar && (wordScale || letterScale) ? words.dollarsAfter.exec(sentence.slice(end)) : null;
    const usd = Boolean(dollar) || dollarsAfter !== null;
    if (dollarsAfter) end += dollarsAfter[0].length;
    // A bare m/b after a figure is a scale only for money ("$8b"); "50K" is always thousands.
    const letter = letterScale && (usd || letterScale.toLowerCase() === 'k') ? letterScale : undefined;
    if (letterScale && !letter) continue;
    let value = scaled(words, digits!, wordScale ?? letter);
    if (!Number.isFinite(value)) continue;
    const after = sentence.slice(end);
    const before = sentence.slice(Math.max(0, start - 12), start);
    if (!wordScale && !letter && words.nonClaimAfter.test(after)) continue;
    if (!usd && (words.otherCurrencyAfter.test(after) || words.otherCurrencyBefore.test(before))) continue;
    if (words.monthBefore.test(before) || words.monthAfter.test(after)) continue;
    if (/^(?:19|20)\d{2}$/.test(digits!) && ISO_DATE_REST.test(after)) continue;
    if (!usd && !wordScale && /^(?:19|20)\d{2}$/.test(digits!) && words.yearBefore.test(before)) continue;
    if (/^[:.]\d/.test(after) || words.ordinalBefore.test(before)) continue;
    let valueMax: number | null = null;
    if (increment?.startsWith('(')) {
      // "(+6)", or with the day it counts: "(+20 за минулу добу)".
      const close = /^[^()\d]{0,30}\)/.exec(after);
      if (!close) continue;
      end += close[0].length;
    } else {
      const range = words.rangeLink.exec(after);
      const between = words.betweenBefore.test(sentence.slice(Math.max(0, start - 10), start));
      if (range && (between || !/^\s*and\b(?!\s+up\s+to\b)/i.test(range[0])) && !words.nonClaimAfter.test(after.slice(range[0].length))) {
        const high = scaled(words, range[2]!, range[3] ?? wordScale);
        if (range[3] && !wordScale) value = scaled(words, digits!, range[3]);
        // "70 or 80,000 casualties": the low end takes the thousands the high end is written with.
        else if (!range[3] && !wordScale && value < 1000 && value * 1000 < high && /^\d{1,3},000$/.test(range[2]!)) value *= 1000;
        if (Number.isFinite(high) && high > value) {
          valueMax = high;
          end += range[0].length;
        }
      }
    }
    mentions.push({ value, valueMax, usd, spelled: false, increment: Boolean(increment), start, end });
  }
  for (const m of matchesOf(words.spelled, sentence)) {
    const value = words.valueOf(m[1]!);
    if (value === undefined) continue;
    // "worth one billion dollars": money spelled out, in whole dollars (the scale read apart, or with the number).
    const rest = sentence.slice(m.index + m[0].length);
    const money = words.spelledDollarsAfter.exec(rest);
    const dollars = money ? null : words.dollarsAfter.exec(rest);
    if (money || (dollars && value >= 1e6)) {
      const end = m.index + m[0].length + (money ?? dollars)![0].length;
      mentions.push({ value: money ? value * words.scale(money[1]!) : value, valueMax: null, usd: true, spelled: false, increment: false, start: m.index, end });
      continue;
    }
    mentions.push({ value, valueMax: null, usd: false, spelled: true, increment: false, start: m.index, end: m.index + m[0].length });
  }
  // "a" counts one only as a list item after another figure: "one jet and a helicopter".
  for (const m of matchesOf(words.listedOne, sentence)) {
    const start = m.index + m[0].length - m[1]!.length;
    mentions.push({ value: 1, valueMax: null, usd: false, spelled: true, increment: false, start, end: start + m[1]!.length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

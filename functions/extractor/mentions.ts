import { NON_CLAIM_UNITS, NUMBER_WORDS, OTHER_CURRENCIES, OTHER_CURRENCY_CODES, SCALES } from './vocabulary/numbers.js';

/** A figure in a sentence: its value (or range), whether it is money, and where it stands. */
export interface Mention {
  value: number;
  valueMax: number | null;
  usd: boolean;
  /** Written out in words ("seven"): only a claim when a counted noun follows. */
  spelled: boolean;
  /** A "(+6)" increment after a running total, or a bare "+6" ("| 7,834 | +6 |"). */
  increment: boolean;
  start: number;
  end: number;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.]|\s?(?:million|billion|trillion|bn|mln|mn))|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:[\s-]?(million|billion|trillion|thousand|bn|mln|mn|tn)\b|(k|m|b)\b(?!['’]))`;
const FIGURE = new RegExp(String.raw`(?<![\w.,/:$€£+-])(\(\+\s?|\+)?(\$\s?|US\$\s?|USD\s?)?(${DIGITS})${SCALE}?`, 'gi');
const RANGE_LINK = /^(?:\s*(?:to|and|-|–|—)\s*|[-–—])(\$\s?)?(\d[\d,. ]*\d|\d)(?:[\s-]?(million|billion|trillion|thousand|bn|mln|mn|tn)\b)?/i;

const LISTED_ONE = /(?:\band|[,:])\s+(an?)(?=\s)/gi;
const SEVERAL_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length);
const WORD_NUMBER = new RegExp(
  String.raw`\b(${SEVERAL_WORDS.join('|')}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(NUMBER_WORDS)
    .filter((w) => !w.includes(' '))
    .join('|')})\b`,
  'gi',
);

const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const AFTER_MONTH = new RegExp(`${MONTH_NAMES}\\s*$`, 'i');
const BEFORE_MONTH = new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH_NAMES}\\b`, 'i');
const NON_CLAIM_AFTER = new RegExp(`^[\\s-]?(?:${NON_CLAIM_UNITS})`, 'i');
const OTHER_CURRENCY_AFTER = new RegExp(`^\\s?(?:${OTHER_CURRENCIES})\\b`, 'i');
const OTHER_CURRENCY_BEFORE = new RegExp(`\\b(?:${OTHER_CURRENCY_CODES})\\s?$`);
/**
 * A model's number after its name, mid-sentence and before a lower-case word ("20 Leopard 1 tanks",
 * "six Mirage 2000 jets"), is part of the name. Months, weekdays and sides are not model names.
 */
const MODEL_NUMBER = /\b([A-Z][a-z]+) (?=\d{1,4} [a-z])/g;
const NOT_MODEL_NAMES = new RegExp(`^(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Russia|Ukraine|Kyiv|Kiev|Moscow)$`);

/** Joins model numbers to their names with an underscore (same length, so offsets hold): "Leopard_1" is one word. */
export const joinModelNumbers = (text: string): string =>
  text.replace(MODEL_NUMBER, (whole, name: string, at: number) =>
    // Mid-sentence only: after a word and a space ("Over 20 tanks" opens a sentence).
    /[\w,] $/.test(text.slice(Math.max(0, at - 2), at)) && !NOT_MODEL_NAMES.test(name) ? `${name}_` : whole,
  );

const PHONE = /\(?\+?\d{1,3}\)?[\s.-]?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/g;

const parseDigits = (text: string): number => {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text.replace(/[,\s\u00a0\u202f]/g, ''));
};
const scaleOf = (word: string | undefined): number => (word ? (SCALES[word.toLowerCase()] ?? 1) : 1);
/** "$65.9 billion" is 65,900,000,000 whole dollars, not 65900000000.00001. */
const scaled = (digits: string, scale: string | undefined): number => {
  const value = parseDigits(digits) * scaleOf(scale);
  return scale ? Math.round(value) : value;
};

/** Every figure in a sentence that could be a claim; dates, years, ages, times and the like are left out. */
export function findMentions(sentence: string): Mention[] {
  const blocked = blockedSpans(sentence);
  const mentions: Mention[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    const [whole, increment, dollar, digits, wordScale, letterScale] = m;
    const start = m.index;
    let end = start + whole.length;
    if (blocked.some(([a, b]) => start >= a && start < b)) continue;
    const usd = Boolean(dollar);
    // A bare m/b after a figure is a scale only for money ("$8b"); "50K" is always thousands.
    const letter = letterScale && (usd || letterScale.toLowerCase() === 'k') ? letterScale : undefined;
    if (letterScale && !letter) continue;
    let value = scaled(digits!, wordScale ?? letter);
    if (!Number.isFinite(value)) continue;
    const after = sentence.slice(end);
    const before = sentence.slice(Math.max(0, start - 12), start);
    if (!wordScale && !letter && NON_CLAIM_AFTER.test(after)) continue;
    if (!usd && (OTHER_CURRENCY_AFTER.test(after) || OTHER_CURRENCY_BEFORE.test(before))) continue;
    if (AFTER_MONTH.test(before) || BEFORE_MONTH.test(after)) continue;
    if (!usd && !wordScale && /^(?:19|20)\d{2}$/.test(digits!) && /\b(?:in|since|of|by|from|during|until|through|before|after)\s+$/i.test(before)) continue;
    if (/^[:.]\d/.test(after) || /#\s*$|\bNo\.\s*$/i.test(before)) continue;
    let valueMax: number | null = null;
    if (increment?.startsWith('(')) {
      if (!/^\s?\)/.test(after)) continue;
      end += after.indexOf(')') + 1;
    } else {
      const range = RANGE_LINK.exec(after);
      const between = /\bbetween\s+(?:\$\s?)?$/i.test(sentence.slice(Math.max(0, start - 10), start));
      if (range && (between || !/^\s*and\b/i.test(range[0])) && !NON_CLAIM_AFTER.test(after.slice(range[0].length))) {
        let high = scaled(range[2]!, range[3] ?? wordScale);
        if (range[3] && !wordScale) value = scaled(digits!, range[3]);
        if (Number.isFinite(high) && high > value) {
          valueMax = high;
          end += range[0].length;
        }
      }
    }
    mentions.push({ value, valueMax, usd, spelled: false, increment: Boolean(increment), start, end });
  }
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(sentence); m; m = WORD_NUMBER.exec(sentence)) {
    const word = m[1]!.toLowerCase();
    const value = numberOf(word);
    if (value === undefined) continue;
    mentions.push({ value, valueMax: null, usd: false, spelled: true, increment: false, start: m.index, end: m.index + m[0].length });
  }
  // "a" counts one only as a list item after another figure: "one jet and a helicopter".
  for (const m of sentence.matchAll(LISTED_ONE)) {
    const start = m.index + m[0].length - m[1]!.length;
    mentions.push({ value: 1, valueMax: null, usd: false, spelled: true, increment: false, start, end: start + m[1]!.length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** A number in digits or words: "48", "seven", "forty-eight". */
export function numberOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? tensAndUnits(lower);
}

function tensAndUnits(word: string): number | undefined {
  const [tens, units] = word.split('-');
  const t = NUMBER_WORDS[tens!];
  const u = units ? NUMBER_WORDS[units] : 0;
  return t !== undefined && u !== undefined ? t + u : undefined;
}

function blockedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(sentence); m; m = PHONE.exec(sentence)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// How Ukrainian names periods and days, and what each means (a TimeValue, placed on the calendar
// later). Earlier patterns win where two match at the same place; the leftmost match wins overall.
import type { DateRef, TimeValue } from '../../model.js';
import type { TimePattern } from '../lexicon.js';
import { MONTH, MONTH_OF_DATE, WEEKDAY, YEAR, YEAR_WORD, monthIndex, weekdayIndex, yearOf } from './calendar.js';
import { END, START, TAIL } from './words.js';
import { NUMBERS } from './numbers.js';
import { REPORTING_VERBS } from './claimants.js';

type Groups = Readonly<Record<string, string | undefined>>;

const SMALL = "\\d{1,3}|два|дві|три|чотири|п['ʼ]ять|шість|сім|вісім|дев['ʼ]ять|десять|чотирнадцять|тридцять";
/** "за", "протягом", "упродовж": over a stretch of time. */
const OVER = '(?:за|протягом|упродовж|впродовж|у продовж)';
const FROM = '(?:з|із|від|починаючи з)';
const TO = '(?:по|до)';
const PAST = `(?:минул${TAIL}|останн${TAIL}|попередн${TAIL})`;
/** The full-scale war, in the genitive: "від початку повномасштабного вторгнення". */
const WAR =
  `(?:(?:повномасштабн${TAIL}|широкомасштабн${TAIL}|великої|російськ${TAIL}|відкрит${TAIL})\\s+)*(?:вторгнення|війни|агресії|збройної агресії)(?:\\s+(?:росії|рф|РФ|в Україну|проти України))*`;

const count = (word: string | undefined): number | null => (word ? (NUMBERS.valueOf(word) ?? null) : null);
const month = (name: string | undefined): number => (name ? monthIndex(name) : -1);
const date = (m: string | undefined, d: string | undefined, y: string | undefined): DateRef | null =>
  month(m) >= 0 && d ? { date: { year: yearOf(y), month: month(m), day: Number(d) } } : null;
/** A dotted date ("24.02.22", "08.08.2026", "27.09"); the invasion's day needs no year ("від 24.02"). */
const dotted = (d: string | undefined, m: string | undefined, y: string | undefined): DateRef | null => {
  if (!d || !m) return null;
  const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : Number(d) === 24 && Number(m) === 2 ? 2022 : null;
  return { date: { year, month: Number(m) - 1, day: Number(d) } };
};
const between = (from: DateRef | null, to: DateRef | null): TimeValue | null => (from && to ? { type: 'between', from, to } : null);

const pattern = (name: string, source: string, value: (g: Groups) => TimeValue | null): TimePattern => ({ name, pattern: source, value });
const fixed = (name: string, source: string, value: TimeValue, options: Pick<TimePattern, 'forward' | 'weak'> = {}): TimePattern => ({ ...pattern(name, source, () => value), ...options });

const DOTTED = (n: string) => `(?<d${n}>\\d{1,2})\\.(?<m${n}>\\d{1,2})(?:\\.(?<y${n}>(?:19|20)?\\d{2}))?`;

export const TIME_PATTERNS: readonly TimePattern[] = [
  // Two dates: "з 24.02.22 по 08.08.26", "від 24.02 до 27.09", "з 24 лютого 2022 року по 8 серпня 2026 року", "з 1 по 7 серпня".
  pattern('betweenDottedDates', `${FROM}\\s+${DOTTED('1')}\\s+${TO}\\s+${DOTTED('2')}(?!\\d)`, (g) => between(dotted(g.d1, g.m1, g.y1), dotted(g.d2, g.m2, g.y2))),
  pattern('betweenDates', `${FROM}\\s+(?<d1>\\d{1,2})(?:\\s+(?<m1>${MONTH_OF_DATE}))?(?:\\s+(?<y1>${YEAR})${YEAR_WORD})?\\s+${TO}\\s+(?<d2>\\d{1,2})\\s+(?<m2>${MONTH_OF_DATE})(?:\\s+(?<y2>${YEAR})${YEAR_WORD})?`, (g) =>
    between(date(g.m1 ?? g.m2, g.d1, g.y1 ?? g.y2), date(g.m2, g.d2, g.y2 ?? g.y1))),
  pattern('betweenMonths', `${FROM}\\s+(?<m1>${MONTH_OF_DATE})(?:\\s+(?<y1>${YEAR})${YEAR_WORD})?\\s+${TO}\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR})${YEAR_WORD})?`, (g) =>
    ({ type: 'months', from: month(g.m1), to: month(g.m2), year: yearOf(g.y2 ?? g.y1) })),
  // Running totals since the invasion.
  fixed('sinceWarStart', `(?:${FROM}|з самого)\\s+початку\\s+${WAR}(?:\\s+(?:24 лютого\\s+)?2022${YEAR_WORD})?`, { type: 'war' }),
  fixed('sinceWarYear', `${FROM}\\s+(?:24\\s+)?лютого\\s+2022${YEAR_WORD}|${FROM}\\s+24\\.02\\.(?:20)?22(?!\\d)|${FROM}\\s+2022\\s+року`, { type: 'war' }),
  fixed('throughoutWar', `(?:за|протягом|упродовж)\\s+(?:весь|увесь|усі|всі)?\\s*(?:час|роки|період)\\s+${WAR}|за\\s+\\d{1,4}\\s+(?:днів|діб)\\s+${WAR}`, { type: 'war' }),
  pattern('warOpening', `(?:за|протягом|упродовж|у|в)\\s+перш${TAIL}\\s+(?:(?<n>${SMALL})\\s+)?(?<unit>дн${TAIL}|діб|тижн${TAIL}|місяц${TAIL}|рік)\\s+${WAR}`, (g) =>
    ({ type: 'warOpening', days: /^(?:дн|діб)/i.test(g.unit ?? '') ? count(g.n) : null })),
  fixed('soFar', '(?:на|до|станом на)\\s+сьогодні|на цей час|наразі|загалом|усього|всього', { type: 'war' }, { weak: true }),
  // As of a day: "станом на 8 серпня", "на ранок 8 серпня 2026 року", "станом на 08.08.2026".
  pattern('asOfDate', `(?:станом\\s+)?на\\s+(?:ранок\\s+)?(?:(?<d>\\d{1,2})\\s+(?<m>${MONTH_OF_DATE})(?:\\s+(?<y>${YEAR})${YEAR_WORD})?|(?<d2>\\d{1,2})\\.(?<m2>\\d{1,2})\\.(?<y2>(?:19|20)?\\d{2})(?!\\d))`, (g) => {
    const day = g.m ? date(g.m, g.d, g.y) : dotted(g.d2, g.m2, g.y2);
    return day ? { type: 'asOf', date: day } : null;
  }),
  // One day: the update's own, or one the text does not date.
  fixed('pastDay', `${OVER}\\s+${PAST}\\s+(?:добу|доби|день|дня)|${OVER}\\s+(?:добу|доби)|${PAST}\\s+доби|${OVER}\\s+(?:${PAST}\\s+)?24\\s+години|сьогодні|минулої ночі|цієї ночі|вночі|уночі|за ніч`, { type: 'day', ref: 'statement' }),
  // "у ніч на 8 серпня": the night that ends on that day.
  pattern('nightInto', `(?:у|в)\\s+ніч\\s+(?:на|проти)\\s+(?<d>\\d{1,2})\\s+(?<m>${MONTH_OF_DATE})`, (g) => {
    const day = date(g.m, g.d, undefined);
    return day ? { type: 'day', ref: day } : null;
  }),
  fixed('oneDay', 'за (?:один|одну|лише один|лише одну) (?:день|добу)|за день', { type: 'day', ref: 'statement' }),
  fixed('dayBefore', 'днем раніше|добою раніше|напередодні', { type: 'dayBefore' }),
  fixed('rate', '(?:в|у) середньому(?:\\s+(?:за|на)\\s+(?:добу|день))?|на добу|щодоби|щодня|на день', { type: 'rate', per: 'day' }),
  fixed('dayBeforeYesterday', 'позавчора', { type: 'day', ref: { relativeDay: -2 } }),
  fixed('yesterday', 'вчора|учора', { type: 'day', ref: { relativeDay: -1 } }),
  pattern('sinceWeekday', `(?:з|із|від)\\s+(?:минул${TAIL}\\s+)?(?<w>${WEEKDAY})`, (g) => ({ type: 'since', from: { weekday: weekdayIndex(g.w!) } })),
  pattern('onWeekday', `(?:(?:у|в)\\s+)?(?:(?<last>минул${TAIL})\\s+)?(?<w>${WEEKDAY})`, (g) => ({ type: 'day', ref: { weekday: weekdayIndex(g.w!), last: Boolean(g.last) } })),
  fixed('thisWeek', 'цього тижня|на цьому тижні|(?:з|від) початку тижня', { type: 'week', offset: 0 }),
  fixed('lastWeek', '(?:минулого|попереднього) тижня|на минулому тижні', { type: 'week', offset: -1 }),
  pattern('pastDays', `${OVER}\\s+(?:${PAST}\\s+)?(?<n>${SMALL})\\s+(?<unit>дн${TAIL}|діб|доби|тижн${TAIL})|${OVER}\\s+(?:${PAST}\\s+)?(?<week>тиждень)|${OVER}\\s+(?:${PAST}\\s+)?(?<h>48|72)\\s+годин${TAIL}`, (g) => {
    if (g.week) return { type: 'lastDays', days: 7 };
    if (g.h) return { type: 'lastDays', days: Number(g.h) / 24 };
    const n = count(g.n);
    return n ? { type: 'lastDays', days: /^тижн/i.test(g.unit!) ? n * 7 : n } : null;
  }),
  fixed('thisMonth', 'цього місяця|у цьому місяці|(?:з|від) початку (?:цього )?місяця', { type: 'relativeMonth', offset: 0 }),
  fixed('lastMonth', '(?:минулого|попереднього) місяця|у минулому місяці|за минулий місяць', { type: 'relativeMonth', offset: -1 }),
  pattern('sinceYear', `(?:з|від)\\s+початку\\s+(?<y>${YEAR})\\s+року`, (g) => ({ type: 'since', from: { year: Number(g.y) } })),
  fixed('thisYear', 'цього року|у цьому році|поточного року|(?:з|від) початку (?:цього |поточного )?року', { type: 'relativeYear', offset: 0 }),
  fixed('lastYear', 'минулого року|у минулому році|торік', { type: 'relativeYear', offset: -1 }),
  pattern('sinceDate', `${FROM}\\s+(?<d>\\d{1,2})\\s+(?<m>${MONTH_OF_DATE})(?:\\s+(?<y>${YEAR})${YEAR_WORD})?`, (g) => {
    const from = date(g.m, g.d, g.y);
    return from ? { type: 'since', from } : null;
  }),
  pattern('sinceMonth', `(?:з|із|від)\\s+(?:початку\\s+)?(?<m>${MONTH_OF_DATE})(?:\\s+(?<y>${YEAR})${YEAR_WORD})?`, (g) => ({ type: 'since', from: { month: month(g.m), year: yearOf(g.y) } })),
  pattern('weekend', `(?:на|за|у|в|протягом)\\s+(?<which>минулі\\s+)?вихідн${TAIL}`, (g) => ({ type: 'weekend', last: Boolean(g.which) })),
  pattern('inMonth', `(?:у|в|протягом|упродовж|впродовж|за)\\s+(?<m>${MONTH})(?:\\s+(?<y>${YEAR})${YEAR_WORD})?(?!\\s*\\d)`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  pattern('inYear', `(?:у|в|протягом|упродовж|впродовж|за)\\s+(?<y>${YEAR})\\s+(?:році|року|рік)`, (g) => ({ type: 'year', year: Number(g.y) })),
  pattern('onDate', `(?<d>\\d{1,2})\\s+(?<m>${MONTH_OF_DATE})(?:\\s+(?<y>${YEAR})${YEAR_WORD})?`, (g) => {
    const day = date(g.m, g.d, g.y);
    return day ? { type: 'day', ref: day } : null;
  }),
  pattern('onDottedDate', '(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>(?:19|20)?\\d{2})(?!\\d)', (g) => {
    const day = dotted(g.d, g.m, g.y);
    return day ? { type: 'day', ref: day } : null;
  }),
  fixed('undatedSpan', `останнім часом|${OVER}\\s+останніх\\s+(?:днів|тижнів|місяців)|за (?:один|лише один) (?:тиждень|місяць)`, { type: 'undatedSpan' }),
];

/** Reporting words shortly before a time expression make it the statement's time: "повідомив у понеділок", "у зведенні на ранок 8 серпня". */
export const STATEMENT_BEFORE = `${START}(?:${REPORTING_VERBS}|зведенн${TAIL}|повідомленн${TAIL}|заяв[аиіу]|звіт${TAIL}|допис${TAIL}|брифінг${TAIL}|інтерв['ʼ]ю)(?:\\s+(?!\\d)[\\p{L}'ʼ.-]+){0,6}?\\s+$`;

/** A sentence about a record or an earlier day: its "за добу" is not the update's day. */
export const UNDATED_DAY_CONTEXT = `${START}(?:рекорд${TAIL}|найбільш${TAIL}|найвищ${TAIL}|максимальн${TAIL}|пікову|піковий)${END}`;

/** A superlative before "за місяць": a comparison, not a period. */
export const COMPARISON_BEFORE = `${START}(?:найбільш${TAIL}|найменш${TAIL}|найвищ${TAIL}|найнижч${TAIL}|вперше|уперше)${END}[^.;]{0,40}$`;

/** "за цей період", "протягом того ж часу": the period of the figures before. */
export const PERIOD_ANAPHORA = `${START}(?:за|протягом|упродовж|у|в)\\s+(?:цей|той самий|той же|цей же|вказаний|зазначений)\\s+(?:період|час)${END}`;

/** "відтоді", "з того часу": from the period named before. */
export const SINCE_ANAPHORA = `${START}(?:відтоді|з того часу|з тих пір)${END}`;

/** A rate right after the counted noun: "1 271 військовий на добу". */
export const RATE_AFTER = `^\\s*(?:на добу|щодоби|щодня|на день)${END}`;

/** Day expressions that name the update's own day. */
export const UPDATE_DAY = '24 години|добу|доби|сьогодні|ночі|вночі|уночі';

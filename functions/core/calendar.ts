// Calendar arithmetic on ISO dates (UTC, no time of day).
import type { IsoDate } from './claim.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const toDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
export const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
export const addDays = (iso: IsoDate, days: number): IsoDate => toIso(new Date(toDate(iso).getTime() + days * 86_400_000));
export const weekday = (iso: IsoDate): number => toDate(iso).getUTCDay();
/** Days from one date to another, both counted: a day is 1, a week 7. */
export const daysCovered = (start: IsoDate, end: IsoDate): number => Math.round((toDate(end).getTime() - toDate(start).getTime()) / 86_400_000) + 1;
export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toDate(value).getTime()) && toIso(toDate(value)) === value;

/** 0-based month index of a month name or abbreviation, or -1. */
export const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
export const weekdayIndex = (name: string): number => WEEKDAYS.indexOf(name.toLowerCase());

export const isoOf = (year: number, month: number, day: number): IsoDate | null => {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? toIso(date) : null;
};
export const monthStart = (year: number, month: number): IsoDate => toIso(new Date(Date.UTC(year, month, 1)));
export const monthEnd = (year: number, month: number): IsoDate => toIso(new Date(Date.UTC(year, month + 1, 0)));
export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));
export const monthOf = (iso: IsoDate): number => Number(iso.slice(5, 7)) - 1;

/** A month and day without a year: the one nearest on or before the reference date. */
export function dayBefore(month: number, day: number, year: number | null, reference: IsoDate | null): IsoDate | null {
  if (year !== null) return isoOf(year, month, day);
  if (!reference) return null;
  const sameYear = isoOf(yearOf(reference), month, day);
  if (sameYear && sameYear <= reference) return sameYear;
  return isoOf(yearOf(reference) - 1, month, day);
}

/** A month without a year: the one nearest on or before the reference month. */
export function monthBefore(month: number, year: number | null, reference: IsoDate | null): { year: number; month: number } | null {
  if (year !== null) return { year, month };
  if (!reference) return null;
  return { year: month <= monthOf(reference) ? yearOf(reference) : yearOf(reference) - 1, month };
}

/** The most recent given weekday on or before the reference date. */
export function weekdayOnOrBefore(day: number, reference: IsoDate): IsoDate {
  return addDays(reference, -((weekday(reference) - day + 7) % 7));
}

/** Monday of the week the date falls in (weeks run Monday to Sunday). */
export const mondayOf = (iso: IsoDate): IsoDate => addDays(iso, -((weekday(iso) + 6) % 7));

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * Reads one calendar date written in the common news forms: "October 25, 2024", "25 October 2024",
 * "Jan 23/2024", "2024-10-25", "10/25/2024". Without a year it is resolved before `reference`.
 */
export function parseDateText(text: string, reference: IsoDate | null): IsoDate | null {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const monthFirst = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:\\s*[,/]\\s*|\\s+)?((?:19|20)\\d{2})?`, 'i').exec(text);
  if (monthFirst) {
    return dayBefore(monthIndex(monthFirst[1]!), Number(monthFirst[2]), monthFirst[3] ? Number(monthFirst[3]) : null, reference);
  }
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}(?:,?\\s+((?:19|20)\\d{2}))?`, 'i').exec(text);
  if (dayFirst) {
    return dayBefore(monthIndex(dayFirst[2]!), Number(dayFirst[1]), dayFirst[3] ? Number(dayFirst[3]) : null, reference);
  }
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(text);
  if (numeric) return isoOf(Number(numeric[3]), Number(numeric[1]) - 1, Number(numeric[2]));
  // "21.11.24", "21.11.2024": day first, as the General Staff writes them.
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d{2})\b/.exec(text);
  if (dotted) return isoOf(dotted[3]!.length === 2 ? 2000 + Number(dotted[3]) : Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  return null;
}

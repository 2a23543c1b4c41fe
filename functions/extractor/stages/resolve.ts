// Stage: time values placed on the calendar, against the publication date and the day the
// claimant spoke. Language-free: it reads TimeValues, never words.
import { WAR_START, type IsoDate, type Period } from '../../core/claim.js';
import { addDays, dayBefore, isoOf, mondayOf, monthBefore, monthEnd, monthOf, monthStart, weekdayOnOrBefore, yearOf } from '../../core/calendar.js';
import type { DateRef, StatementTime, TimeValue } from '../model.js';

export interface Anchors {
  published: IsoDate | null;
  /** When the claimant spoke, as far as the text says. */
  statement: StatementTime;
  /** The day the sentence dates ("on October 25"), which "a day earlier" counts back from. */
  dated?: IsoDate | null;
}

/** The statement's day: the one the text names, else the publication's; null when only a coarse time is known. */
export const statementDay = (anchors: Anchors): IsoDate | null =>
  anchors.statement && 'day' in anchors.statement ? anchors.statement.day : anchors.statement ? null : anchors.published;

/** The day "this week", "last month" and "this year" count from: the statement's, or the start of its coarse time. */
const referenceDay = (anchors: Anchors): IsoDate | null =>
  statementDay(anchors) ?? (anchors.statement && 'around' in anchors.statement ? anchors.statement.around : null) ?? anchors.published;

const span = (start: IsoDate | null, end: IsoDate | null): Period => ({ kind: 'span', start, end });
const day = (date: IsoDate | null): Period => ({ kind: 'day', start: date, end: date });
const cumulative = (end: IsoDate | null): Period => ({ kind: 'cumulative', start: WAR_START, end });
/** A period that runs into the present ends on the day of the article, not in the future. */
const notAfter = (end: IsoDate, published: IsoDate | null): IsoDate => (published && end > published ? published : end);

/** The first day a date reference names. */
export function startOf(ref: DateRef, anchors: Anchors): IsoDate | null {
  const reference = statementDay(anchors) ?? anchors.published;
  if ('date' in ref) return dayBefore(ref.date.month, ref.date.day, ref.date.year, anchors.published);
  if ('weekday' in ref) {
    if (!reference) return null;
    const found = weekdayOnOrBefore(ref.weekday, reference);
    return ref.last && found === reference ? addDays(found, -7) : found;
  }
  if ('relativeDay' in ref) return reference ? addDays(reference, ref.relativeDay) : null;
  if ('month' in ref) {
    const month = monthBefore(ref.month, ref.year, anchors.published);
    return month ? monthStart(month.year, month.month) : null;
  }
  return `${ref.year}-01-01`;
}

/** The day a day-like reference names (a date, a weekday, "yesterday"); null for months and years. */
export const dayOf = (ref: DateRef, anchors: Anchors): IsoDate | null => ('month' in ref || 'year' in ref ? null : startOf(ref, anchors));

/** Places a time value on the calendar. A span from the day of the full-scale invasion is a running total. */
export function resolve(value: TimeValue, anchors: Anchors): Period {
  const period = place(value, anchors);
  return period.kind === 'span' && period.start === WAR_START && period.end !== null ? { ...period, kind: 'cumulative' } : period;
}

function place(value: TimeValue, anchors: Anchors): Period {
  const { published } = anchors;
  const spoke = statementDay(anchors);
  switch (value.type) {
    case 'day':
      if (value.ref === 'statement') return day(anchors.dated ?? spoke);
      if (value.ref === 'undated') return day(null);
      return day(dayOf(value.ref, anchors));
    case 'dayBefore': {
      const after = anchors.dated ?? spoke;
      return day(after ? addDays(after, -1) : null);
    }
    case 'rate':
      return value.per === 'month' ? span(null, null) : day(null);
    case 'lastDays':
      return spoke && value.days > 0 ? span(addDays(spoke, 1 - value.days), spoke) : span(null, spoke);
    case 'week': {
      const reference = referenceDay(anchors);
      if (!reference) return span(null, null);
      const monday = mondayOf(reference);
      return value.offset === 0 ? span(monday, spoke) : span(addDays(monday, -7), addDays(monday, -1));
    }
    case 'weekend': {
      // The weekend of the article, or the one just before it; "last weekend" on a weekend is the one before.
      if (!published) return span(null, null);
      let saturday = weekdayOnOrBefore(6, published);
      if (value.last && published <= addDays(saturday, 1)) saturday = addDays(saturday, -7);
      return span(saturday, notAfter(addDays(saturday, 1), published));
    }
    case 'weekTo': {
      const end = dayOf(value.end, anchors);
      return end ? span(addDays(end, -6), end) : span(null, null);
    }
    case 'weekOfMonth': {
      const month = monthBefore(value.month, value.year, published);
      if (!month) return span(null, null);
      const last = monthEnd(month.year, month.month);
      const start = value.index >= 0 ? addDays(monthStart(month.year, month.month), value.index * 7) : addDays(last, -6);
      return span(start, value.index >= 0 ? addDays(start, 6) : last);
    }
    case 'month': {
      const month = monthBefore(value.month, value.year, published);
      if (!month) return span(null, null);
      // The current month is counted only up to the day of the article.
      return span(monthStart(month.year, month.month), notAfter(monthEnd(month.year, month.month), published));
    }
    case 'relativeMonth': {
      const reference = referenceDay(anchors);
      if (!reference) return span(null, null);
      if (value.offset === 0) return span(monthStart(yearOf(reference), monthOf(reference)), spoke);
      const previous = addDays(monthStart(yearOf(reference), monthOf(reference)), -1);
      return span(monthStart(yearOf(previous), monthOf(previous)), previous);
    }
    case 'months': {
      const last = monthBefore(value.to, value.year, published);
      if (!last) return span(null, null);
      const start = monthStart(value.fromYear ?? (value.from <= last.month ? last.year : last.year - 1), value.from);
      const end = notAfter(monthEnd(last.year, last.month), published);
      // From the invasion's month: the war so far, up to the last month's end.
      return start === monthStart(Number(WAR_START.slice(0, 4)), Number(WAR_START.slice(5, 7)) - 1) ? cumulative(end) : span(start, end);
    }
    case 'year':
      return span(`${value.year}-01-01`, notAfter(`${value.year}-12-31`, published));
    case 'relativeYear': {
      const reference = referenceDay(anchors);
      if (!reference) return span(null, null);
      const year = yearOf(reference) + value.offset;
      return span(`${year}-01-01`, value.offset === 0 ? spoke : `${year}-12-31`);
    }
    case 'firstMonths':
      return span(`${value.year}-01-01`, notAfter(monthEnd(value.year, value.months - 1), published));
    case 'since':
      return span(startOf(value.from, anchors), spoke);
    case 'between': {
      const from = startOf(value.from, anchors);
      const to = dayOf(value.to, anchors);
      // "from 1 to 30 November" in an article of 2 December: both days of the same November.
      return span(from, to && from && to < from ? isoOf(yearOf(from), monthOf(to), Number(to.slice(8))) ?? to : to);
    }
    case 'war':
      return cumulative(spoke);
    case 'warOpening':
      return value.days ? cumulative(addDays(WAR_START, value.days - 1)) : span(WAR_START, null);
    case 'asOf':
      return cumulative(dayOf(value.date, anchors));
    case 'byEndOf': {
      const end = value.month !== null ? monthEnd(value.year, value.month) : `${value.year}-12-31`;
      return cumulative(notAfter(end, published));
    }
    case 'operation':
      return span(value.from ? startOf(value.from, anchors) : null, spoke);
    // "in four weeks of fighting", "in recent months": their start undated, up to the day the claimant spoke.
    case 'undatedSpan':
      return span(null, spoke);
  }
}

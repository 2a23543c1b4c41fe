import { WAR_START, type IsoDate, type Period } from '../core/claim.js';
import {
  addDays,

  monthBefore,
  monthEnd,
  monthIndex,
  monthOf,
  monthStart,
  mondayOf,
  parseDateText,
  weekdayIndex,
  weekdayOnOrBefore,
  yearOf,
} from '../core/calendar.js';
import { alternation, matchesOf } from './patterns.js';
import { numberOf } from './mentions.js';
import { COMPARISON_BEFORE, PERIOD_PATTERNS, STATEMENT_DATE_BEFORE, UNDATED_DAY_CONTEXT, type PeriodCue } from './vocabulary/periods.js';

/** A period expression found in a sentence. */
export interface PeriodExpression {
  cue: PeriodCue;
  text: string;
  start: number;
  end: number;
}

/** When the claim was made, if the sentence says: a day, or only a coarse time ("in December 2023"). */
export type StatementTime = { day: IsoDate } | { coarse: true } | null;

const EXPRESSIONS = alternation(PERIOD_PATTERNS);
const STATEMENT_BEFORE = new RegExp(STATEMENT_DATE_BEFORE, 'i');
const UNDATED = new RegExp(UNDATED_DAY_CONTEXT, 'i');
const UPDATE_DAY = /24 hours|twenty-four hours|(?:past|last|previous) day|today|overnight/i;
const COMPARISON = new RegExp(COMPARISON_BEFORE, 'i');
const DATE_CUES = new Set<PeriodCue>(['onDate', 'onWeekday', 'inMonth', 'inYear', 'lastWeek', 'lastMonth', 'lastYear', 'yesterday']);

/** Every period expression in a sentence, left to right. */
export function findPeriodExpressions(sentence: string): PeriodExpression[] {
  return matchesOf(EXPRESSIONS.regex, sentence)
    .map((m) => ({ cue: EXPRESSIONS.valueOf(m), text: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((e) => e.cue !== 'undatedSpan' || !COMPARISON.test(sentence.slice(Math.max(0, e.start - 60), e.start)));
}

/**
 * Splits a sentence's expressions into the statement's own time ("said on Tuesday", "In
 * September 2022, Shoigu said") and the periods its figures cover.
 * `claimantOpensClause`: a claimant stands right after the sentence's opening phrase ("In
 * September 2022, Shoigu said …"), which then dates the statement.
 */
export function separateStatementTime(
  sentence: string,
  expressions: PeriodExpression[],
  published: IsoDate | null,
  claimantOpensClause: boolean,
): { periods: PeriodExpression[]; statement: StatementTime } {
  let statement: StatementTime = null;
  let statementEnd = -1;
  const periods: PeriodExpression[] = [];
  for (const expression of expressions) {
    const before = sentence.slice(Math.max(0, expression.start - 40), expression.start);
    const opensSentence =
      expression.start === 0 && /^(?:on|in)\b/i.test(expression.text) && /^\s*,/.test(sentence.slice(expression.end));
    // "said on Monday, January 13, 2025": a date right after a statement date belongs to it.
    const continuesStatement = statementEnd >= 0 && /^\s*,?\s*$/.test(sentence.slice(statementEnd, expression.start));
    const isStatement =
      DATE_CUES.has(expression.cue) &&
      (STATEMENT_BEFORE.test(before) || continuesStatement || (opensSentence && claimantOpensClause));
    if (!isStatement) {
      periods.push(expression);
      continue;
    }
    statementEnd = expression.end;
    const day = expression.cue === 'onDate' || expression.cue === 'onWeekday' || expression.cue === 'yesterday'
      ? dayOf(expression, published)
      : null;
    statement = day ? { day } : coversPublication(expression, published) ? { day: published! } : { coarse: true };
  }
  return { periods, statement };
}

/** "told reporters in February 2024" in an article of 26 February 2024: said about when it was published. */
function coversPublication(expression: PeriodExpression, published: IsoDate | null): boolean {
  if (!published || (expression.cue !== 'inMonth' && expression.cue !== 'inYear')) return false;
  const { start, end } = resolvePeriod(expression, { sentence: '', published, statement: null, dayDate: null });
  return start !== null && end !== null && start <= published && published <= end;
}

function dayOf(expression: PeriodExpression, published: IsoDate | null): IsoDate | null {
  if (expression.cue === 'onDate') return parseDateText(expression.text, published);
  if (!published) return null;
  if (expression.cue === 'yesterday') return addDays(published, -1);
  const name = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.exec(expression.text)?.[0];
  if (!name) return null;
  const day = weekdayOnOrBefore(weekdayIndex(name), published);
  return /^last\b/i.test(expression.text) && day === published ? addDays(day, -7) : day;
}

/** The end of a running total or an open span: the statement's day, else the publication date. */
const endOf = (statement: StatementTime, published: IsoDate | null): IsoDate | null =>
  statement && 'day' in statement ? statement.day : statement ? null : published;

/**
 * Turns the expression that governs a figure into a period, resolved against the publication
 * date. A span from the day of the full-scale invasion to a known day is a running total.
 */
export function resolvePeriod(
  expression: PeriodExpression,
  context: { sentence: string; published: IsoDate | null; statement: StatementTime; dayDate: IsoDate | null },
): Period {
  const period = periodOfExpression(expression, context);
  return period.kind === 'span' && period.start === WAR_START && period.end !== null ? { ...period, kind: 'cumulative' } : period;
}

function periodOfExpression(
  expression: PeriodExpression,
  context: { sentence: string; published: IsoDate | null; statement: StatementTime; dayDate: IsoDate | null },
): Period {
  const { published, statement } = context;
  const span = (start: IsoDate | null, end: IsoDate | null): Period => ({ kind: 'span', start, end });
  const day = (date: IsoDate | null): Period => ({ kind: 'day', start: date, end: date });
  const text = expression.text;
  switch (expression.cue) {
    case 'cumulative':
      return { kind: 'cumulative', start: WAR_START, end: endOf(statement, published) };
    case 'day': {
      if (context.dayDate) return day(context.dayDate);
      // "a record 1,800 in a single day" may be any day; "in the past 24 hours" is the update's.
      if (UNDATED.test(context.sentence) && !UPDATE_DAY.test(text)) return day(null);
      return day(statement && 'day' in statement ? statement.day : published);
    }
    case 'onDate': {
      const date = parseDateText(text, published);
      if (/^(?:as of|by)\b/i.test(text)) return { kind: 'cumulative', start: WAR_START, end: date };
      return day(date);
    }
    case 'onWeekday':
    case 'yesterday':
      return day(dayOf(expression, published));
    case 'dayBefore': {
      // Before the day the sentence dates (given as `dayDate`), else before the statement's day.
      const after = context.dayDate ?? (statement && 'day' in statement ? statement.day : published);
      return day(after ? addDays(after, -1) : null);
    }
    case 'sinceWeekday': {
      const name = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.exec(text)![0];
      return published ? span(weekdayOnOrBefore(weekdayIndex(name), published), published) : span(null, null);
    }
    case 'thisWeek':
      return published ? span(mondayOf(published), published) : span(null, null);
    case 'lastWeek':
      return published ? span(addDays(mondayOf(published), -7), addDays(mondayOf(published), -1)) : span(null, null);
    case 'thisMonth':
      return published ? span(monthStart(yearOf(published), monthOf(published)), published) : span(null, null);
    case 'lastMonth': {
      if (!published) return span(null, null);
      const previous = addDays(monthStart(yearOf(published), monthOf(published)), -1);
      return span(monthStart(yearOf(previous), monthOf(previous)), previous);
    }
    case 'thisYear':
      return published ? span(`${yearOf(published)}-01-01`, published) : span(null, null);
    case 'lastYear':
      return published ? span(`${yearOf(published) - 1}-01-01`, `${yearOf(published) - 1}-12-31`) : span(null, null);
    case 'inYear': {
      const year = Number(/(19|20)\d{2}/.exec(text)![0]);
      const current = published && yearOf(published) === year;
      return span(`${year}-01-01`, current ? published : `${year}-12-31`);
    }
    case 'inMonth': {
      const month = monthBefore(monthIndex(/[a-z]{3,}/i.exec(text.replace(/^(?:in all of|all of|in|during|throughout|for|through)\s+(?:the month of\s+)?/i, ''))![0]), yearIn(text), published);
      if (!month) return span(null, null);
      const end = monthEnd(month.year, month.month);
      // The current month is counted only up to the day of the article.
      return span(monthStart(month.year, month.month), published && end > published ? published : end);
    }
    case 'sinceMonth': {
      const bare = text.replace(/^since\s+(?:the (?:start|beginning) of\s+)?/i, '');
      const year = yearIn(bare);
      const monthName = /[a-z]{3,}/i.exec(bare)?.[0];
      if (!monthName) return span(year ? `${year}-01-01` : null, endOf(statement, published));
      const month = monthBefore(monthIndex(monthName), year, published);
      return span(month ? monthStart(month.year, month.month) : null, endOf(statement, published));
    }
    case 'sinceDate':
      return span(parseDateText(text, published), endOf(statement, published));
    case 'firstMonths': {
      const year = yearIn(text)!;
      const part = /first (\w+)/i.exec(text)![1]!.toLowerCase();
      const months = part === 'half' ? 6 : part === 'quarter' ? 3 : (numberOf(part) ?? 0);
      if (months < 1 || months > 12) return span(null, null);
      const end = monthEnd(year, months - 1);
      return span(`${year}-01-01`, published && end > published ? published : end);
    }
    case 'byEndOf': {
      const year = yearIn(text)!;
      const monthName = /(?:end of\s+)([a-z]{3,})\s/i.exec(text)?.[1];
      const end = monthName ? monthEnd(year, monthIndex(monthName)) : `${year}-12-31`;
      return { kind: 'cumulative', start: WAR_START, end: published && end > published ? published : end };
    }
    case 'betweenDates': {
      // "between November 1 and 30", "from 1 to 30 November", "from 24 February 2022 to 20 October 2024".
      const [, first, second] = /^(?:between|from|on)\s+(.+?)\s+(?:and|to|through|until)\s+(.+)$/i.exec(text)!;
      // "from 24.02.22 to 21.11.24": two whole dates.
      if (/^\d{1,2}\.\d{1,2}\./.test(first!)) return span(parseDateText(first!, published), parseDateText(second!, published));
      const monthIn = (date: string) => /[a-z]{3,}/i.exec(date)?.[0];
      const month = monthIn(first!) ?? monthIn(second!)!;
      const year = yearIn(second!) ?? yearIn(first!);
      const complete = (date: string) => {
        const withMonth = monthIn(date) ? date : /^\d/.test(date) && monthIn(first!) === undefined ? `${date} ${month}` : `${month} ${date}`;
        return year && !yearIn(withMonth) ? `${withMonth}, ${year}` : withMonth;
      };
      return span(parseDateText(complete(first!), published), parseDateText(complete(second!), published));
    }
    case 'betweenMonths': {
      const [first, second] = [...text.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]).filter((word) => monthIndex(word) >= 0);
      const last = monthBefore(monthIndex(second!), yearIn(text), published);
      if (!last) return span(null, null);
      const firstIndex = monthIndex(first!);
      const start = monthStart(firstIndex <= last.month ? last.year : last.year - 1, firstIndex);
      const end = monthEnd(last.year, last.month);
      return span(start, published && end > published ? published : end);
    }
    case 'sinceEvent': {
      // The event's month, when the text gives it ("… in August").
      const monthName = /\bin ([A-Z][a-z]+)\.?(?:\s+((?:19|20)\d{2}))?$/.exec(text);
      const month = monthName && monthIndex(monthName[1]!) >= 0 ? monthBefore(monthIndex(monthName[1]!), yearIn(text), published) : null;
      return span(month ? monthStart(month.year, month.month) : null, endOf(statement, published));
    }
    case 'warOpening':
      return span(WAR_START, null);
    case 'undatedSpan':
      return span(null, null);
    case 'pastDays': {
      // "the past 10 days", "the past two weeks", "the past week", "in 48 hours".
      const [, number, unit] = /(\d+|[a-z-]+)\s+(days|weeks|hours)\b/i.exec(text) ?? [, 'one', /week/i.test(text) ? 'weeks' : 'days'];
      const count = numberOf(number!) ?? 1;
      const days = unit!.toLowerCase() === 'weeks' ? count * 7 : unit!.toLowerCase() === 'hours' ? Math.round(count / 24) : count;
      const end = statement && 'day' in statement ? statement.day : published;
      return end && days > 0 ? span(addDays(end, 1 - days), end) : span(null, null);
    }
    case 'weekend': {
      // The weekend of the article, or the one just before it; "last weekend" on a weekend is the one before.
      if (!published) return span(null, null);
      let saturday = weekdayOnOrBefore(6, published);
      if (/^last\b/i.test(text) && published <= addDays(saturday, 1)) saturday = addDays(saturday, -7);
      const sunday = addDays(saturday, 1);
      return span(saturday, sunday > published ? published : sunday);
    }
    case 'weekTo': {
      const endText = text.replace(/^.*?\b(?:to|ending|through|until)\s+/i, '');
      const end = /\d/.test(endText) ? parseDateText(endText, published) : published ? weekdayOnOrBefore(weekdayIndex(endText), published) : null;
      return end ? span(addDays(end, -6), end) : span(null, null);
    }
    case 'weekOfMonth': {
      const [, which, monthName] = /\b(first|second|third|fourth|last|final) week of ([a-z]+)/i.exec(text)!;
      const month = monthBefore(monthIndex(monthName!), yearIn(text), published);
      if (!month) return span(null, null);
      const last = monthEnd(month.year, month.month);
      const index = ['first', 'second', 'third', 'fourth'].indexOf(which!.toLowerCase());
      const start = index >= 0 ? addDays(monthStart(month.year, month.month), index * 7) : addDays(last, -6);
      return span(start, index >= 0 ? addDays(start, 6) : last);
    }
  }
}

const yearIn = (text: string): number | null => {
  const m = /\b((?:19|20)\d{2})\b/.exec(text);
  return m ? Number(m[1]) : null;
};

/** A day a figure is dated by, from a date expression of the sentence ("on October 25"). */
export function dayDateOf(expression: PeriodExpression | undefined, published: IsoDate | null): IsoDate | null {
  if (!expression) return null;
  if (expression.cue === 'onDate' && !/^(?:as of|by)\b/i.test(expression.text)) return parseDateText(expression.text, published);
  if (expression.cue === 'onWeekday' || expression.cue === 'yesterday') return dayOf(expression, published);
  return null;
}


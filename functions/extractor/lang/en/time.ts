// How English names periods and days, and what each means (a TimeValue, placed on the calendar
// later). Earlier patterns win where two match at the same place; the leftmost match wins overall.
import type { DateRef, TimeValue } from '../../model.js';
import type { TimePattern } from '../lexicon.js';
import { MONTH, WEEKDAY, YEAR, monthIndex, weekdayIndex, yearOf } from './calendar.js';
import { NUMBERS } from './numbers.js';

type Groups = Readonly<Record<string, string | undefined>>;

const SMALL = '\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty';
const WAR = "(?:(?:the |its |their |Russia's |Moscow's |(?:Vladimir )?Putin's |this )?(?:full-scale |full scale |large-scale )?(?:war|invasion|conflict|hostilities|aggression|special military operation|SMO|special operation))";
const OPERATION = '(?:incursion|offensive|counteroffensive|counter-offensive|operation|assault|adventure)';
const OWNER = "(?:the|its|their|Ukraine's|Kyiv's|Kiev's|Russia's|Moscow's)";

const count = (word: string | undefined): number | null => (word ? (NUMBERS.valueOf(word) ?? null) : null);
const month = (name: string | undefined): number => (name ? monthIndex(name) : -1);
const date = (m: string | undefined, d: string | undefined, y: string | undefined): DateRef | null =>
  month(m) >= 0 && d ? { date: { year: yearOf(y), month: month(m), day: Number(d) } } : null;
/** A two- or four-digit year written after a dotted date: "24.02.22". */
const dottedYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const dotted = (d: string | undefined, m: string | undefined, y: string | undefined): DateRef | null =>
  d && m && y ? { date: { year: dottedYear(y), month: Number(m) - 1, day: Number(d) } } : null;
const between = (from: DateRef | null, to: DateRef | null): TimeValue | null => (from && to ? { type: 'between', from, to } : null);

const MONTH_NAME = new RegExp(`^(?:${MONTH})$`, 'i');
const pattern = (name: string, source: string, value: (g: Groups) => TimeValue | null): TimePattern => ({ name, pattern: source, value });
const fixed = (name: string, source: string, value: TimeValue, options: Pick<TimePattern, 'forward' | 'weak'> = {}): TimePattern => ({ ...pattern(name, source, () => value), ...options });

export const TIME_PATTERNS: readonly TimePattern[] = [
  // Two days of one month, two whole dates, or a month's days: "between November 1 and 30", "from February 24, 2022, to January 19, 2024".
  pattern('betweenDates', `(?:between|from) (?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:,?\\s+(?<y1>${YEAR}))?,?\\s+(?:and|to|through|until)\\s+(?:(?<m2>${MONTH})\\s+)?(?<d2>\\d{1,2})(?:,?\\s+(?<y2>${YEAR}))?`, (g) =>
    between(date(g.m1, g.d1, g.y1 ?? g.y2), date(g.m2 ?? g.m1, g.d2, g.y2 ?? g.y1))),
  pattern('betweenDottedDates', '(?:between|from) (?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})\\.(?<y1>(?:19|20)?\\d{2}) (?:and|to|through|until) (?<d2>\\d{1,2})\\.(?<m2>\\d{1,2})\\.(?<y2>(?:19|20)?\\d{2})', (g) =>
    between(dotted(g.d1, g.m1, g.y1), dotted(g.d2, g.m2, g.y2))),
  pattern('betweenDaysFirst', `(?:between|from) (?<d1>\\d{1,2})(?:\\s+(?<m1>${MONTH}))?(?:\\s+(?<y1>${YEAR}))?\\s+(?:and|to|through|until)\\s+(?<d2>\\d{1,2})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR}))?`, (g) =>
    between(date(g.m1 ?? g.m2, g.d1, g.y1 ?? g.y2), date(g.m2, g.d2, g.y2 ?? g.y1))),
  pattern('twoDays', `on (?<m1>${MONTH})\\s+(?<d1>\\d{1,2})\\s+and\\s+(?<d2>\\d{1,2})(?:,?\\s+(?<y1>${YEAR}))?`, (g) => between(date(g.m1, g.d1, g.y1), date(g.m1, g.d2, g.y1))),
  pattern('betweenMonths', `(?:from|between) (?<m1>${MONTH})(?:\\s+(?<y1>${YEAR}))?\\s+(?:and|to|through|until)\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR}))?`, (g) =>
    ({ type: 'months', from: month(g.m1), to: month(g.m2), year: yearOf(g.y2 ?? g.y1), fromYear: g.y1 ? Number(g.y1) : null })),
  pattern('monthRange', `(?<m1>${MONTH})[-–](?<m2>${MONTH})(?:\\s+(?<y>${YEAR}))?`, (g) => ({ type: 'months', from: month(g.m1), to: month(g.m2), year: yearOf(g.y) })),
  // "between the start of the full-scale invasion in February 2022 and December 2025": the war up to that month's end.
  pattern('warUntil', `between the (?:start|beginning|launch) of ${WAR}(?: in (?:${MONTH}\\s+)?${YEAR})? and (?:the end of )?(?:(?<m>${MONTH})\\s+)?(?<y>${YEAR})`, (g) => ({ type: 'byEndOf', year: Number(g.y), month: g.m ? month(g.m) : null })),
  // "has not updated its figures since September 2022, when it reported close to 6,000": a total as of then.
  pattern('sinceThenWhen', `since (?:(?<m>${MONTH})\\s+)?(?<y>${YEAR}),? when`, (g) => ({ type: 'byEndOf', year: Number(g.y), month: g.m ? month(g.m) : null })),
  pattern('byEndOf', `by the end of (?:(?<m>${MONTH})\\s+)?(?<y>${YEAR})`, (g) => ({ type: 'byEndOf', year: Number(g.y), month: g.m ? month(g.m) : null })),
  // Operations, fronts and battles: from their start, where the text dates it, to the statement;
  // but Russia's own "operation" is the war.
  fixed('sinceRussianOperation', "since the (?:start|beginning|launch) of (?:the )?(?:(?:Russian|Russia's) (?:special )?(?:military )?operation|(?:Russian |Russia's )?(?:military )?special (?:military )?operation)", { type: 'war' }),
  pattern('operationSince', `(?:during|in) ${OWNER} ${OPERATION} (?:that|which) (?:\\w+ly )?(?:began|started) (?:on )?(?<m>${MONTH}) (?<d>\\d{1,2})`, (g) => ({ type: 'operation', from: date(g.m, g.d, undefined) })),
  // "Since the start of the Ukrainian military operation in the Kursk region of the Russian Federation on August 6, 2024": from that day.
  pattern('sinceOperationOn', `since (?:the )?(?:start|beginning|launch) of (?:the )?(?:Ukrainian |Russian |Ukraine's |Russia's |Kyiv's |Kiev's )?(?:military |special |ground |cross-border )?${OPERATION}(?: in (?:the )?[A-Z][a-z]+(?: region| oblast)?(?: of (?:the )?Russian Federation| of Russia)?)?,? on (?<m>${MONTH}) (?<d>\\d{1,2})(?:,? (?<y>${YEAR}))?`, (g) =>
    ({ type: 'operation', from: date(g.m, g.d, g.y) })),
  // "since the beginning of the Kursk operation in August", "…, which began in August": from that month.
  pattern('sinceOperation', `since (?:the )?(?:start|beginning|launch|first days) of ${OWNER}? ?(?:[A-Z][a-z]+ )?(?:${OPERATION}|battle|operations? in [A-Z][a-z]+)(?: into (?:Russia's |the )?[A-Z][a-z]+(?: region| oblast)?)?(?:(?:,? (?:which|that) (?:began|started))? in (?<m>${MONTH}))?`, (g) =>
    ({ type: 'operation', from: g.m ? { month: month(g.m), year: null } : null })),
  pattern('sinceLaunched', `since (?:it|they|Kyiv|Ukraine|Russia|Moscow|(?:Ukrainian|Russian|its|their) (?:forces|troops)) (?:launched|began|started|mounted) (?:its|their|the|a) (?:surprise )?(?:cross-border )?(?:incursion|offensive|counteroffensive|counter-offensive|operation|assault)(?: into (?:Russia's |the )?[A-Z][a-z]+(?: region| oblast)?)?(?: in (?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?)?`, (g) =>
    ({ type: 'operation', from: g.m ? { month: month(g.m), year: yearOf(g.y) } : null })),
  // "in the Ukrainian counteroffensive since June 4": the operation, from the day the text gives.
  pattern('operationSinceDate', `(?:in|during) ${OWNER} (?:[A-Z][a-z]+ )?${OPERATION} since (?<m>${MONTH}) (?<d>\\d{1,2})`, (g) => ({ type: 'operation', from: date(g.m, g.d, undefined) })),
  // "killed during the occupation of Kursk": the holding of a place is an operation.
  fixed('occupation', '(?:in|during|over the course of) (?:the )?occupation of [A-Z][a-z]+', { type: 'operation', from: null }),
  // … and "in repelling the offensive": the operation the figures were counted in.
  // "Over the 5 months of the Kursk operation": an operation told by its length, its start undated.
  fixed('operationLength', `(?:in|during|over|within|after) (?:the )?(?:${SMALL}) (?:days|weeks|months) of ${OWNER} (?:[A-Z][a-z]+ )?${OPERATION}`, { type: 'operation', from: null }),
  fixed('duringOperation', `(?:in|during|over the course of) (?:(?:repelling|repulsing|thwarting|fending off) )?${OWNER} (?:[A-Z][a-z]+ )?${OPERATION}(?! (?:of|in|near|at|on)\\b)`, { type: 'operation', from: null }),
  fixed('frontSince', 'since (?:the )?(?:beginning|start|outbreak|onset) of (?:the )?(?:hostilities|fighting|combat) in (?:the )?[A-Z][a-z]+ (?:direction|region|area|oblast)', { type: 'operation', from: null }),
  // "during the military operations in the Kursk region", "during offensive in Kursk area": a front's toll, not the war's.
  fixed('frontFighting', '(?:in|during|over the course of) (?:the )?(?:military operations|fighting|hostilities|combat operations|battles|clashes|(?:Ukrainian |Ukraine\'s |Kyiv\'s |the )?(?:incursion|offensive|counteroffensive|counter-offensive)) (?:in|on|near|around) (?:the |Russia\'s |Ukraine\'s )?(?:border (?:areas|regions) of (?:the |Russia\'s )?)?[A-Z][a-z]+ (?:direction|region|area|oblast|sector|front)', { type: 'operation', from: null }),
  fixed('battle', '(?:in|during|over the course of) (?:the )?(?:[\\w-]+ )?(?:battles?|fights?|fighting|siege) (?:for|of|to take|around) (?:the )?(?:city of |town of )?[A-Za-z][\\w-]+', { type: 'operation', from: null }),
  // The war's opening days: "in the first three days of the invasion".
  pattern('warOpening', `(?:in|during|over|within) the first (?:(?<n>${SMALL}) )?(?<unit>days|weeks|months|year) of (?:the )?(?:full-scale )?(?:war|invasion|conflict|hostilities)`, (g) =>
    ({ type: 'warOpening', days: g.unit === 'days' ? count(g.n) : null })),
  // "in the past 15 months of the full-scale war": the war so far, counted back from now.
  fixed('warSoFar', `(?:in|during|over|within) the (?:past|last) (?:${SMALL}) (?:days|weeks|months|years) of ${WAR}`, { type: 'war' }),
  // "killed in four weeks of war", "in the 195 days of the invasion": the war so far, told by its length.
  fixed('warLength', `(?:in|during|over|after|within) (?:the )?(?:${SMALL}) (?:days|weeks|months|years) of (?:the )?(?:full-scale )?(?:war|invasion)`, { type: 'war' }),
  // "the first four days of the fighting" counts from the invasion; "the first weeks of fighting" of a force arriving later does not.
  pattern('warOpeningDays', `(?:in|during|over|within) the first (?<n>${SMALL}) days of the fighting`, (g) => ({ type: 'warOpening', days: count(g.n) })),
  // Running totals since the invasion.
  fixed('sinceWarStart', `since (?:the )?(?:beginning|start|outbreak|onset|escalation) of ${WAR}(?: (?:with|of|against|in|on) (?:Moscow|Russia|Kiev|Kyiv|Ukraine))?(?: in (?:February |Feb\\.? )?2022| on (?:February|Feb\\.?) 24,? 2022| on 24 February 2022)?`, { type: 'war' }),
  // "since the war of aggression against Ukraine began in February last year": the date, however written, is the invasion's.
  fixed('sinceWarBegan', `since ${WAR}(?: of aggression)?(?: (?:of|against|in|on) Ukraine)? (?:began|started|broke out)(?: in (?:late |early )?(?:February|Feb\\.?)(?: 2022| last year| of last year)?| on (?:February|Feb\\.?) 24(?:,? 2022| last year| of last year)?| in 2022)?`, { type: 'war' }),
  fixed('sinceInvaded', `since (?:Russia|Moscow|the Kremlin|(?:Vladimir )?Putin|it|they|its|their|Russian)(?:'s)?(?: (?:military |armed )?(?:forces|troops|soldiers|army))? (?:invaded(?: Ukraine)?(?: in (?:late |early )?February(?: 2022)?)?|launched (?:its|the) (?:full-scale )?invasion|began (?:its|the) (?:full-scale )?invasion|crossed (?:over )?into Ukraine|crossed the border)(?: on (?:February|Feb\\.?) 24,? 2022| in (?:February|Feb\\.?) 2022)?`, { type: 'war' }),
  fixed('sinceLaunching', '(?:since|after) (?:launching|starting|beginning) (?:its|the|their) (?:full-scale |all-out )?(?:invasion|war)(?: of Ukraine)?(?: in (?:February )?2022)?', { type: 'war' }),
  fixed('sinceDeployedOnWarStart', 'since (?:Russia|Moscow|the Kremlin) (?:deployed|sent|launched)[^.;]{0,60}? on (?:February|Feb\\.?) 24(?:,? 2022)?', { type: 'war' }),
  // "Since Russia's full-scale invasion in 2022": the year is the invasion's, not the figures'.
  fixed('sinceInvasion', "since (?:the |its |Russia's |Moscow's )?(?:(?:February|Feb\\.?)(?: 24,?)? 2022 )?(?:full-scale |large-scale )?(?:Russian )?invasion(?: of Ukraine)?(?: (?:\\d+|eighteen|nine) months ago| in (?:(?:late )?February )?2022)?", { type: 'war' }),
  fixed('sinceWarYear', 'since (?:24 )?(?:February|Feb\\.?)(?: 24)?,? 2022|since 2022', { type: 'war' }),
  // "the army's losses in the war against Ukraine amounted to …": the war says what was lost in, and yields to a month or a front that dates the figure.
  fixed('lossesInWar', '(?<=\\b(?:losses|casualties) )in the (?:full-scale )?war(?! (?:of|in|on|against|with) (?!Ukraine\\b))', { type: 'war' }, { weak: true }),
  fixed('throughoutWar', '(?:throughout|during|over the course of|in) the (?:entire |whole |ongoing )?(?:full-scale )?(?:war|invasion)(?! (?:of|in|on|against|with) (?!Ukraine\\b))', { type: 'war' }),
  fixed('daysOfWar', `in the \\d{1,4} days of ${WAR}`, { type: 'war' }),
  fixed('bringingTotal', "(?:bringing|bring|brings|brought|raising|raise|raises|pushing|putting|puts|taking|takes|took)\\s+(?:the|its|their|Ukraine's|Kyiv's|Russia's|Moscow's|the overall|the total)\\s+(?:overall\\s+)?(?:total|tally|toll|count|number|losses|estimate)", { type: 'war' }, { forward: true }),
  fixed('totalLosses', "(?:total|overall|cumulative) (?:[\\w']+ )?(?:losses|cost|tally|toll|number|count)|(?:death|casualty) toll", { type: 'war' }, { forward: true, weak: true }),
  pattern('soFarInMonth', `so far in (?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?`, (g) => ({ type: 'since', from: { month: month(g.m), year: yearOf(g.y) } })),
  fixed('soFar', '(?:has|have) now (?:lost|reached)|so far|to date|in all(?=\\s*[,.;)]|$)', { type: 'war' }, { weak: true }),
  // "As of today, the irreplaceable losses amount to 23,367": the running total of the day it is said.
  fixed('asOfToday', 'as of (?:today|now|this (?:morning|moment))', { type: 'war' }),
  // One day: the update's own, or one the text does not date.
  fixed('recentDay', '(?:in|within|over|during) a (?:recent )?24-hour period', { type: 'day', ref: 'undated' }),
  fixed('pastDay', '(?:in|over|during|within|over the course of) (?:(?:the )?(?:past|last|previous) )?(?:24|twenty-four) hours|(?:in|over|during) (?:the )?(?:past|last|previous) day|in the day|during the day|over the day|today|overnight|on the (?:last|past) day|(?:over |in |during )?the preceding (?:24 hours|day)|the previous day', { type: 'day', ref: 'statement' }),
  fixed('oneDay', '(?:in|over|within) (?:just |only )?(?:one|a|a single) day', { type: 'day', ref: 'statement' }),
  fixed('dayBefore', '(?:a|one) day (?:earlier|before)|the day before(?! yesterday)', { type: 'dayBefore' }),
  // "a daily high of 2,030", "a record single-day toll": the record day, which the text does not date.
  fixed('dailyRecord', '(?:new )?(?:daily|single-day|one-day) (?:high|record|peak|maximum)|record (?:daily|single-day|one-day)', { type: 'day', ref: 'undated' }),
  fixed('averageDaily', 'average daily|daily average|on average (?:per|a|each) day', { type: 'rate', per: 'day' }),
  fixed('rate', '(?:per|a|each|every(?: single)?) day|daily(?! (?:update|report|briefing|bulletin|post|summary|message|statement|basis|figures?|record|high|toll|tally|count))', { type: 'rate', per: 'day' }),
  // "losing 20,000 lives a month", "killed in action each month": a monthly rate; "in a month" is a span, "a month ago" a date.
  fixed('monthlyRate', '(?:per|each|every) month|(?<!\\b(?:in|within|over|for|than|half|once|about|almost|nearly) )a month(?! (?:ago|earlier|before|later|after|of)\\b)', { type: 'rate', per: 'month' }),
  // "From Monday through Friday, Russia lost 2,240": the days of this week between them.
  pattern('betweenWeekdays', `(?:between|from) (?<w1>${WEEKDAY}) (?:and|to|through|until|till) (?<w2>${WEEKDAY})`, (g) => between({ weekday: weekdayIndex(g.w1!) }, { weekday: weekdayIndex(g.w2!) })),
  pattern('sinceWeekday', `since (?:last )?(?<w>${WEEKDAY})`, (g) => ({ type: 'since', from: { weekday: weekdayIndex(g.w!) } })),
  fixed('thisWeek', 'this week|so far this week|earlier this week', { type: 'week', offset: 0 }),
  fixed('lastWeek', '(?:last|previous) week(?: alone)?', { type: 'week', offset: -1 }),
  fixed('thisMonth', 'this month|so far this month|since the (?:start|beginning) of the month', { type: 'relativeMonth', offset: 0 }),
  fixed('lastMonth', '(?:last|past|previous) month', { type: 'relativeMonth', offset: -1 }),
  fixed('thisYear', '(?:this|the current) year|since (?:the )?(?:start|beginning) of (?:the |this )?year|so far this year|year to date', { type: 'relativeYear', offset: 0 }),
  fixed('lastYear', 'last year|the previous year', { type: 'relativeYear', offset: -1 }),
  fixed('pastYear', '(?:in|over|during) the (?:past|last) year', { type: 'lastDays', days: 365 }),
  pattern('sinceDate', `(?:since|(?:beginning|starting) (?:from|on)) (?:(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>${YEAR}))?|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR}))?)`, (g) => {
    const from = g.m ? date(g.m, g.d, g.y) : date(g.m2, g.d2, g.y2);
    return from ? { type: 'since', from } : null;
  }),
  // "Since Mediazona's last update on Dec. 15, 1,100 names were added": counted since that update.
  pattern('sinceLastUpdate', `since (?:[\\w'’]+\\s+){0,3}?(?:last|latest|previous|prior) (?:update|report|count|tally)(?: (?:on|of) (?:(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH}))| in (?:early |mid-|late )?${MONTH})?`, (g) => {
    const from = g.m ? date(g.m, g.d, undefined) : g.m2 ? date(g.m2, g.d2, undefined) : null;
    return from ? { type: 'since', from } : { type: 'operation', from: null };
  }),
  pattern('sinceMonth', `since (?:the (?:start|beginning) of )?(?:(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?|(?<y2>${YEAR}))`, (g) =>
    ({ type: 'since', from: g.m ? { month: month(g.m), year: yearOf(g.y) } : { year: Number(g.y2) } })),
  pattern('weekTo', `(?:in|during|over) the (?:week|seven days) (?:to|ending|through|until) (?:(?<w>${WEEKDAY})|(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH}))`, (g) => {
    const end = g.w ? { weekday: weekdayIndex(g.w) } : g.m ? date(g.m, g.d, undefined) : date(g.m2, g.d2, undefined);
    return end ? { type: 'weekTo', end } : null;
  }),
  pattern('weekOfMonth', `(?:in|during|over) the (?<which>first|second|third|fourth|last|final) week of (?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?`, (g) =>
    ({ type: 'weekOfMonth', month: month(g.m), year: yearOf(g.y), index: ['first', 'second', 'third', 'fourth'].indexOf(g.which!.toLowerCase()) })),
  pattern('weekend', '(?:over|during|at|on|across|in) the weekend|(?<which>this|last|past) weekend', (g) => ({ type: 'weekend', last: /^last$/i.test(g.which ?? '') })),
  // "3,715 casualties over three days": the days up to the statement, as "the past three days" ("in five days of fighting" is an undated span).
  pattern('pastDays', `(?:in|over|during|for) the (?:past|last|previous) (?<n>${SMALL}) (?<unit>days|weeks)|(?:over|during) (?<n2>${SMALL}) (?<unit2>days|weeks)(?! (?:of|later|after|before|earlier|ago)\\b)|(?:in|over|during) the (?<week>past week|last week)(?! alone)|(?:in|over|within) (?:the (?:past|last|previous) )?(?<h>48|72|forty-eight|seventy-two) hours`, (g) => {
    if (g.week) return { type: 'lastDays', days: 7 };
    if (g.h) return { type: 'lastDays', days: Math.round((count(g.h) ?? 24) / 24) };
    const n = count(g.n ?? g.n2);
    return n ? { type: 'lastDays', days: (g.unit ?? g.unit2)!.toLowerCase() === 'weeks' ? n * 7 : n } : null;
  }),
  fixed('overTheWeek', 'over the week(?! (?:to|ending|before|after|of)\\b)', { type: 'lastDays', days: 7 }),
  pattern('monthOfThisYear', `(?:in |during )?(?<m>${MONTH}) of (?:this|the current) year`, (g) => ({ type: 'month', month: month(g.m), year: null })),
  // "by October 2023, which saw 521 losses": the month the relative clause speaks of.
  pattern('monthWhichSaw', `(?:(?:in|by|during) )?(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?,?\\s+which\\s+(?:saw|brought|recorded|marked)`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  pattern('inMonth', `(?:in|during|throughout|for|through|in all of|all of|in (?:the )?(?:following )?month of) (?:the month of )?(?:mid-)?(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?(?! \\d)(?![-–]${MONTH})`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  // "in July and August": the second month, named without its own "in", is a month of its own (for "…, respectively").
  pattern('andMonth', `(?<=\\b(?:in|during) ${MONTH}(?:\\s+${YEAR})? and )(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?(?! \\d)`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  // "• May: 35,370 victims": a month that labels a line of a list is its items' month.
  pattern('monthLabel', `(?<=(?:^|:)\\s*(?:[-•*–—]\\s*)?)(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?(?=\\s*:)`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  // "December 2024 saw Russia's highest monthly casualties", "April alone saw roughly 36,000 losses": a month named bare at the opening of a sentence.
  pattern('monthYear', `(?<=^\\s*|\\bthat\\s+)(?<m>${MONTH})(?:\\s+(?<y>${YEAR})|(?=\\s+(?:alone|saw|was|brought|recorded|marked|stands|stood)\\b))(?!\\s+(?:invasion|war|offensive|counteroffensive|full-scale|attack|report|update|estimate|assessment)\\b)(?![\\s,]*\\d)`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  pattern('midMonth', `mid-(?<m>${MONTH})(?:\\s+(?<y>${YEAR}))?`, (g) => ({ type: 'month', month: month(g.m), year: yearOf(g.y) })),
  pattern('firstMonths', `(?:in |during |over )?the first (?:(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months|(?<part>half|quarter)) of (?<y>${YEAR})`, (g) => {
    const months = g.part === 'half' ? 6 : g.part === 'quarter' ? 3 : (count(g.n) ?? 0);
    return months >= 1 && months <= 12 ? { type: 'firstMonths', year: Number(g.y), months } : null;
  }),
  pattern('inYear', `in (?<y>${YEAR})(?: alone)?|(?:during|throughout|over|over the course of|in the course of) (?<y2>${YEAR})|(?:for|in|during|over|throughout) (?:most|much|all) of (?<y3>${YEAR})`, (g) => ({ type: 'year', year: Number(g.y ?? g.y2 ?? g.y3) })),
  pattern('onDate', `(?:(?<prep>on|as of|by) )?(?:(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>${YEAR}))?|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR}))?)`, (g) => {
    const day = g.m ? date(g.m, g.d, g.y) : date(g.m2, g.d2, g.y2);
    if (!day) return null;
    return /^(?:as of|by)$/i.test(g.prep ?? '') ? { type: 'asOf', date: day } : { type: 'day', ref: day };
  }),
  pattern('onDottedDate', '(?:(?<prep>on|as of|by) )?(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>(?:19|20)\\d{2})', (g) => {
    const day = dotted(g.d, g.m, g.y);
    if (!day) return null;
    return /^(?:as of|by)$/i.test(g.prep ?? '') ? { type: 'asOf', date: day } : { type: 'day', ref: day };
  }),
  pattern('onWeekday', `(?:on |(?<last>last) )?(?<w>${WEEKDAY})`, (g) => ({ type: 'day', ref: { weekday: weekdayIndex(g.w!), last: Boolean(g.last) } })),
  fixed('dayBeforeYesterday', 'the day before yesterday', { type: 'day', ref: { relativeDay: -2 } }),
  fixed('yesterday', 'yesterday', { type: 'day', ref: { relativeDay: -1 } }),
  // "up from 311,750 reported one week ago": a running total as it stood a week before the update (never the day the claimant speaks).
  fixed('weekAgo', '(?:one|a) week (?:ago|earlier)', { type: 'asOf', date: { relativeDay: -7 } }),
  fixed('undatedSpan', '(?:in|during|over) the first (?:few )?(?:days?|weeks?|months?) of (?:the )?(?:deployment|clashes|battle|fighting|combat)|in (?:just |only )?(?:one|a|a single) (?:week|month)|in (?:just |only )?(?:two|three|four|five|six|\\d{1,2}) (?:days|weeks|months) of (?:fighting|battles?|clashes)|(?:in|over|within|during) (?:just |only )?(?:two|three|four|five|six|\\d{1,2}) (?:weeks|months)|in recent (?:days|weeks|months)|(?:in|over|during) the (?:past|last|previous) (?:two|three|four|five|six|few|several|\\d{1,2}) months', { type: 'undatedSpan' }),
  // "In Mariupol alone, the losses … amounted to 4,000": a town's or a front's toll, its start undated (not a country's, a month's or a year's).
  pattern('placeAlone', 'in (?:the )?(?<place>[A-Za-z][\\w-]+)(?: (?:direction|region|oblast|sector|area))? alone', (g) =>
    /^[A-Z]/.test(g.place!) && !/^(?:Ukraine|Russia|Belarus|Europe|Kyiv|Kiev|Moscow|Total|All|This|That|It)$/.test(g.place!) && !MONTH_NAME.test(g.place!) ? { type: 'operation', from: null } : null),
  // "killed within just three days": a few days up to the statement, their start undated.
  fixed('withinDays', '(?:within|in just|in only) (?:just |only )?(?:two|three|four|five|six|seven|\\d{1,2}) days', { type: 'operation', from: null }),
];

/**
 * Reporting words shortly before a time expression make it the statement's time: "said on Tuesday",
 * "told reporters on Wednesday night", "in a statement posted to X on Thursday", "an assessment on
 * 7 December". Up to six words may stand between, none of them a number nor the reported clause's own verb
 * ("said Ukraine had launched the offensive on Sunday" dates the offensive); a time right after "that" opens
 * the reported clause ("said that in March …"), it does not date the saying.
 */
export const STATEMENT_BEFORE =
  "(?:said|says|explained|reported|reports|announced|leaked|published|posted|released|stated|stating|saying|wrote|claimed|(?:confirmed|estimated)(?! (?:killings|kills|deaths|losses|casualties|dead)\\b)|noted|dated|assessed|given|updated|told|issued|spoke|declared|informed|revealed|added|(?:statement|update|report|post|briefing|interview|assessment|estimate|figures?|message|address|tally|conference|officials?))(?:\\s+(?![\\d])(?!(?:had|has|have|was|were)\\b)[A-Za-z'’.-]+){0,6}?\\s+(?<!\\bthat\\s+)$";

/** Words that put a day figure on an unknown day ("the highest number ... in one day"). */
export const UNDATED_DAY_CONTEXT = '\\b(?:highest|record|largest|biggest|second-highest|third-highest|earlier this month|previous|peak)\\b';

/** A superlative before "in a month": a comparison ("the highest in a month"), not a period. */
export const COMPARISON_BEFORE = '\\b(?:highest|lowest|largest|biggest|smallest|heaviest|deadliest|bloodiest|greatest|most|fewest|worst|first time)\\b[^.;]{0,70}$';

/** "in this time", "during the reported period": the period of the figures before. */
export const PERIOD_ANAPHORA =
  '\\b(?:in|during|over|in the course of|throughout|for) (?:(?:this|that|the same|the given|the reported|the said) (?:time|period)|this time|both months|the (?:week|month|year)(?! (?:of|to|before|after|ending)\\b))\\b';

/** "Since October 2023, Russia has been on the offensive. Since then, …": from the period named before. */
export const SINCE_ANAPHORA = '\\bsince (?:then|that (?:time|day|date|point))\\b';

/** A rate right after the counted noun: "1,800 soldiers a day". */
// "1,262 killed and wounded in May daily": the fate and the month may come before the rate word.
export const RATE_AFTER = `^\\s*(?:(?:either|killed|wounded|injured|dead|and|or|in\\s+${MONTH})\\s+)*["“]?(?:(?:a|per|each|every(?: single)?) (?:day|(?<month>month))|daily)\\b`;

/** Day expressions that name the update's own day. */
export const UPDATE_DAY = '24 hours|twenty-four hours|(?:past|last|previous) day|today|overnight';

// Rules: for which period a figure is given — its own time expression, one the sentence refers
// back to, the period in force, or what its verb and size say.
import type { Period, SourceGroup } from '../../core/claim.js';
import { daysCovered } from '../../core/calendar.js';
import { metricDefinition, type MetricName } from '../../core/metrics.js';
import { sideOfGroup } from '../../core/sides.js';
import type { DateRef, Figure, PeriodChoice, Span, TimeExpression, TimeValue } from '../model.js';
import { inSentence, perSentence, type FigureContext } from './context.js';
import { rule, type Rule } from './registry.js';
import { CLAUSE_BREAK_DISTANCE } from './source.js';
import { opensWithTime } from '../stages/statement.js';

/** An expression this close to its figure is that figure's own; further off, it may be the whole sentence's. */
const ADJACENT = 12;
/** A period that ends a list: "… and 2 tanks in the past day". */
const RIGHT_AFTER = /^[\s,]{0,3}$/;

/** Where a line's label stands: at its start, after a bullet, or after its list's lead-in ("By month: May: …"). */
const LINE_LABEL_BEFORE = /(?:^|:)\s*(?:[-•*–—]\s*)?$/;

/**
 * Characters between an expression and a figure; a clause break or reported speech between them
 * counts as far. Kept per sentence: the sort and the owners of every expression ask for each pair many times.
 */
const distances = perSentence<TimeExpression, Map<Figure, number>>();
function distanceTo(c: FigureContext, expression: TimeExpression, figure: Figure): number {
  const byFigure = distances(c, expression, () => new Map());
  let distance = byFigure.get(figure);
  if (distance === undefined) byFigure.set(figure, (distance = measureDistance(c, expression, figure)));
  return distance;
}

function measureDistance(c: FigureContext, expression: TimeExpression, figure: Figure): number {
  const mention = figure.mention;
  const after = expression.start >= mention.end;
  // "…, taking the total to 700,390" reaches forward only.
  if (after && expression.forward) return Infinity;
  const [from, to] = after ? [figure.phraseEnd, expression.start] : [expression.end, mention.start];
  const gap = Math.max(0, to - from) + (after ? 0 : 0.5);
  // "May: 35,370 casualties": a period labelling its line is not parted from the line by its colon.
  const label = !after && LINE_LABEL_BEFORE.test(c.text.slice(0, expression.start)) && /^\s*:/.test(c.text.slice(expression.end));
  return broken(c, from, to) && !label ? gap + CLAUSE_BREAK_DISTANCE : gap;
}

/** A clause break or the start of reported speech between two places (kept per sentence, by the two places). */
const brokenCache = perSentence<number, boolean>();
const broken = (c: FigureContext, from: number, to: number): boolean =>
  brokenCache(c, from * 0x100000 + to, () => c.tags.breaks.some((b) => b.start < to && b.end > from) || c.lexicon.grammar.reportedClause.test(c.text.slice(from, to)));

const opensSentence = (c: FigureContext, p: TimeExpression): boolean => opensWithTime(c.text, p);

/** An expression in another clause than the figure's, which does not open the sentence. */
const otherClause = (c: FigureContext, p: TimeExpression): boolean =>
  !opensSentence(c, p) && (p.end <= c.figure.mention.start ? broken(c, p.end, c.figure.mention.start) : broken(c, c.figure.phraseEnd, p.start));

/**
 * The figures an expression belongs to: the one it stands nearest to, within its clause (none when
 * a clause break parts them all), and when it ends a list, the rest of that list.
 */
const ownersCache = perSentence<TimeExpression, { direct: Figure | null; list: Figure[] }>();
const ownersOf = (c: FigureContext, expression: TimeExpression) => ownersCache(c, expression, () => findOwners(c, expression));
function findOwners(c: FigureContext, expression: TimeExpression): { direct: Figure | null; list: Figure[] } {
  let best: { index: number; distance: number } | undefined;
  for (const [index, figure] of c.figures.entries()) {
    const distance = distanceTo(c, expression, figure);
    if (!best || distance < best.distance) best = { index, distance };
  }
  if (!best || best.distance >= CLAUSE_BREAK_DISTANCE) return { direct: null, list: [] };
  const nearest = c.figures[best.index]!;
  const gap = c.text.slice(nearest.phraseEnd, expression.start);
  if (expression.start < nearest.phraseEnd || !RIGHT_AFTER.test(gap)) return { direct: nearest, list: [nearest] };
  // "… and 2 tanks in the past day" ends its list; after a comma ("…, during the June-July
  // counteroffensive") it ends the whole clause.
  const scope = gap.includes(',')
    ? c.figures.filter((f) => f.mention.start <= nearest.mention.start && !broken(c, f.phraseEnd, expression.start))
    : c.figures.filter((f) => f.list === nearest.list && f.mention.start <= nearest.mention.start);
  return { direct: nearest, list: scope };
}

/**
 * The expression a figure falls under: one right beside it, else one right beside the end of its
 * list or clause, else the one it stands nearest to, else one another figure of its list (or the
 * figure it is part of) falls under ("Since Monday, Russia has lost 5,340 troops, 100 …"), else
 * one in its clause (or opening the sentence) that no figure stands right beside. A weak hint
 * ("total losses") counts only where nothing else does.
 */
const governingCache = perSentence<Figure, TimeExpression | undefined>();
const governing = (c: FigureContext) => governingCache(c, c.figure, () => findGoverning(c));
function findGoverning(c: FigureContext): TimeExpression | undefined {
  const byDistance = [...c.periods].sort((a, b) => distanceTo(c, a, c.figure) - distanceTo(c, b, c.figure));
  const owners = new Map(byDistance.map((p) => [p, ownersOf(c, p)] as const));
  for (const strength of [false, true]) {
    const candidates = byDistance.filter((p) => Boolean(p.weak) === strength);
    const direct = (p: TimeExpression) => owners.get(p)!.direct;
    const adjacent = (p: TimeExpression) => direct(p) !== null && distanceTo(c, p, direct(p)!) <= ADJACENT;
    const found =
      candidates.find((p) => direct(p) === c.figure && adjacent(p)) ??
      // "In November, … 17,060, as well as another 17,080 in December": paired months, each its own.
      candidates.find((p) => adjacent(p) && owners.get(p)!.list.includes(c.figure) && !candidates.some((q) => direct(q) === c.figure && q.value.type === p.value.type)) ??
      candidates.find((p) => direct(p) === c.figure) ??
      candidates.find((p) => owners.get(p)!.list.includes(c.figure)) ??
      // "lost over 43,000 troops and about 5,000 items, including 26 aircraft and 25 Leopard tanks since it launched its counteroffensive": the whole shares the period of its parts.
      candidates.find((p) => wholeOfPartsIn(c, owners.get(p)!.list)) ??
      candidates.find((p) => direct(p) !== null && direct(p) !== c.figure && (direct(p)!.list === c.figure.list || direct(p) === c.figure.partOfBefore)) ??
      // "… 483 drones since June 4, as well as having destroyed 43 howitzers": a clause that goes on from the figures before takes their period;
      // so does a part named right after it ("480 soldiers over the past day, with over 220 near Pokrovsk").
      candidates.find((p) => adjacent(p) && direct(p)!.mention.start < p.start && p.end <= c.figure.mention.start && !broken(c, p.end, c.figure.mention.start) && (c.lexicon.grammar.continues.test(c.text.slice(p.end, c.figure.mention.start)) || c.lexicon.grammar.partOfBefore.test(c.text.slice(p.end, c.figure.mention.start)))) ??
      candidates.find((p) => {
        // "31 drones, putting the total at 9,611": a running total's lead-in reaches forward only.
        if (adjacent(p) || (p.forward && p.start >= c.figure.mention.end)) return false;
        const [from, to] = p.end <= c.figure.mention.start ? [p.end, c.figure.mention.start] : [c.figure.phraseEnd, p.start];
        return !broken(c, from, to) || (opensSentence(c, p) && !c.tags.breaks.some((b) => b.start < to && b.end > from));
      });
    if (found) return found;
  }
  return undefined;
}

/** Whether `parts` (a list an expression ends) are parts of this figure's list, named after it with "including" and no clause break between. */
function wholeOfPartsIn(c: FigureContext, parts: Figure[]): boolean {
  const first = parts[0];
  if (!first || parts.includes(c.figure) || first.mention.start <= c.figure.mention.start || broken(c, c.figure.phraseEnd, first.mention.start)) return false;
  const between = c.figures.filter((f) => f.mention.start >= c.figure.mention.start && f.mention.start <= first.mention.start);
  return between.some((f, i) => i > 0 && c.lexicon.grammar.includingBefore.test(c.text.slice(between[i - 1]!.phraseEnd, f.mention.start)));
}

const at = (c: FigureContext): Span => ({ start: c.figure.mention.start, end: c.figure.mention.end });
const time = (value: TimeValue): PeriodChoice => ({ time: value });

/** Where a named period starts, as the text names it ("in October 2023" → October 2023), if it has a start. */
function startOf(value: TimeValue): DateRef | null {
  if (value.type === 'month') return { month: value.month, year: value.year };
  if (value.type === 'year') return { year: value.year };
  if (value.type === 'since' || value.type === 'between') return value.from;
  if (value.type === 'day' && typeof value.ref === 'object') return value.ref;
  return null;
}

/** The first day of a period read before, as a date. */
function dateOf(period: Period | null): DateRef | null {
  const start = period?.start;
  if (!start) return null;
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  return { date: { year, month: month - 1, day } };
}

/** The longest span a perfect tense may continue ("over the past week … Kiev has lost"); a span without a dated start is taken to last this long. */
const SHORT_SPAN_DAYS = 31;

/** Whether a figure fits a short span in force: its metrics' daily maximum over the span's days. Longer spans ("earlier this year") that a perfect tense follows give way to a running total. */
const shortSpanCanHold = (span: Period, figure: Figure): boolean => {
  const days = span.start && span.end ? daysCovered(span.start, span.end) : SHORT_SPAN_DAYS;
  return days <= SHORT_SPAN_DAYS && dailyMaximumOf(figure) * days >= figure.mention.value;
};

/** The daily maximum the figure's metrics allow together, or Infinity when any has none. */
const dailyMaximumOf = (figure: Figure): number =>
  figure.metric.split('+').reduce((most, metric) => most + (metricDefinition(metric as MetricName)?.dailyMaximum ?? Infinity), 0);

/** Whether one day of the war could hold the figure. */
const oneDayCanHold = (figure: Figure): boolean => dailyMaximumOf(figure) >= figure.mention.value;

const sameList = (c: FigureContext): Figure[] => c.figures.filter((f) => f.list === c.figure.list);

/** The clause of the figure (from the last clause break before it to the next after it). */
const runningTotalCache = perSentence<Figure, boolean>();
/** A perfect tense or another running-total cue in the figure's clause ("has lost", "had been killed"). */
const runningTotalInClause = (c: FigureContext) => runningTotalCache(c, c.figure, () => c.lexicon.grammar.runningTotal.test(clauseOf(c)));
const clauseCache = perSentence<Figure, string>();
const clauseOf = (c: FigureContext) => clauseCache(c, c.figure, () => findClause(c));
function findClause(c: FigureContext): string {
  const { start, end } = c.figure.mention;
  const before = c.tags.breaks.filter((b) => b.end <= start).pop()?.end ?? 0;
  const after = c.tags.breaks.find((b) => b.start >= end)?.start ?? c.text.length;
  return c.text.slice(before, after);
}

/**
 * The period in force applies to this figure: its claimant speaks on, and the sentence names no
 * period of its own; a day goes on also past one another clause names ("Kiev has lost up to 125
 * soldiers, while … Kiev lost up to 115 in the past 24 hours").
 */
function inForce(c: FigureContext, kinds: ReadonlyArray<'span' | 'cumulative' | 'day'>, held = c.discourse.period) {
  if (!held || !kinds.includes(held.period.kind)) return null;
  if (held.period.kind === 'day' ? c.periods.some((p) => !otherClause(c, p)) : c.periods.some((p) => !p.weak || held.period.kind !== 'span')) return null;
  // "lost 593,410 troops over 2024, the ministry said on Thursday. … downed 97 drones, it said on Thursday": a span over before the sentence's own statement day does not go on into it.
  if (held.period.kind === 'span' && held.period.end && c.statement && 'day' in c.statement && held.period.end < c.statement.day) return null;
  // The same claimant, or another of the same side (the General Staff after the ministry), speaks on;
  // a claimant outside the sides (NATO) hands its period to no one else ("Russia … said on March 2 that 498 …").
  const claimant = c.claimant.value;
  if (held.group === null) return !claimant || held.source === null || held.source === claimant.name ? held.period : null;
  return claimant?.group == null || held.group === claimant.group ? held.period : null;
}

/** A claimant group that counts the war from outside it (no belligerent's): it publishes estimates of totals, not daily updates. */
const onlooker = (group: SourceGroup | null): boolean => group !== null && sideOfGroup(group) === null;

/** Days a period named "the week", "the month" or "the year" may cover. */
const UNIT_DAYS: Record<string, readonly [number, number]> = { week: [5, 8], month: [28, 31], year: [300, 366] };

/** Whether a period can be what "during the week" (month, year) refers to; the current month or year runs up to the article. */
function lasts(period: Period, unit: string): boolean {
  if (!period.start || !period.end) return period.kind === 'span';
  const days = daysCovered(period.start, period.end);
  const [least, most] = UNIT_DAYS[unit]!;
  return days <= most && (days >= least || (unit !== 'week' && /-01$/.test(period.start)));
}

export const PERIOD_RULES: ReadonlyArray<Rule<FigureContext, PeriodChoice>> = [
  rule('period.increment', '"(+12)" beside a running total: the day of the report', (c) =>
    c.figure.mention.increment ? { value: time({ type: 'day', ref: 'statement' }), span: at(c) } : null),
  rule('period.rate', '"1,271 a day", "per day", "the average daily losses amounted to": a daily figure, on no one day', (c) => {
    // After the figure's noun ("1,271 people a day") or before it ("983 per day killed and wounded").
    for (const from of [c.figure.phraseEnd, c.figure.mention.end]) {
      const after = c.lexicon.time.rateAfter.exec(c.text.slice(from));
      if (after) return { value: time({ type: 'rate', per: after.groups?.month ? 'month' : 'day' }), span: { start: from, end: from + after[0].length } };
    }
    const own = governing(c);
    // "… per day, roughly 38,000 for the month": a period named right after the figure is its own.
    const anaphora = inSentence(c, c.lexicon.time.anaphora);
    if (anaphora && anaphora.index >= c.figure.phraseEnd && anaphora.index - c.figure.phraseEnd <= 3) return null;
    if (own?.value.type === 'rate') return { value: time(own.value), span: own };
    // "On average, since the beginning of the year, the enemy has been losing 800 personnel and 120 units of weapons every day": the rate word after the list.
    const average = inSentence(c, c.lexicon.time.averageCue);
    const rateAfterList = average && average.index < c.figure.mention.start ? c.periods.find((p) => p.value.type === 'rate' && p.start >= c.figure.phraseEnd && !otherClause(c, p)) : undefined;
    if (rateAfterList) return { value: time(rateAfterList.value), span: rateAfterList };
    // "average daily losses … in June 2025 were approximately 1,080": a rate before the figure in its clause,
    // no other figure between, outweighs the month it is the average of.
    if (own?.value.type !== 'month') return null;
    const rate = c.periods.findLast((p) => p.value.type === 'rate' && p.end <= c.figure.mention.start && !otherClause(c, p));
    const between = rate && c.tags.numbers.some((n) => n.start >= rate.end && n.end <= c.figure.mention.start);
    return rate && !between ? { value: time(rate.value), span: rate } : null;
  }),
  rule('period.respectively', '"2,100 and 1,950 in March and April, respectively", "during July and August, with 1,520 and 1,517 destroyed, respectively": each figure its own period, in order', (c) => {
    if (!inSentence(c, c.lexicon.grammar.respectively)) return null;
    const list = sameList(c);
    const after = c.periods.filter((p) => p.start >= list[list.length - 1]!.phraseEnd);
    const before = c.periods.filter((p) => p.end <= list[0]!.mention.start).slice(-list.length);
    const periods = after.length === list.length ? after : after.length === 0 && before.length === list.length ? before : null;
    if (!periods) return null;
    const own = periods[list.indexOf(c.figure)]!;
    return { value: time(own.value), span: own };
  }),
  rule('period.recordDay', '"the highest number … in a single day": a day the text does not date', (c) => {
    const own = governing(c);
    if (!own || own.value.type !== 'day' || own.value.ref !== 'statement') return null;
    const words = c.text.slice(own.start, own.end);
    return inSentence(c, c.lexicon.time.undatedDayContext) && !c.lexicon.time.updateDay.test(words) ? { value: time({ type: 'day', ref: 'undated' }), span: own } : null;
  }),
  rule('period.totalAsOf', '"As of Jan. 19, Russia has lost 818,740 troops since the invasion", "by the end of May … since launching the invasion", "the number killed since the invasion at 100,000 in November": a running total stated as of a day or month', (c) => {
    const own = governing(c);
    if (!own) return null;
    const inClause = (p: TimeExpression) => (p.end <= c.figure.mention.start ? !broken(c, p.end, c.figure.mention.start) || opensSentence(c, p) : !broken(c, c.figure.phraseEnd, p.start));
    if (own.value.type === 'war') {
      // … or "By the end of May 2025 russia likely incurred 980,000 casualties since launching the invasion".
      const asOf = c.periods.find((p) => (p.value.type === 'asOf' || p.value.type === 'byEndOf') && inClause(p));
      return asOf ? { value: time(asOf.value), span: asOf } : null;
    }
    if (own.value.type !== 'month') return null;
    // The running total named before the figure governs it; the month after it is when it was stated.
    const war = c.periods.find((p) => p.value.type === 'war' && !p.weak && !p.forward && p.end <= c.figure.mention.start && own.start >= c.figure.phraseEnd && inClause(p));
    return war ? { value: time(war.value), span: war } : null;
  }),
  rule('period.totalOnDay', '"on Wednesday, … the estimate of 30,000 casualties", "losses reached 700,000 on October 25", "on March 25 with a death toll of 1,351": a named day no day\'s losses could fill, or a toll, dates a running total (the invasion\'s own day starts one)', (c) => {
    const own = governing(c);
    if (own?.value.type !== 'day' || typeof own.value.ref !== 'object') return null;
    const toll = c.lexicon.metrics.tollNoun.test(c.text.slice(c.figure.metricSpan.start, c.figure.metricSpan.end));
    if (!toll && sameList(c).every(oneDayCanHold)) return null;
    // "Russia's loss of 650,640 troops since their full-scale [invasion] on February 24, 2022": the invasion's own day starts a running total.
    const ref = own.value.ref;
    const invasionDay = 'date' in ref && ref.date.year === 2022 && ref.date.month === 1 && ref.date.day === 24;
    return { value: time(invasionDay ? { type: 'war' } : { type: 'asOf', date: ref }), span: own };
  }),
  rule('period.ownExpression', '"in the past 24 hours", "since Monday", "in September", "since the start of the war": the expression the figure falls under (a hint like "total losses" yields to an operation in force: "Total losses of Russia in the Kursk region — 20,842" after "during the Kursk operation")', (c) => {
    const own = governing(c);
    if (own?.weak && inForce(c, ['span'])?.start === null) return null;
    return own ? { value: time(own.value), span: own } : null;
  }),
  rule('period.leadInTotal', '"Russia has lost the following since the invasion:" then "* One submarine": the running total a list\'s lead-in names is each item\'s', (c) => {
    const end = c.sentence.leadInEnd;
    if (end === undefined || c.figure.mention.start < end) return null;
    const total = c.periods.filter((p) => p.end <= end && p.value.type === 'war' && !p.forward).pop();
    return total ? { value: time(total.value), span: total } : null;
  }),
  rule('period.sinceThen', '"Since October 2023, Russia has been on the offensive. Since then, its losses have increased to 365 tanks": from the start of the period named before to the statement', (c) => {
    const m = inSentence(c, c.lexicon.time.sinceAnaphora);
    if (!m) return null;
    const span = { start: m.index, end: m.index + m[0].length };
    const named = c.periods.filter((p) => p.end <= m.index && !p.weak && !p.forward).pop();
    const from = named ? startOf(named.value) : dateOf(c.discourse.referred ?? c.discourse.named ?? c.discourse.period?.period ?? null);
    return { value: time(from ? { type: 'since', from } : { type: 'operation', from: null }), span };
  }),
  rule('period.anaphora', '"during this period", "over the given period": the period named before — earlier in the sentence ("captured … in May-August, while … 130,160 casualties for the same period"), else in the sentences before', (c) => {
    const m = inSentence(c, c.lexicon.time.anaphora);
    if (!m) return null;
    const span = { start: m.index, end: m.index + m[0].length };
    const named = c.periods.filter((p) => p.end <= m.index && !p.weak && !p.forward && p.value.type !== 'rate' && p.value.type !== 'day').pop();
    if (named) return { value: time(named.value), span: named };
    const earlier = c.discourse.referred ?? c.discourse.named ?? c.discourse.period?.period;
    const unit = /\b(week|month|year)\b/i.exec(m[0])?.[1]!.toLowerCase();
    if (earlier && (!unit || lasts(earlier, unit))) return { value: { period: earlier }, span };
    return { value: time(unit === 'week' ? { type: 'lastDays', days: 7 } : { type: 'undatedSpan' }), span };
  }),
  rule('period.spanInForce', 'no period of its own after figures for an operation, a week or a month: that period goes on ("Kiev has lost over 3,620 soldiers" in a weekly report), unless a perfect tense gives a figure the period could not hold', (c) => {
    const held = inForce(c, ['span']);
    if (held && runningTotalInClause(c) && !shortSpanCanHold(held, c.figure)) return null;
    return held ? { value: { period: held }, span: at(c) } : null;
  }),
  rule('period.totalInForce', '"Russia has also lost 10,858 tanks" after a running total: the running total goes on', (c) => {
    const held = inForce(c, ['cumulative']);
    if (!held) return null;
    const goesOn = c.figure.carried || inSentence(c, c.lexicon.grammar.continues) || runningTotalInClause(c) || sameList(c).some((f) => !oneDayCanHold(f));
    return goesOn ? { value: { period: held }, span: at(c) } : null;
  }),
  rule('period.dayGoesOn', '"Kiev has also lost 430 servicepeople", "Ukraine has lost up to 495 soldiers" after a day\'s figures, "has also destroyed two drones" after the update\'s: the day goes on', (c) => {
    // The update's day, which no words named, goes on only for figures said to come on top of its own.
    const held = inForce(c, ['day']) ?? (inSentence(c, c.lexicon.grammar.continues) && runningTotalInClause(c) ? inForce(c, ['day'], c.discourse.updateDay) : null);
    return held && (inSentence(c, c.lexicon.grammar.continues) || runningTotalInClause(c)) && sameList(c).every(oneDayCanHold) ? { value: { period: held }, span: at(c) } : null;
  }),
  rule('period.runningTotalVerb', '"Russia has now lost 6,900 tanks", "had been killed": a perfect tense makes a running total', (c) => {
    const m = runningTotalInClause(c);
    return m ? { value: time({ type: 'war' }), span: at(c) } : null;
  }),
  rule('period.beyondOneDay', '"the loss of 30,110 vehicles": a figure no day of the war has come near (in a list, any of its figures) is a running total', (c) =>
    sameList(c).some((f) => !oneDayCanHold(f)) ? { value: time({ type: 'war' }), span: at(c) } : null),
  rule('period.listTotalGoesOn', '"- warships — 28" then "- submarines — 1": a list item after one that gave a running total gives one too', (c) =>
    c.sentence.listItem && c.discourse.listTotal ? { value: { period: c.discourse.listTotal }, span: at(c) } : null),
  rule('period.dayInForce', '"the Defense Forces destroyed 4 tanks" after "yesterday": the day goes on', (c) => {
    const held = inForce(c, ['day']);
    return held ? { value: { period: held }, span: at(c) } : null;
  }),
  rule('period.onlookersTotal', '"at least 100 North Korean soldiers were killed, a South Korean lawmaker said": an onlooker\'s count with no period (intelligence, officials abroad, researchers) is a running total', (c) =>
    c.periods.length === 0 && onlooker(c.claimant.value?.group ?? null) ? { value: time({ type: 'war' }), span: at(c) } : null),
  rule('period.updateDay', 'no period at all: the day of the update', (c) =>
    ({ value: time(inSentence(c, c.lexicon.time.undatedDayContext) ? { type: 'day', ref: 'undated' } : { type: 'day', ref: 'statement' }), span: at(c) })),
];

/** The day a figure's sentence dates it by ("on October 25"), which "a day earlier" and "(+12)" count from. */
export function datedDay(c: FigureContext): TimeExpression | undefined {
  const own = governing(c);
  return c.periods.find(
    (p) => p.value.type === 'day' && typeof p.value.ref === 'object' && (own?.value.type === 'dayBefore' || c.figure.mention.increment || ownersOf(c, p).list.includes(c.figure)),
  );
}

// Stage: the same claim stated twice (headline and body, caption and text) is one claim; it
// keeps the body's sentence, which says more than a headline.
import type { IsoDate, LocatedClaim, Period } from '../../core/claim.js';
import { daysCovered } from '../../core/calendar.js';
import type { Draft } from './discourse.js';

/** A small count met twice in the body is more often a coincidence ("two howitzers" from each of two units) than the same claim restated. */
const SMALL_COUNT = 20;
const isSmall = (claim: LocatedClaim) => claim.value < SMALL_COUNT && claim.unit === 'count';

/** One metric is the other, or a combination that includes it ("armored_vehicles+vehicles" and "vehicles"): the broader one. */
function broaderMetric(a: string, b: string): string | null {
  if (a === b) return a;
  const [as, bs] = [a.split('+'), b.split('+')];
  if (bs.every((m) => as.includes(m))) return a;
  if (as.every((m) => bs.includes(m))) return b;
  return null;
}

/** Days between two dates, or Infinity when either is unknown. */
const daysApart = (a: string | null, b: string | null): number =>
  a && b ? Math.abs(daysCovered(a < b ? a : b, a < b ? b : a) - 1) : Infinity;

/** How far apart two statements of one small count may stand and still be one claim restated. */
const RESTATED_WITHIN = 500;

function samePeriod(x: Draft, y: Draft): boolean {
  const [a, b] = [x.claim.period, y.claim.period];
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.start === null || b.start === null) return true;
  // "over the past day" in the lead and "yesterday" in the quote: one update, a day apart; two
  // calendar dates a day apart are two days.
  if (a.kind === 'day') return a.start === b.start || (daysApart(a.start, b.start) <= 1 && (x.dating === 'relative' || y.dating === 'relative'));
  return a.start === b.start && (a.end === null || b.end === null || daysApart(a.end, b.end) <= 1);
}

/** The figures of each sentence, by where its quote starts. */
type FiguresBySentence = Map<number, Draft[]>;
const figureKey = (d: Draft) => `${d.claim.metric}|${d.claim.value}|${d.claim.valueMax}`;

/**
 * A sentence that restates a small count of another either says nothing more for that period or
 * says again another of its figures; one with figures of its own for the period ("Battlegroup Yug
 * eliminated 235 soldiers, one APC and three motor vehicles" after Tsentr's "three motor
 * vehicles") counts anew. A running total beside a restated day's figure ("tanks — 12,251 (+4)")
 * is no figure of its own for the day.
 */
function restatesSentence(earlier: Draft, later: Draft, figures: FiguresBySentence): boolean {
  const own = figureKey(later);
  const kind = later.claim.period?.kind;
  const laterFigures = (figures.get(later.claim.quoteStart) ?? []).filter((d) => d.claim.period?.kind === kind).map(figureKey).filter((k) => k !== own);
  const earlierFigures = new Set((figures.get(earlier.claim.quoteStart) ?? []).map(figureKey));
  return laterFigures.length === 0 || laterFigures.some((k) => earlierFigures.has(k));
}

function sameFigure(x: Draft, y: Draft, headline: boolean, figures: FiguresBySentence): boolean {
  const [a, b] = [x.claim, y.claim];
  const sameSubject = a.subject === b.subject || (headline && (a.subject === null || b.subject === null));
  if (a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit || a.kind !== b.kind || !sameSubject || !broaderMetric(a.metric, b.metric)) return false;
  // A headline rarely says the period; its twin in the body does.
  if (headline) return true;
  // Two figures of one sentence, or two claimants' figures, are two claims ("the General Staff and the UK both put it at 1 million").
  if (a.quoteStart === b.quoteStart || (a.sourceGroup !== null && b.sourceGroup !== null && a.sourceGroup !== b.sourceGroup)) return false;
  // A small count met twice is more often a coincidence ("two howitzers" from each of two units)
  // than the same claim restated, unless it comes again soon, from the same side, for the same day.
  if (isSmall(a) && a.quoteStart !== b.quoteStart) {
    const restated = Math.abs(b.quoteStart - a.quoteEnd) <= RESTATED_WITHIN && a.sourceGroup === b.sourceGroup && x.dating !== 'none' && y.dating !== 'none' && restatesSentence(x, y, figures);
    return restated && a.period !== null && b.period !== null && a.period.start !== null && a.period.start === b.period.start && a.period.end === b.period.end;
  }
  return samePeriod(x, y);
}

/** Of two periods of one claim, the one that says more: a start, or an end the text dated rather than the publication day. */
function betterPeriod(kept: Period | null, other: Period | null, published: IsoDate | null): Period | null {
  if (!kept || !other) return kept ?? other;
  if (kept.start === null && other.start !== null) return other;
  if (kept.kind !== 'day' && kept.end === published && other.end !== null && other.end !== published) return other;
  return kept;
}

/** Merges twins, in one pass: only drafts of the same figure are compared, so a long article stays linear. */
export function mergeRepeats(drafts: Draft[], published: IsoDate | null): LocatedClaim[] {
  const kept: Draft[] = [];
  const byFigure = new Map<string, Draft[]>();
  const bucket = (key: string) => byFigure.get(key) ?? byFigure.set(key, []).get(key)!;
  const figures: FiguresBySentence = new Map();
  for (const d of drafts) (figures.get(d.claim.quoteStart) ?? figures.set(d.claim.quoteStart, []).get(d.claim.quoteStart)!).push(d);
  for (const draft of drafts) {
    const claim = draft.claim;
    const key = `${claim.value}|${claim.valueMax}|${claim.unit}|${claim.kind}`;
    // Small counts are compared with the last few of their value only, and with headlines.
    const small = isSmall(claim) && !draft.headline;
    const candidates = small ? [...(byFigure.get(`${key}|headline`) ?? []), ...bucket(`${key}|small`).slice(-3)] : bucket(key);
    const twin = candidates.find((k) => sameFigure(k, draft, k.headline || draft.headline, figures));
    if (!twin) {
      kept.push(draft);
      bucket(small ? `${key}|small` : key).push(draft);
      if (draft.headline) bucket(`${key}|headline`).push(draft);
      continue;
    }
    const t = twin.claim;
    if (twin.headline && !draft.headline) {
      // The body says more, its dates included: a headline's day is often only the publication's.
      const evidence = claim.source ? claim.evidence : [...claim.evidence.filter((e) => e.attribute !== 'source'), ...t.evidence.filter((e) => e.attribute === 'source')];
      Object.assign(t, { quote: claim.quote, quoteStart: claim.quoteStart, quoteEnd: claim.quoteEnd, period: claim.period, qualifier: claim.qualifier, evidence });
      if (claim.source) Object.assign(t, { source: claim.source, sourceGroup: claim.sourceGroup });
      // It now stands for the body's sentence, and is dated as that sentence dated it.
      twin.headline = false;
      twin.dating = draft.dating;
    }
    t.metric = broaderMetric(t.metric, claim.metric) ?? t.metric;
    t.subject ??= claim.subject;
    t.period = betterPeriod(t.period, claim.period, published);
    if (!t.source && claim.source) Object.assign(t, { source: claim.source, sourceGroup: claim.sourceGroup });
  }
  return kept.filter((d) => !(d.headline && kept.some((body) => !body.headline && roundedFrom(d.claim, body.claim)))).map((d) => d.claim);
}

/** How far a headline's round figure may stand from the body's figure it rounds. */
const ROUNDING = 0.1;

/**
 * A headline's round figure that rounds the body's ("over 1,400 soldiers" for 1,440, "one and a half
 * thousand" for 1,420): the body's claim, said again; the side the qualifier leaves open stays so.
 */
function roundedFrom(headline: LocatedClaim, body: LocatedClaim): boolean {
  const [h, b] = [headline.value, body.value];
  if (headline.unit !== body.unit || headline.kind !== body.kind || headline.subject !== body.subject || !broaderMetric(headline.metric, body.metric)) return false;
  if (h === b || h % 100 !== 0 || b % 100 === 0 || headline.valueMax !== null || body.valueMax !== null) return false;
  const near = Math.abs(h - b) <= h * ROUNDING;
  if (headline.qualifier === 'atLeast') return near && b > h;
  if (headline.qualifier === 'atMost') return near && b < h;
  return near;
}

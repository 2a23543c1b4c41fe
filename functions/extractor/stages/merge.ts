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

/** Periods read from a figure's size or from no words at all ("with over 46,000 casualties reported" is a running total only by its size). */
const GUESSED_PERIOD_RULES = new Set(['period.beyondOneDay', 'period.updateDay', 'period.onlookersTotal']);
/** Periods read from the figure's own words ("46,000 casualties in October"). */
const STATED_PERIOD_RULES = new Set(['period.ownExpression', 'period.respectively', 'period.totalAsOf', 'period.totalOnDay', 'period.anaphora', 'period.sinceThen']);
/** A large figure said again without its period: the period one statement reads from its words, the other only guesses. */
const restatedWithoutPeriod = (x: Draft, y: Draft): boolean =>
  (GUESSED_PERIOD_RULES.has(x.periodRule) && STATED_PERIOD_RULES.has(y.periodRule)) || (GUESSED_PERIOD_RULES.has(y.periodRule) && STATED_PERIOD_RULES.has(x.periodRule));

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
  const earlierDrafts = figures.get(earlier.claim.quoteStart) ?? [];
  const earlierFigures = new Set(earlierDrafts.map(figureKey));
  // "Sever … 190 soldiers, two armored vehicles, 16 motor vehicles" then "Dnepr … 55 troops, two armored vehicles, 15 motor vehicles": other values of its metrics are another unit's report.
  const earlierMetrics = new Set(earlierDrafts.map((d) => d.claim.metric));
  const otherValues = laterFigures.some((k) => !earlierFigures.has(k) && earlierMetrics.has(k.split('|')[0]!));
  return laterFigures.length === 0 || (laterFigures.some((k) => earlierFigures.has(k)) && !otherValues);
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
    // Dated, or a lead and the claimant's words it paraphrases ("Moscow said it downed 11 drones. “Duty air defences intercepted 11 drones …,” the ministry said").
    const sameDay = (x.dating !== 'none' && y.dating !== 'none') || !!x.quoted !== !!y.quoted;
    const restated = Math.abs(b.quoteStart - a.quoteEnd) <= RESTATED_WITHIN && a.sourceGroup === b.sourceGroup && sameDay && restatesSentence(x, y, figures);
    return restated && a.period !== null && b.period !== null && a.period.start !== null && a.period.start === b.period.start && a.period.end === b.period.end;
  }
  return samePeriod(x, y) || restatedWithoutPeriod(x, y);
}

/** Of two periods of one claim, the one that says more: a start, or an end the text dated rather than the publication day. */
function betterPeriod(kept: Period | null, other: Period | null, published: IsoDate | null): Period | null {
  if (!kept || !other) return kept ?? other;
  if (kept.start === null && other.start !== null) return other;
  if (kept.kind !== 'day' && kept.end === published && other.end !== null && other.end !== published) return other;
  return kept;
}

/**
 * Merges twins in one pass, in the article's order: only drafts of the same figure are compared, so
 * a long article stays linear. A sentence's drafts are read as it gives them and merged once no
 * later sentence can change them (`settle`), so a long article holds only its distinct claims.
 */
export class Repeats {
  private readonly kept: Draft[] = [];
  private readonly byFigure = new Map<string, Draft[]>();
  /** The figures of the sentences a small count may still be compared with (see restatesSentence). */
  private readonly figures: FiguresBySentence = new Map();
  private readonly waiting: Draft[] = [];
  constructor(private readonly published: IsoDate | null) {}

  /** A sentence's drafts, as it gives them. */
  read(drafts: readonly Draft[]): void {
    for (const d of drafts) {
      (this.figures.get(d.claim.quoteStart) ?? this.figures.set(d.claim.quoteStart, []).get(d.claim.quoteStart)!).push(d);
      this.waiting.push(d);
    }
  }

  /** Merges the drafts waiting at the front that no later sentence can change; `open` tells those that still may be. */
  settle(open: (draft: Draft) => boolean): void {
    let settled = 0;
    while (settled < this.waiting.length && !open(this.waiting[settled]!)) settled++;
    for (const draft of this.waiting.splice(0, settled)) this.merge(draft);
  }

  /** The claims, every draft merged. */
  claims(): LocatedClaim[] {
    this.settle(() => false);
    const kept = this.kept;
    return kept.filter((d) => !(d.headline && kept.some((body) => !body.headline && roundedFrom(d.claim, body.claim)))).map((d) => d.claim);
  }

  private bucket(key: string): Draft[] {
    return this.byFigure.get(key) ?? this.byFigure.set(key, []).get(key)!;
  }

  private merge(draft: Draft): void {
    const claim = draft.claim;
    // A small count is compared only with sentences ending at most RESTATED_WITHIN before it: the figures of those before are let go.
    for (const [start, drafts] of this.figures) {
      if (drafts[0]!.claim.quoteEnd >= claim.quoteStart - RESTATED_WITHIN) break;
      this.figures.delete(start);
    }
    const key = `${claim.value}|${claim.valueMax}|${claim.unit}|${claim.kind}`;
    // Small counts are compared with the last few of their value only, and with headlines.
    const small = isSmall(claim) && !draft.headline;
    const candidates = small ? [...(this.byFigure.get(`${key}|headline`) ?? []), ...this.bucket(`${key}|small`).slice(-3)] : this.bucket(key);
    const twin = candidates.find((k) => sameFigure(k, draft, k.headline || draft.headline, this.figures));
    if (!twin) {
      this.kept.push(draft);
      this.bucket(small ? `${key}|small` : key).push(draft);
      if (draft.headline) this.bucket(`${key}|headline`).push(draft);
      return;
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
    // The claimant's own words, where they qualify it, say how exact it is: "100 soldiers were killed" in the lead, then "at least 100 deaths," he said.
    if (draft.quoted && !twin.quoted && claim.qualifier !== 'exact' && claim.qualifier !== t.qualifier) {
      Object.assign(t, { qualifier: claim.qualifier, evidence: [...t.evidence.filter((e) => e.attribute !== 'qualifier'), ...claim.evidence.filter((e) => e.attribute === 'qualifier')] });
    }
    t.metric = broaderMetric(t.metric, claim.metric) ?? t.metric;
    t.subject ??= claim.subject;
    if (GUESSED_PERIOD_RULES.has(twin.periodRule) && STATED_PERIOD_RULES.has(draft.periodRule)) {
      // The period the later statement reads from its words replaces the one the first only guessed.
      Object.assign(t, { period: claim.period, evidence: [...t.evidence.filter((e) => e.attribute !== 'period'), ...claim.evidence.filter((e) => e.attribute === 'period')] });
      twin.periodRule = draft.periodRule;
    } else t.period = GUESSED_PERIOD_RULES.has(draft.periodRule) && STATED_PERIOD_RULES.has(twin.periodRule) ? t.period : betterPeriod(t.period, claim.period, this.published);
    if (!t.source && claim.source) Object.assign(t, { source: claim.source, sourceGroup: claim.sourceGroup });
  }
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
  // The headline rounds to a coarser place than the body is written to: "over 9,000" for 9,300, "over 1,400" for 1,440.
  const place = h % 1000 === 0 ? 1000 : 100;
  if (h === b || h % 100 !== 0 || b % place === 0 || headline.valueMax !== null || body.valueMax !== null) return false;
  const near = Math.abs(h - b) <= h * ROUNDING;
  if (headline.qualifier === 'atLeast') return near && b > h;
  if (headline.qualifier === 'atMost') return near && b < h;
  return near;
}

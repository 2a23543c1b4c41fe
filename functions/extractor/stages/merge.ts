// Stage: the same claim stated twice (headline and body, caption and text) is one claim; it
// keeps the body's sentence, which says more than a headline.
import type { LocatedClaim } from '../../core/claim.js';
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

function sameFigure(a: LocatedClaim, b: LocatedClaim, headline: boolean): boolean {
  if (!headline && isSmall(a) && a.quoteStart !== b.quoteStart) return false;
  const sameSubject = a.subject === b.subject || (headline && (a.subject === null || b.subject === null));
  if (a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit || a.kind !== b.kind || !sameSubject || !broaderMetric(a.metric, b.metric)) return false;
  // A headline rarely says the period; its twin in the body does.
  if (headline) return true;
  if (!a.period || !b.period) return a.period === b.period;
  if (a.period.kind !== b.period.kind) return false;
  return (a.period.start === b.period.start && a.period.end === b.period.end) || a.period.start === null || b.period.start === null;
}

/** Merges twins, in one pass: only drafts of the same figure are compared, so a long article stays linear. */
export function mergeRepeats(drafts: Draft[]): LocatedClaim[] {
  const kept: Draft[] = [];
  const byFigure = new Map<string, Draft[]>();
  const bucket = (key: string) => byFigure.get(key) ?? byFigure.set(key, []).get(key)!;
  for (const draft of drafts) {
    const claim = draft.claim;
    const key = `${claim.value}|${claim.valueMax}|${claim.unit}|${claim.kind}`;
    // A small count in the body is twinned only within its own sentence or with a headline.
    const small = isSmall(claim) && !draft.headline;
    const candidates = small ? [...(byFigure.get(`${key}|headline`) ?? []), ...(byFigure.get(`${key}@${claim.quoteStart}`) ?? [])] : bucket(key);
    const twin = candidates.find((k) => sameFigure(k.claim, claim, k.headline || draft.headline));
    if (!twin) {
      kept.push(draft);
      bucket(small ? `${key}@${claim.quoteStart}` : key).push(draft);
      if (draft.headline) bucket(`${key}|headline`).push(draft);
      continue;
    }
    const t = twin.claim;
    if (twin.headline && !draft.headline) {
      // The body says more, its dates included: a headline's day is often only the publication's.
      const evidence = claim.source ? claim.evidence : [...claim.evidence.filter((e) => e.attribute !== 'source'), ...t.evidence.filter((e) => e.attribute === 'source')];
      Object.assign(t, { quote: claim.quote, quoteStart: claim.quoteStart, quoteEnd: claim.quoteEnd, period: claim.period, qualifier: claim.qualifier, evidence });
      if (claim.source) Object.assign(t, { source: claim.source, sourceGroup: claim.sourceGroup });
      twin.headline = false;
    }
    t.metric = broaderMetric(t.metric, claim.metric) ?? t.metric;
    t.subject ??= claim.subject;
    if (claim.period && t.period && t.period.start === null && claim.period.start !== null) t.period = claim.period;
    if (!t.source && claim.source) Object.assign(t, { source: claim.source, sourceGroup: claim.sourceGroup });
  }
  return kept.map((d) => d.claim);
}

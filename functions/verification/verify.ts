// Checks a claim against the official daily series. Pure: the caller looks the totals up.
import { contains, intervalOf } from '../aggregates/interval.js';
import type { Claim } from '../core/claim.js';
import { addDays } from '../core/calendar.js';

export type Verification = 'MATCHES' | 'MATCHES_LOSS_DAY' | 'CONSISTENT' | 'DIFFERS' | 'NO_REFERENCE';

/** The official series is the General Staff's; its figures reach the press through it and the MoD. */
const OFFICIAL_SOURCES = new Set(['General Staff of the Armed Forces of Ukraine', 'Ministry of Defence of Ukraine']);

/** Whether a claim is one the official series can confirm: a Ukrainian day figure or running total of Russian losses. */
export function isVerifiable(claim: Claim): boolean {
  return Boolean(
    claim.subject === 'Russia' &&
      claim.kind === 'loss' &&
      claim.unit === 'count' &&
      !claim.metric.includes('+') &&
      claim.source &&
      OFFICIAL_SOURCES.has(claim.source) &&
      claim.period &&
      ((claim.period.kind === 'day' && claim.period.start) || (claim.period.kind === 'cumulative' && claim.period.end)),
  );
}

/** The report dates whose totals verification needs. */
export function referenceDatesFor(claim: Claim): string[] {
  if (!isVerifiable(claim)) return [];
  if (claim.period!.kind === 'cumulative') return [claim.period!.end!];
  const day = claim.period!.start!;
  return [addDays(day, -1), day, addDays(day, 1)];
}

export interface VerificationResult {
  status: Verification;
  /** The official figure the claim was compared with (the day's difference, or the total). */
  officialValue: number | null;
}

/**
 * A running total is checked against the report of its date; a day figure against the difference
 * between that report and the one before, else the next report's difference, when the article
 * dates the figure by the day of the losses. MATCHES (MATCHES_LOSS_DAY) is equality; a bound, an
 * approximation or a range whose interval holds the official figure is CONSISTENT.
 */
export function verify(claim: Claim, totalOn: (date: string) => number | undefined): VerificationResult | null {
  if (!isVerifiable(claim)) return null;
  const exact = claim.qualifier === 'exact' && claim.valueMax === null;
  const interval = intervalOf(claim);
  const check = (official: number | undefined, matches: 'MATCHES' | 'MATCHES_LOSS_DAY'): VerificationResult | null => {
    if (official === undefined || !contains(interval, official)) return null;
    return { status: exact ? matches : 'CONSISTENT', officialValue: official };
  };
  if (claim.period!.kind === 'cumulative') {
    const total = totalOn(claim.period!.end!);
    if (total === undefined) return { status: 'NO_REFERENCE', officialValue: null };
    return check(total, 'MATCHES') ?? { status: 'DIFFERS', officialValue: total };
  }
  const day = claim.period!.start!;
  const dailyOf = (date: string) => {
    const today = totalOn(date);
    const before = totalOn(addDays(date, -1));
    return today === undefined || before === undefined ? undefined : today - before;
  };
  const reported = dailyOf(day);
  const found = check(reported, 'MATCHES') ?? check(dailyOf(addDays(day, 1)), 'MATCHES_LOSS_DAY');
  if (found) return found;
  if (reported === undefined) return { status: 'NO_REFERENCE', officialValue: null };
  return { status: 'DIFFERS', officialValue: reported };
}

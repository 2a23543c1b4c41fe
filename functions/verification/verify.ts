// Checks a claim against the official daily series. Pure: the caller looks the totals up.
import type { Claim } from '../core/claim.js';
import { addDays } from '../core/calendar.js';

export type Verification = 'MATCHES' | 'MATCHES_LOSS_DAY' | 'DIFFERS' | 'NO_REFERENCE';

/** The official series is the General Staff's; its figures reach the press through it and the MoD. */
const OFFICIAL_SOURCES = new Set(['General Staff of the Armed Forces of Ukraine', 'Ministry of Defence of Ukraine']);

/** Whether a claim is one the official series can confirm: a Ukrainian day figure or running total of Russian losses. */
export function isVerifiable(claim: Claim): boolean {
  return Boolean(
    claim.subject === 'Russia' &&
      claim.kind === 'loss' &&
      claim.unit === 'count' &&
      !claim.metric.includes('+') &&
      claim.valueMax === null &&
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
 * A running total matches the report of its date; a day figure matches the difference between
 * that report and the one before (MATCHES), or the next report's difference, when the article
 * dates the figure by the day of the losses (MATCHES_LOSS_DAY). Qualified figures ("more than")
 * match when the official value is on their side.
 */
export function verify(claim: Claim, totalOn: (date: string) => number | undefined): VerificationResult | null {
  if (!isVerifiable(claim)) return null;
  const agrees = (official: number) => {
    switch (claim.qualifier) {
      case 'atLeast':
        return official >= claim.value;
      case 'atMost':
        return official <= claim.value;
      case 'approx':
        return Math.abs(official - claim.value) <= Math.max(1, 0.05 * claim.value);
      default:
        return official === claim.value;
    }
  };
  if (claim.period!.kind === 'cumulative') {
    const total = totalOn(claim.period!.end!);
    if (total === undefined) return { status: 'NO_REFERENCE', officialValue: null };
    return { status: agrees(total) ? 'MATCHES' : 'DIFFERS', officialValue: total };
  }
  const day = claim.period!.start!;
  const dailyOf = (date: string) => {
    const today = totalOn(date);
    const before = totalOn(addDays(date, -1));
    return today === undefined || before === undefined ? undefined : today - before;
  };
  const reported = dailyOf(day);
  if (reported !== undefined && agrees(reported)) return { status: 'MATCHES', officialValue: reported };
  const nextReport = dailyOf(addDays(day, 1));
  if (nextReport !== undefined && agrees(nextReport)) return { status: 'MATCHES_LOSS_DAY', officialValue: nextReport };
  if (reported === undefined) return { status: 'NO_REFERENCE', officialValue: null };
  return { status: 'DIFFERS', officialValue: reported };
}

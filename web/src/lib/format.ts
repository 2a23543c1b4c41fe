// How figures, periods and claims read on the page.
import type { ClaimFieldsFragment } from '../api/generated.js';
import { QUALIFIER_SIGNS } from './domain.js';

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : numbers.format(value));

export function formatValue(claim: Pick<ClaimFieldsFragment, 'value' | 'valueMax' | 'qualifier' | 'unit'>): string {
  const money = claim.unit === 'USD' ? '$' : '';
  const range = claim.valueMax !== null ? `${money}${formatNumber(claim.value)}–${money}${formatNumber(claim.valueMax)}` : `${money}${formatNumber(claim.value)}`;
  return `${QUALIFIER_SIGNS[claim.qualifier]}${range}`;
}

export function formatPeriod(period: ClaimFieldsFragment['period']): string {
  if (!period) return 'undated';
  if (period.kind === 'CUMULATIVE') return `total to ${period.end ?? '?'}`;
  if (period.kind === 'DAY' || period.start === period.end) return period.end ?? period.start ?? 'a day, undated';
  if (!period.start && !period.end) return 'a span, undated';
  return `${period.start ?? '?'} – ${period.end ?? '?'}`;
}

export const VERIFICATION_TEXT: Record<string, string> = {
  MATCHES: 'matches the official figure',
  MATCHES_LOSS_DAY: 'matches the official figure for the day of the losses',
  CONSISTENT: 'consistent with the official figure',
  DIFFERS: 'differs from the official figure',
  NO_REFERENCE: 'no official figure for that date',
};

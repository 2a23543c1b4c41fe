import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../functions/core/claim.js';
import { verify } from '../../../functions/verification/verify.js';

const reports: Record<string, number> = { '2024-03-25': 437200, '2024-03-26': 438160, '2024-03-27': 439190 };
const totalOn = (date: string) => reports[date];
const claim = (overrides: Partial<Claim>): Claim => ({
  subject: 'Russia', metric: 'personnel', unit: 'count', value: 0, valueMax: null, qualifier: 'exact', kind: 'loss',
  period: { kind: 'day', start: '2024-03-27', end: '2024-03-27' }, source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA', quote: 'q',
  ...overrides,
} as Claim);

describe('verification against the official series', () => {
  it('MATCHES only an exact figure equal to the official one', () => {
    expect(verify(claim({ value: 1030 }), totalOn)).toEqual({ status: 'MATCHES', officialValue: 1030 });
    expect(verify(claim({ value: 1031 }), totalOn)).toEqual({ status: 'DIFFERS', officialValue: 1030 });
    expect(verify(claim({ value: 439190, period: { kind: 'cumulative', start: '2022-02-24', end: '2024-03-27' } }), totalOn)).toEqual({ status: 'MATCHES', officialValue: 439190 });
  });

  it('calls a bound, an approximation or a range the official figure lies within CONSISTENT, with the figure', () => {
    expect(verify(claim({ value: 1000, qualifier: 'atLeast' }), totalOn)).toEqual({ status: 'CONSISTENT', officialValue: 1030 });
    expect(verify(claim({ value: 440000, qualifier: 'atMost', period: { kind: 'cumulative', start: '2022-02-24', end: '2024-03-27' } }), totalOn)).toEqual({ status: 'CONSISTENT', officialValue: 439190 });
    expect(verify(claim({ value: 1000, qualifier: 'approx' }), totalOn)).toEqual({ status: 'CONSISTENT', officialValue: 1030 });
    expect(verify(claim({ value: 1000, valueMax: 1100 }), totalOn)).toEqual({ status: 'CONSISTENT', officialValue: 1030 });
    expect(verify(claim({ value: 1100, qualifier: 'atLeast' }), totalOn)).toEqual({ status: 'DIFFERS', officialValue: 1030 });
  });

  it('matches a figure dated by the day of the losses against the next report', () => {
    expect(verify(claim({ value: 1030, period: { kind: 'day', start: '2024-03-26', end: '2024-03-26' } }), totalOn)).toEqual({ status: 'MATCHES_LOSS_DAY', officialValue: 1030 });
    expect(verify(claim({ value: 1000, qualifier: 'atLeast', period: { kind: 'day', start: '2024-03-26', end: '2024-03-26' } }), totalOn)).toEqual({ status: 'CONSISTENT', officialValue: 1030 });
  });
});

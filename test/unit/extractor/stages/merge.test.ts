// Stage: the same claim stated twice is one claim, keeping the body's sentence.
import { describe, expect, it } from 'vitest';
import type { LocatedClaim } from '../../../../functions/core/claim.js';
import type { Draft } from '../../../../functions/extractor/stages/discourse.js';
import { Repeats } from '../../../../functions/extractor/stages/merge.js';

const PUBLISHED = '2024-10-25';
const TODAY = { kind: 'day' as const, start: PUBLISHED, end: PUBLISHED };

/** A draft claim of 1,250 Russian soldiers lost today, quoted at `at`, with what differs. */
function draft(at: number, claim: Partial<LocatedClaim> = {}, fields: Partial<Omit<Draft, 'claim'>> = {}): Draft {
  return {
    claim: {
      subject: 'Russia',
      metric: 'personnel',
      unit: 'count',
      value: 1250,
      valueMax: null,
      qualifier: 'exact',
      kind: 'loss',
      period: TODAY,
      source: 'General Staff of the Armed Forces of Ukraine',
      sourceGroup: 'UA',
      quote: `sentence at ${at}`,
      quoteStart: at,
      quoteEnd: at + 40,
      evidence: [{ attribute: 'source', rule: 'source.namedInSentence', text: 'Kyiv', start: at, end: at + 4 }],
      ...claim,
    },
    headline: false,
    periodRule: 'period.ownExpression',
    dating: 'relative',
    ...fields,
  };
}

/** The claims of drafts read in turn. */
function mergeRepeats(drafts: Draft[], published: string): LocatedClaim[] {
  const repeats = new Repeats(published);
  repeats.read(drafts);
  return repeats.claims();
}

describe('Repeats', () => {
  it('keeps a figure stated in the headline and again in the body once, with the body\'s sentence, period and qualifier', () => {
    const headline = draft(0, { period: { kind: 'day', start: null, end: null }, qualifier: 'approx', source: null, sourceGroup: null, evidence: [] }, { headline: true });
    const body = draft(100, { qualifier: 'atLeast' });
    const [merged, ...rest] = mergeRepeats([headline, body], PUBLISHED);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ quoteStart: 100, quote: 'sentence at 100', period: TODAY, qualifier: 'atLeast', source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA' });
    expect(merged!.evidence).toEqual(body.claim.evidence);
  });

  it('lets a headline without a side meet its twin in the body that has one', () => {
    const claims = mergeRepeats([draft(0, { subject: null }, { headline: true }), draft(100)], PUBLISHED);
    expect(claims.map((c) => c.subject)).toEqual(['Russia']);
  });

  it('keeps the broader metric of two that include one another', () => {
    const claims = mergeRepeats([draft(0, { metric: 'tanks' }), draft(300, { metric: 'tanks+armored_vehicles' })], PUBLISHED);
    expect(claims.map((c) => c.metric)).toEqual(['tanks+armored_vehicles']);
  });

  it('keeps two figures of one sentence, and the same figure from two claimant groups, apart', () => {
    expect(mergeRepeats([draft(0), { ...draft(0), claim: { ...draft(0).claim } }], PUBLISHED)).toHaveLength(2);
    expect(mergeRepeats([draft(0), draft(300, { source: 'UK Ministry of Defence', sourceGroup: 'UK' })], PUBLISHED)).toHaveLength(2);
  });

  it('keeps figures of other values, kinds, sides or periods apart', () => {
    const others = [
      draft(300, { value: 1260 }),
      draft(600, { kind: 'other' }),
      draft(900, { subject: 'Ukraine' }),
      draft(1200, { period: { kind: 'cumulative', start: '2022-02-24', end: PUBLISHED } }),
    ];
    expect(mergeRepeats([draft(0), ...others], PUBLISHED)).toHaveLength(5);
  });

  it('merges "the past day" and "yesterday" a day apart, but not two calendar dates a day apart', () => {
    const yesterday = { kind: 'day' as const, start: '2024-10-24', end: '2024-10-24' };
    expect(mergeRepeats([draft(0), draft(300, { period: yesterday })], PUBLISHED)).toHaveLength(1);
    const calendar = { dating: 'calendar' as const };
    expect(mergeRepeats([draft(0, {}, calendar), draft(300, { period: yesterday }, calendar)], PUBLISHED)).toHaveLength(2);
  });

  it('takes a small count met twice for a coincidence, unless restated soon for the same dated day', () => {
    const small = { value: 3 };
    expect(mergeRepeats([draft(0, small), draft(200, small)], PUBLISHED)).toHaveLength(1);
    expect(mergeRepeats([draft(0, small), draft(5000, small)], PUBLISHED)).toHaveLength(2);
    expect(mergeRepeats([draft(0, small, { dating: 'none' }), draft(200, small, { dating: 'none' })], PUBLISHED)).toHaveLength(2);
  });

  it('keeps the first of two twins in the body, completing its claimant from the second', () => {
    const claims = mergeRepeats([draft(0, { source: null, sourceGroup: null }), draft(300)], PUBLISHED);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ quoteStart: 0, source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA' });
  });
});

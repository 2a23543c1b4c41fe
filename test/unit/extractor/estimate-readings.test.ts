// Readings found on a sixth set of real pages outside the corpus (a Russian sector breakdown,
// Pentagon and UK estimates, a Mediazona name count), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('keeps a claimant counting its adversary\'s dead when a breakdown names no side', () => {
    const claims = claimsOf(
      'The Russian Defence Ministry said its forces killed about 900 Ukrainian soldiers in a day. The heaviest fighting was in the "East" zone (410 killed) and the "North" zone (120 killed).',
      '2025-05-20',
    );
    expect(claims.map((c) => [c.subject, c.value])).toEqual([
      ['Ukraine', 900],
      ['Ukraine', 410],
      ['Ukraine', 120],
    ]);
  });

  it('takes the side whose losses a sentence speaks of even when it holds a number that is no figure', () => {
    const claims = claimsOf('In the past three weeks, Russia has likely "suffered" its heaviest casualties of the year. The average was 910 casualties per day, UK Defence Intelligence said.', '2024-03-01');
    expect(claims.map((c) => [c.subject, c.value])).toEqual([['Russia', 910]]);
  });

  it('counts "Russian wounded" as plainly as "wounded"', () => {
    expect(only('The ministry said it estimated 280,000 Russian wounded or dead.', '2024-01-15')).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 280000 });
  });
});

describe('periods', () => {
  it('reads "since its military forces invaded Ukraine in February 2022" as the war so far', () => {
    expect(only('Russia has lost more than 500,000 troops since its military forces invaded Ukraine in February 2022, officials said.', '2024-06-01')).toMatchObject({
      period: { kind: 'cumulative', start: '2022-02-24' },
    });
  });

  it('reads "in the past 14 months of the full-scale war" as the war so far, not a span', () => {
    expect(only('Reporters named 21,000 Russian soldiers killed in the past 14 months of the full-scale war.', '2023-04-20')).toMatchObject({
      period: { kind: 'cumulative', start: '2022-02-24' },
    });
  });

  it('takes "However, in March, … said" as when the claimant spoke, not as the figure\'s month', () => {
    expect(only('However, in March, President Zelensky said some 29,000 Ukrainian troops had been killed.', '2024-09-01').period).toMatchObject({ kind: 'cumulative', start: '2022-02-24' });
  });

  it('reads losses that "sat at" a daily rate as a daily figure', () => {
    expect(only('Russian losses sat at 870 a day through February 2024, the UK said.', '2024-03-10')).toMatchObject({ subject: 'Russia', value: 870, period: { kind: 'day', start: null, end: null } });
  });
});

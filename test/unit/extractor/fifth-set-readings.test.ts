// Readings found on a fifth set of real pages outside the corpus (Russian battlegroup reports,
// wire copy of both sides' daily claims, intelligence estimates), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('gives a figure to the side that lost it when that side is named after the forces acting ("…, and Kiev lost")', () => {
    const claim = only("Battlegroup Zapad routed two Ukrainian brigades and repelled four attacks, and Kiev lost up to 310 soldiers, the Russian Defence Ministry said.", '2024-10-09');
    expect(claim).toMatchObject({ subject: 'Ukraine', value: 310, qualifier: 'atMost', sourceGroup: 'RU' });
  });

  it('reads a side\'s possessive after "with" as the owner of the losses, not a place', () => {
    const claim = only("Battlegroup Vostok beat off an attack, with Kiev's losses amounting to up to 80 soldiers, the Russian Defence Ministry said.", '2024-10-09');
    expect(claim).toMatchObject({ subject: 'Ukraine', value: 80 });
  });

  it('does not give a claimant only in force its own dead: sector tolls after its report are the adversary\'s', () => {
    const text = [
      "Russia's Defence Ministry said its troops killed about 1,300 Ukrainian soldiers in a day, around 400 of them in the central sector.",
      'Further losses were reported in the southern sector (260 killed) and the northern one (over 90 killed).',
    ].join('\n');
    expect(claimsOf(text, '2025-06-03').map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 1300, 'RU'],
      ['Ukraine', 400, 'RU'],
      ['Ukraine', 260, 'RU'],
      ['Ukraine', 90, 'RU'],
    ]);
  });
});

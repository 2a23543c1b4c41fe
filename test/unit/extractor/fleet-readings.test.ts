// Readings prompted by real pages on the Black Sea Fleet's losses as Ukraine's navy counts them.
// Sentences are our own; the figures are real.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe("the navy's count of the fleet's losses", () => {
  it('takes the navy spokesman Pletenchuk for the Ukrainian Navy', () => {
    expect(only('Dmytro Pletenchuk said three Russian landing ships were damaged on Saturday.', '2024-03-26')).toMatchObject({ subject: 'Russia', metric: 'ships', sourceGroup: 'UA' });
  });

  it('reads "two of about a dozen warships have been sunk" as a part sunk of a whole, and the perfect as a running total', () => {
    const claims = claimsOf('Pletenchuk conceded that only two of about a dozen Russian missile-carrying warships have been sunk.', '2024-03-26');
    expect(claims.map((c) => [c.metric, c.value, c.qualifier, c.kind, c.period?.kind ?? null])).toEqual([
      ['ships', 2, 'exact', 'loss', 'cumulative'],
      ['ships', 12, 'approx', 'other', null],
    ]);
  });
});

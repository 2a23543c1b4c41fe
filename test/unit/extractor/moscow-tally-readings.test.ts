// Readings found on a set of real pages about Moscow's running tallies and air-defence claims
// (TASS and others carrying Konashenkov's totals "since the start of the special military operation"),
// each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('the forces that destroyed a list', () => {
  it('reads a list opened by a colon after the verb as the other side\'s loss', () => {
    const claims = claimsOf(
      'Since the operation began, the Russian troops have destroyed: 512 planes, 48 helicopters and 7,300 drones, the spokesman said.',
      '2023-06-11',
    );
    expect(claims.map((c) => [c.subject, c.metric, c.value])).toEqual([
      ['Ukraine', 'aircraft', 512],
      ['Ukraine', 'helicopters', 48],
      ['Ukraine', 'uav', 7300],
    ]);
  });

  it('still starts a new clause at a colon after a noun', () => {
    const claims = claimsOf('Russian forces advanced near two villages. Kyiv\'s count of the week: 3,400 Russian soldiers lost.', '2023-06-11');
    expect(claims.map((c) => [c.subject, c.value])).toEqual([['Russia', 3400]]);
  });

  it('reads a headline in the present tense ("Russian forces destroy …") as the other side\'s loss', () => {
    const claims = claimsOf('Russian forces destroy 612 drones in Ukraine operation', '2022-05-02');
    expect(claims.map((c) => [c.subject, c.metric, c.value])).toEqual([['Ukraine', 'uav', 612]]);
  });
});

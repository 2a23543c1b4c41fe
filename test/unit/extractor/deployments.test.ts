import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

// North Korea's soldiers in Russia's war, as Seoul's lawmakers relay their spy agency.
const SINCE_INVASION = (end: string) => ({ kind: 'cumulative', start: '2022-02-24', end });

describe('soldiers sent abroad', () => {
  it('reads soldiers sent somewhere and then killed as a loss, not a deployment', () => {
    const claims = claimsOf('At least 200 North Korean soldiers deployed to Kursk have been killed and another 1,500 wounded, lawmaker Lee Seong-kweun said.', '2025-01-10');
    expect(claims.map((c) => [c.value, c.kind, c.metric, c.subject, c.sourceGroup])).toEqual([
      [200, 'loss', 'personnel', 'North Korea', 'KR'],
      [1500, 'loss', 'personnel', 'North Korea', 'KR'],
    ]);
  });

  it("gives an onlooker's count with no period to the war so far", () => {
    expect(only('Roughly 500 North Korean soldiers were killed, a South Korean lawmaker said, citing the National Intelligence Service.', '2025-01-10').period).toEqual(SINCE_INVASION('2025-01-10'));
    expect(only('Ukraine\'s air force said 40 drones were downed.', '2025-01-10').period).toEqual({ kind: 'day', start: '2025-01-10', end: '2025-01-10' });
  });

  it('lets "he said" take up a lawmaker named before', () => {
    const text = 'Lee Seong-kweun said at least 200 North Korean soldiers had died. "We were told of 200 deaths at least," he said.';
    expect(claimsOf(text, '2025-01-10').map((c) => [c.value, c.sourceGroup])).toEqual([[200, 'KR']]);
  });

  it('reads "the North" as North Korea when it acts', () => {
    expect(only('The spy agency said the North sent about 12,000 troops to Russia.', '2025-01-10')).toMatchObject({ subject: 'North Korea', metric: 'troops', kind: 'deployment' });
  });
});

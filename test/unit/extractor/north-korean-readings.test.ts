// Readings found on fresh real pages about North Korea's troops in Russia (Seoul's spy agency through
// its lawmakers, Zelensky, US officials), in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides and kinds', () => {
  it('gives troops deployed "from North Korea" to North Korea, not to the side that takes them in', () => {
    expect(only('Moscow plans to deploy a further 1,500 troops from North Korea to the Belgorod region, Zelensky said.', '2025-03-01')).toMatchObject({
      subject: 'North Korea', metric: 'troops', kind: 'deployment', value: 1500,
    });
  });

  it('reads "the tally of killed and wounded soldiers fighting for Russia" as a loss, not a deployment', () => {
    expect(only('The tally of killed and wounded North Korean soldiers fighting for Russia has topped 1,200, Ukrainian intelligence said.', '2025-01-05')).toMatchObject({
      subject: 'North Korea', metric: 'personnel', kind: 'loss', value: 1200, qualifier: 'atLeast',
    });
  });

  it('reads a fate that was only about to befall someone as no claim', () => {
    const claims = claimsOf('North Korean losses are mounting, Seoul said. One soldier, who was about to be captured by Ukrainian troops, detonated a grenade.', '2025-01-14');
    expect(claims).toEqual([]);
  });
});

describe('claimants', () => {
  const lead = 'At least 150 North Korean soldiers have been killed, South Korean lawmaker Kim Byung-kee told reporters.';

  it('recalls a Korean lawmaker by his family name, written first ("Kim said")', () => {
    const claims = claimsOf(`${lead} Kim said another 900 had been wounded.`, '2025-02-10');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [150, 'KR'],
      [900, 'KR'],
    ]);
  });

  it('recalls him after "according to" too, and "he said" after that', () => {
    const claims = claimsOf(`${lead} According to Kim, the gap with American figures comes from a careful reading by the spy agency. "We count some 900 wounded," he said.`, '2025-02-10');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [150, 'KR'],
      [900, 'KR'],
    ]);
  });

  it('keeps the person who opens a sentence ("He added that …") as the speaker, not those he names', () => {
    const claims = claimsOf(`${lead} He added that a Pentagon official, who spoke of several hundred dead, counted differently. "We count some 900 wounded," he said.`, '2025-02-10');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [150, 'KR'],
      [900, 'KR'],
    ]);
  });
});

describe('restatements', () => {
  it('takes the qualifier of the claimant\'s own quoted words for a figure the lead states bare', () => {
    const claims = claimsOf(
      'Some 400 North Korean soldiers were wounded, South Korean lawmaker Kim Byung-kee said on Monday. "The wounded are nearing 400," Kim said.',
      '2025-02-10',
    );
    expect(claims.map((c) => [c.value, c.qualifier])).toEqual([[400, 'atMost']]);
  });

  it('keeps the lead\'s qualifier when the quoted words leave the figure bare', () => {
    const claims = claimsOf('More than 400 North Korean soldiers were wounded, Kim Byung-kee said on Monday. "There are 400 wounded," Kim said.', '2025-02-10');
    expect(claims.map((c) => [c.value, c.qualifier])).toEqual([[400, 'atLeast']]);
  });
});

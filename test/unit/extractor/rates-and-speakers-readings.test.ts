// Readings found on a set of real pages about ISW's casualties per square kilometre, UK intelligence
// updates and Seoul's counts of North Korean losses, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('rates per ground gained', () => {
  it('takes no count from casualties per square kilometre, in any wording', () => {
    const claims = claimsOf(
      'Kyiv said Russia lost 41,000 soldiers in March, or 87 casualties per square kilometer. That is up from 61 soldiers for every square kilometre in February. Each month cost about 75 per sq. km, and 50 casualties per kilometre of front.',
      '2025-04-10',
    );
    expect(claims.map((c) => c.value)).toEqual([41000]);
  });

  it('does not take "per square kilometer from Russia" for a source', () => {
    expect(only('Russian forces suffered 300,000 casualties in 2024, or 90 casualties per square kilometer from Russia gains.', '2025-01-05').sourceGroup).toBeNull();
  });
});

describe('periods', () => {
  it('gives "for the same period" the period named earlier in its own sentence', () => {
    expect(only('Russia took 1,900 square kilometers in May-August 2025, while Kyiv counted 130,000 Russian casualties for the same period.', '2025-09-10').period).toEqual({
      kind: 'span',
      start: '2025-05-01',
      end: '2025-08-31',
    });
  });

  it('reads the month that labels each line of a list as that line\'s month', () => {
    const claims = claimsOf('Kyiv put Russian losses at 64,000 soldiers over two months. By month:\n\n- July: 33,000 soldiers\n- August 2025: 31,000 soldiers\n', '2025-09-10');
    expect(claims.slice(1).map((c) => [c.value, c.period])).toEqual([
      [33000, { kind: 'span', start: '2025-07-01', end: '2025-07-31' }],
      [31000, { kind: 'span', start: '2025-08-01', end: '2025-08-31' }],
    ]);
  });

  it('reads a month and year opening a sentence as that month, and a superlative "since the February 2022 invasion" as a comparison', () => {
    expect(only("November 2024 saw Russia's heaviest monthly losses since the February 2022 invasion, with 45,000 troops lost, Kyiv said.", '2025-01-10').period).toEqual({
      kind: 'span',
      start: '2024-11-01',
      end: '2024-11-30',
    });
  });
});

describe('sides', () => {
  it('gives the loss to the side that took ground but lost soldiers in the same clause', () => {
    expect(only('Between June and August 2024, Russia captured 1,500 square kilometres but lost 90,000 soldiers, Ukraine said.', '2024-09-10')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });
});

describe('numbers in words', () => {
  it('reads "a quarter of a million" with a fate of people as 250,000', () => {
    expect(only('British intelligence said it was likely that up to a quarter of a million had been killed.', '2025-03-19')).toMatchObject({
      metric: 'personnel',
      value: 250000,
      qualifier: 'atMost',
    });
  });

  it('still takes no count from small numbers in words with no noun', () => {
    expect(claimsOf('Two were killed in the strike, the governor said.', '2025-03-19')).toEqual([]);
  });
});

describe('claimants', () => {
  it('does not make a headline\'s "Russia said to have suffered" a claim by Moscow', () => {
    expect(only('Russia said to have suffered 800,000 casualties, the biggest losses since 1945', '2025-03-19').sourceGroup).toBeNull();
  });

  it('still lets "Kyiv claimed to have" speak', () => {
    expect(only('Kyiv claimed to have killed 900 Russian troops in a day.', '2025-03-19').sourceGroup).toBe('UA');
  });

  it('reads "the Ukrainian MoD" as Ukraine\'s defence ministry', () => {
    expect(only('Russia lost 40,100 troops in May, according to the Ukrainian MoD.', '2025-06-03')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it("reads Ukraine's Center for Countering Disinformation as Ukraine", () => {
    expect(only('The head of the Center for Countering Disinformation said on Monday that North Korea had lost over 300 troops.', '2025-01-08').sourceGroup).toBe('UA');
  });

  it('gives figures to the body that "stated this" in the next sentence', () => {
    const claims = claimsOf('Russian forces seized 3,000 square kilometers at the cost of over 350,000 casualties in 2024. The Institute for the Study of War stated this in its latest report.', '2025-01-03');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([[350000, 'independent']]);
  });

  it('takes "believe" as a reporting verb for a plural speaker', () => {
    expect(only('Analysts believe Russia has lost 2,000 tanks since the invasion.', '2025-01-03').sourceGroup).toBe('independent');
  });
});

describe('a think tank\'s study told many ways (a twenty-third set: CSIS on four years of war)', () => {
  it('reads "between February 2022 and December 2025" as the war up to that month', () => {
    expect(only('CSIS states that Russia suffered 1.1 million casualties between February 2022 and December 2025.', '2026-01-28').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2025-12-31',
    });
  });

  it('reads a month range with both years on its own years', () => {
    expect(only('Kyiv said Russia lost 400,000 soldiers between March 2024 and February 2025.', '2025-03-10').period).toEqual({ kind: 'span', start: '2024-03-01', end: '2025-02-28' });
  });

  it('reads "two million" in words, and takes combined casualties for neither side', () => {
    expect(only('The study counts nearly two million combined casualties in the war.', '2026-01-29')).toMatchObject({ value: 2000000, subject: null });
  });

  it('takes "could approach" for a forecast', () => {
    expect(claimsOf('Combined military casualties could approach 2 million by the spring, the study said.', '2026-01-29')).toEqual([]);
  });

  it('does not take "the highest … since World War II" for a figure of that war', () => {
    expect(only('Russia has the highest troop deaths of any major power since World War II, with casualties estimated at 1.1 million, the study said.', '2026-01-28').value).toBe(1100000);
  });

  it('gives "according to the report" to the report\'s author, though others spoke between', () => {
    const claims = claimsOf('The assessment, published Tuesday by the Center for Strategic and International Studies, comes before the anniversary. Ukrainian officials reported two civilians killed in Kyiv. According to the report, Russia has absorbed an estimated 1.1 million casualties.', '2026-01-28');
    expect(claims.find((c) => c.value === 1100000)?.sourceGroup).toBe('independent');
  });

  it('dates a total "since September 2022, when it reported" it to that month', () => {
    expect(only('The ministry has not updated its figures since September 2022, when it reported close to 6,000 Russian soldier deaths.', '2026-01-28').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2022-09-30',
    });
  });
});

describe('monthly tallies of 2025-26 (a twenty-fifth set)', () => {
  it('reads "confirmed killings in December 2025" as that month, not the day it was confirmed', () => {
    const claims = claimsOf('Video analysis, the president recently said, showed 34,000 confirmed killings in December 2025, up from 29,000 in November.', '2026-01-20');
    expect(claims.map((c) => c.period?.start)).toEqual(['2025-12-01', '2025-11-01']);
  });

  it('reads "the Ukrainian Armed Forces General Staff" as one claimant, not a side', () => {
    expect(only('The Ukrainian Armed Forces General Staff announced that estimated Russian military personnel losses have surpassed 1,200,000 since the invasion.', '2026-01-07')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('takes a figure that Bloomberg reported for a medium\'s', () => {
    expect(only('The number of Russian soldiers killed in action jumped to as high as 34,000 in December, Bloomberg reported.', '2026-02-10').sourceGroup).toBe('independent');
  });

  it('reads "since the full-scale Russian invasion" as the war so far', () => {
    expect(only('Ukraine believes it has killed or maimed 1.1 million Russians since the full-scale Russian invasion in 2022.', '2026-01-20').period?.kind).toBe('cumulative');
  });

  it('takes up a speaker named after "About reported" (a Ukrainian outlet\'s turn of phrase)', () => {
    expect(only('Russia lost 40,000 soldiers in December. About reported commander-in-Chief Oleksandr Syrskyi.', '2026-01-05').sourceGroup).toBe('UA');
  });
});

// Readings found on a set of real pages about British defence estimates (intelligence updates, the
// Chief of the Defence Staff's monthly figures), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/extractor/index.js';
import { claimsOf, only } from './helpers.js';

describe('people an army suffers are its soldiers', () => {
  it('counts "people killed or wounded" a side suffered, or is about to suffer, as its soldiers, the latter short of the figure', () => {
    expect(only('Russia is about to suffer 650,000 people killed or wounded, the British defence chief said on Sunday.', '2024-10-13')).toMatchObject({
      subject: 'Russia',
      metric: 'personnel',
      value: 650000,
      qualifier: 'atMost',
      period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-13' },
      sourceGroup: 'UK',
    });
  });

  it('reads an army that "had" people either killed or wounded every single day as a daily average', () => {
    expect(only('Moscow\'s army had "on average more than 1,300 people either killed or wounded every single day," Radakin told reporters.', '2024-10-13')).toMatchObject({
      subject: 'Russia',
      metric: 'personnel',
      value: 1300,
      qualifier: 'atLeast',
      period: { kind: 'day', start: null, end: null },
      sourceGroup: 'UK',
    });
  });

  it('still takes no soldiers from people a strike killed', () => {
    expect(claimsOf('A Russian strike on Kharkiv killed 12 people and wounded 40, the governor said.', '2024-10-13').filter((c) => c.metric === 'personnel')).toEqual([]);
  });
});

describe('"since then"', () => {
  it('runs from the start of the period named in the sentence before to the day the claimant spoke', () => {
    const claims = claimsOf(
      'Russia went on the offensive near Avdiivka in October 2023, the UK Ministry of Defence said on Monday. Since then, it has lost as many as 300 tanks and 650 armoured vehicles.',
      '2024-02-12',
    );
    expect(claims.map((c) => [c.value, c.qualifier, c.period])).toEqual([
      [300, 'atMost', { kind: 'span', start: '2023-10-01', end: '2024-02-12' }],
      [650, 'exact', { kind: 'span', start: '2023-10-01', end: '2024-02-12' }],
    ]);
  });

  it('reads "відтоді" in Ukrainian the same way', () => {
    const claims = claimsOf('У жовтні 2023 року ворог перейшов у наступ. Відтоді окупанти втратили 300 танків.', '2024-02-12');
    expect(claims.map((c) => [c.value, c.period])).toEqual([[300, { kind: 'span', start: '2023-10-01', end: '2024-02-12' }]]);
  });
});

describe('qualifiers after a rise', () => {
  it('lets "up to" qualify the level a count "increased to"', () => {
    expect(only('British intelligence said Russian losses have increased to likely up to 420 tanks since the summer.', '2024-02-12').qualifier).toBe('atMost');
  });
});

describe('a figure said again without its period', () => {
  it('is one claim with the period the first statement named', () => {
    const claims = claimsOf(
      'UK defence chief: Russia lost over 40,000 troops in September.\nThe admiral said Moscow suffered over 40,000 casualties in September. It was the second record month in a row, with over 40,000 casualties reported.',
      '2024-10-13',
    );
    expect(claims.map((c) => [c.value, c.period])).toEqual([[40000, { kind: 'span', start: '2024-09-01', end: '2024-09-30' }]]);
  });
});

describe('aid in converted amounts', () => {
  it('reads the noun after the bracket that closes a converted amount, and an agreeing council as the giver', () => {
    expect(only('The EU Council agreed on Thursday on €2 billion ($2.2 billion) support for shells for Ukraine.', '2024-03-15')).toMatchObject({
      subject: 'Ukraine',
      metric: 'aid',
      unit: 'USD',
      value: 2_200_000_000,
      qualifier: 'exact',
      kind: 'aid',
      sourceGroup: null,
    });
    expect(extractClaims('The EU Council agreed on Thursday on €2 billion ($2.2 billion) support for shells for Ukraine.', { published: '2024-03-15' }).claims[0]?.source).toBe('European Union');
  });

  it("gives an aid announcement by the Ukrainian President's chief of staff to Kyiv", () => {
    expect(only("The Chief of Staff to Ukraine's President said Berlin will send a $1.5 billion aid package to Ukraine.", '2024-03-15')).toMatchObject({ metric: 'aid', sourceGroup: 'UA' });
  });
});

describe('Western claimants relayed by the press', () => {
  it('takes "British officials" for the UK', () => {
    expect(only('British officials now say Moscow loses roughly 1,100 soldiers a day.', '2025-05-10')).toMatchObject({
      subject: 'Russia',
      value: 1100,
      period: { kind: 'day', start: null, end: null },
      sourceGroup: 'UK',
    });
  });

  it('takes Forbes, and "the publication" after it, for an independent count', () => {
    const claims = claimsOf(
      'Russia has lost no fewer than 3,100 tanks since the invasion, Forbes reported. The publication said that 410 tanks had been captured by Ukraine.',
      '2024-06-01',
    );
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [3100, 'independent'],
      [410, 'independent'],
    ]);
  });
});

describe('"since the full-scale invasion in 2022"', () => {
  it('is a running total: the year is the invasion\'s', () => {
    expect(only('Since the full-scale invasion in 2022, some 820,000 Russian soldiers have been killed or wounded, the think tank CSIS estimates.', '2025-06-04')).toMatchObject({
      value: 820000,
      qualifier: 'approx',
      period: { kind: 'cumulative', start: '2022-02-24', end: '2025-06-04' },
      sourceGroup: 'independent',
    });
  });
});

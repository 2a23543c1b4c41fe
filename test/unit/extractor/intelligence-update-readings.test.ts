// Readings found on a set of real pages about UK Defence Intelligence's monthly tallies of 2025 and
// Seoul's counts of North Korean dead, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('claimants', () => {
  it("gives figures to the body that publishes them, not to the one whose data it cites", () => {
    expect(only("UK Defence Intelligence said, citing data from Ukraine's General Staff, that Russia lost around 31,000 soldiers in May 2025.", '2025-06-10').sourceGroup).toBe('UK');
    expect(only('Russia lost about 40,000 troops in March, according to Ukrainian General Staff data, British intelligence reports.', '2025-04-10').sourceGroup).toBe('UK');
  });

  it('keeps the publisher in force when only the cited body is named ("figures cited in the update")', () => {
    const claims = claimsOf('UK Defence Intelligence said Russia lost 900,000 troops since the invasion. Ukrainian General Staff figures cited in the update show about 1,100 casualties a day in March.', '2025-04-10');
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UK', 'UK']);
  });
});

describe('periods', () => {
  it('reads "the average daily toll in July" as a daily rate, not the month', () => {
    expect(only('UK intelligence said the average daily toll in July reached 1,050 Russian troops.', '2025-08-05').period).toEqual({ kind: 'day', start: null, end: null });
  });

  it('reads "since the start of its full-scale invasion of Ukraine in February 2022" as the war so far', () => {
    expect(only('Since the start of its full-scale invasion of Ukraine in February 2022, Russia has lost about 1,000,000 troops, British intelligence said.', '2025-08-05').period?.kind).toBe('cumulative');
  });

  it('dates a running total "by the end of May" even when "since launching the invasion" follows', () => {
    expect(only('By the end of May 2025 Russia had likely incurred 970,000 casualties since launching the full-scale invasion, British intelligence said.', '2025-06-06').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2025-05-31',
    });
  });

  it('reads a month that opens its clause as the period of its figures', () => {
    expect(only('April alone saw roughly 35,000 Russian losses, British intelligence said.', '2025-10-14').period).toEqual({ kind: 'span', start: '2025-04-01', end: '2025-04-30' });
    const claims = claimsOf('The update said that March 2025 averaged about 1,250 Russian casualties per day, roughly 38,000 for the month.', '2025-04-10');
    expect(claims.map((c) => c.period)).toEqual([
      { kind: 'day', start: null, end: null },
      { kind: 'span', start: '2025-03-01', end: '2025-03-31' },
    ]);
  });
});

describe('figures and kinds', () => {
  it('counts "N were recorded in January" by the losses counted before', () => {
    const claims = claimsOf('Russia likely sustained about 190,000 casualties in the first five months of 2025, UK intelligence said. 47,000 were recorded in January 2025.', '2025-06-06');
    expect(claims.map((c) => [c.value, c.metric])).toEqual([
      [190000, 'personnel'],
      [47000, 'personnel'],
    ]);
  });

  it('takes no cue of kind from a word inside a time expression ("since launching its invasion")', () => {
    expect(only('Russia has likely sustained over 1.1 million casualties since launching its full-scale invasion in 2022, the UK MoD said.', '2025-10-14')).toMatchObject({ kind: 'loss', metric: 'personnel' });
  });

  it('takes no year after a possessive for a figure, and reads "top" as at least', () => {
    expect(claimsOf("UK intel: Russia's 2025 casualty rate points to a record year", '2025-05-03')).toEqual([]);
    expect(only('Russian casualties top 1.1 million since the invasion, UK intelligence says', '2025-10-14').qualifier).toBe('atLeast');
  });
});

describe('sides', () => {
  it('reads "N. Korean" as North Korea', () => {
    expect(only('NIS: 500 N. Korean soldiers killed fighting for Russia', '2025-04-30').subject).toBe('North Korea');
  });
});

describe('estimates of both sides (a twentieth set: the Economist and WSJ counts, Operation Spiderweb)', () => {
  it('reads "the losses among the Ukrainian military could have ranged from 50,000 to 90,000"', () => {
    expect(only('The magazine estimates that the losses among the Ukrainian military could have ranged from 50,000 to 90,000.', '2024-11-28')).toMatchObject({ subject: 'Ukraine', value: 50000, valueMax: 90000 });
  });

  it('counts the wounded after soldiers counted as people', () => {
    const claims = claimsOf('The number of dead in the Russian troops reaches 190 thousand people, and about 390 thousand wounded, the newspaper said.', '2024-09-19');
    expect(claims.map((c) => [c.value, c.metric])).toEqual([
      [190000, 'personnel'],
      [390000, 'personnel'],
    ]);
  });

  it('reads "the number of servicemen killed has reached N people"', () => {
    expect(only('According to Mediazona, the number of Russian servicemen killed has almost reached 65 thousand people.', '2024-09-19')).toMatchObject({ value: 65000, metric: 'personnel', qualifier: 'atMost' });
  });

  it('reads money "in damages" as the cost of lost equipment, and "the Ukrainian Security Service" as the SBU', () => {
    expect(only('The Ukrainian Security Service (SBU) said the drone operation caused approximately $6 billion in damages to Russian aircraft.', '2025-06-02')).toMatchObject({
      subject: 'Russia',
      metric: 'equipment',
      unit: 'USD',
      value: 6000000000,
      kind: 'loss',
      sourceGroup: 'UA',
    });
  });

  it('gives the combined losses "of Russia and Ukraine" to neither', () => {
    expect(only('The newspaper believes that the total losses of Russia and Ukraine in the war have reached 1 million people.', '2024-09-19').subject).toBeNull();
  });

  it('dates "the last day" by the day a claimant\'s running total was stated for', () => {
    const claims = claimsOf('As of November 27, the General Staff reports that Russia has lost about 730,000 soldiers. In the last day alone, the losses amounted to 1,500 people.', '2024-11-28');
    expect(claims[1]!.period).toEqual({ kind: 'day', start: '2024-11-27', end: '2024-11-27' });
  });
});

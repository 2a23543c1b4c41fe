// Readings found on a second set of real articles outside the corpus (Western estimates, Seoul's
// counts of North Korean losses, wire lists of running totals), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('does not take the nationality a claimant is named with for the loser: "South Korean MP …"', () => {
    const claims = claimsOf('South Korean MP Lee Seong-kweun said that 250 North Korean soldiers had been killed in Kursk, and about 900 other soldiers wounded.', '2024-12-20');
    expect(claims.map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['North Korea', 250, 'KR'],
      ['North Korea', 900, 'KR'],
    ]);
  });

  it('gives deployed troops to the side that sent them, not to the side of who reports it', () => {
    expect(only('South Korean officials say Pyongyang has dispatched some 12,000 troops to Russia.', '2025-01-10')).toMatchObject({ subject: 'North Korea', metric: 'troops', kind: 'deployment' });
  });
});

describe('kinds and metrics', () => {
  it('reads troops sent abroad who "are believed to have been killed" as a loss', () => {
    expect(only('About 1,500 North Korean troops sent to help Russia fight in Kursk are believed to have been killed, the NIS said.', '2025-06-01')).toMatchObject({
      subject: 'North Korea',
      metric: 'personnel',
      kind: 'loss',
    });
  });

  it('counts combat engineers as troops', () => {
    expect(only('The NIS said about 900 North Korean combat engineers have been deployed to Russia.', '2025-06-01')).toMatchObject({ metric: 'troops', value: 900, kind: 'deployment' });
  });
});

describe('periods', () => {
  it('reads a rate written after the fate and the month, or before the noun, as a daily figure', () => {
    expect(only('British intelligence said Russia lost 1,100 people killed and wounded in March daily.', '2024-04-10')).toMatchObject({ value: 1100, period: { kind: 'day', start: null, end: null } });
    expect(only('The UK said the average Russian loss has now reached 950 per day killed and wounded.', '2024-04-10')).toMatchObject({ metric: 'personnel', value: 950, period: { kind: 'day', start: null, end: null } });
  });

  it('reads "over the past three months" as a span the text does not date', () => {
    expect(only('Russia lost more than 90,000 soldiers over the past three months, the UK said.', '2024-04-10')).toMatchObject({ period: { kind: 'span', start: null } });
  });

  it('keeps a running total read from its perfect tense in force for a bulleted list after it', () => {
    const text = [
      "Since the invasion began, Ukraine's General Staff said Russia has lost 900,000 troops.",
      '',
      'Its equipment losses include:',
      '',
      '* 10,000 tanks',
      '* One submarine',
    ].join('\n');
    expect(claimsOf(text, '2025-03-10').map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['personnel', 900000, 'cumulative'],
      ['tanks', 10000, 'cumulative'],
      ['submarines', 1, 'cumulative'],
    ]);
  });

  it('reads the toll of a front ("during the military operations in the Kursk region") as an undated span, not the war', () => {
    const claims = claimsOf('"In total, during the fighting in the Belgorod area, the enemy lost more than 8,100 servicemen and 75 tanks," the Russian ministry said on Tuesday.', '2024-09-03');
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [8100, { kind: 'span', start: null, end: '2024-09-03' }],
      [75, { kind: 'span', start: null, end: '2024-09-03' }],
    ]);
  });
});

describe('more readings of wire copy', () => {
  it('reads "N of which it shot down" as a loss', () => {
    expect(claimsOf("Ukraine's air force said on Sunday Russia launched 52 drones overnight, 47 of which it was able to shoot down.", '2024-03-03').find((c) => c.value === 47)).toMatchObject({ kind: 'loss', metric: 'uav', subject: 'Russia' });
  });

  it('reads the people a side lost as its soldiers: "Kiev has lost up to 30 people"', () => {
    expect(claimsOf('The ministry said Kiev has lost up to 30 people, one tank and two cars in the area.', '2024-09-03').find((c) => c.value === 30)).toMatchObject({ metric: 'personnel', subject: 'Ukraine', qualifier: 'atMost' });
  });

  it('reads fates listed without their verb: "5,100 have been destroyed, 210 damaged and 320 abandoned"', () => {
    const claims = claimsOf('Oryx says Russia has lost at least 8,500 units of equipment. Of those, 5,100 have been destroyed, 210 damaged, and 320 abandoned.', '2022-11-01');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['equipment', 8500],
      ['equipment', 5100],
      ['equipment', 210],
      ['equipment', 320],
    ]);
  });

  it('credits a figure to the body that reports it (", which reports that …"), not to the side it says did it', () => {
    expect(only('The number comes from the analysis site Oryx, which reports that Ukraine has destroyed 3,900 Russian tanks.', '2025-06-01')).toMatchObject({ sourceGroup: 'independent', subject: 'Russia' });
  });
});

describe('estimates of both sides', () => {
  it('reads a war toll up to a month ("between the start of the invasion in February 2022 and November 2025") as a running total to that month\'s end', () => {
    expect(claimsOf('CSIS said Russia suffered 1.1 million casualties between the start of the full-scale invasion in February 2022 and November 2025.', '2026-01-20')[0]).toMatchObject({ value: 1_100_000, period: { kind: 'cumulative', start: '2022-02-24', end: '2025-11-30' } });
  });

  it('counts the missing as losses', () => {
    expect(only('Zelensky said a further 40 000-60 000 Russian soldiers are missing.', '2025-02-05')).toMatchObject({ subject: 'Russia', value: 40_000, valueMax: 60_000, kind: 'loss' });
  });

  it('reads the deaths a side acknowledges as its own', () => {
    expect(only('Moscow has publicly acknowledged the deaths of just over 6,000 soldiers.', '2026-01-20')).toMatchObject({ subject: 'Russia', qualifier: 'atLeast' });
  });

  it('gives a figure of both sides together to neither: "combined Russian and Ukrainian casualties"', () => {
    expect(only('The think tank said combined Russian and Ukrainian casualties may be as high as 1.7 million.', '2026-01-20')).toMatchObject({ subject: null });
  });

  it('gives a figure counted by its fate alone the side of the figure before it', () => {
    const claims = claimsOf('Since Russia began its invasion, 2,000-2,500 Ukrainian servicemen have been killed and about 9,000 were wounded, Zelensky said.', '2022-04-10');
    expect(claims.map((c) => [c.subject, c.value])).toEqual([
      ['Ukraine', 2000],
      ['Ukraine', 9000],
    ]);
  });

  it('keeps a week of a ministry\'s report in force past a perfect tense ("Kiev has lost over 2,500 soldiers")', () => {
    const text = "Russia's Battlegroup Zapad eliminated 3,000 Ukrainian soldiers over the past week, the Russian Defense Ministry said on Friday. In battles with Battlegroup Sever, Kiev has lost over 2,500 soldiers, the ministry said.";
    expect(claimsOf(text, '2024-11-01').map((c) => c.period?.kind)).toEqual(['span', 'span']);
  });
});

describe('wire lists and spokesmen', () => {
  it('reads a list led in by the last sentence of a line ("… in the war. The numbers include:") as the running total going on', () => {
    const text = ["Ukraine's General Staff said Russia has lost 900,000 troops. It has also lost equipment. The numbers include:", '', '* 10,400 tanks', '* One submarine'].join('\n');
    expect(claimsOf(text, '2025-03-26').map((c) => [c.metric, c.kind, c.period?.kind])).toEqual([
      ['personnel', 'loss', 'cumulative'],
      ['tanks', 'loss', 'cumulative'],
      ['submarines', 'loss', 'cumulative'],
    ]);
  });

  it('reads "over just one day" as the day of the update', () => {
    expect(claimsOf('Russia has lost 900,000 troops, the General Staff said. This number includes 1,200 casualties suffered over just one day.', '2025-03-26')[1]).toMatchObject({ value: 1200, period: { kind: 'day', start: '2025-03-26' } });
  });

  it("credits a Russian battlegroup's press center to the Russian ministry", () => {
    expect(only("The enemy lost over 500 servicemen in one day, the head of the group's press center Ivan Petrov told TASS.", '2024-08-17')).toMatchObject({ sourceGroup: 'RU', subject: 'Ukraine' });
  });
});


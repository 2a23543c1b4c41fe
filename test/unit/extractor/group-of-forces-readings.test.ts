// Readings found on fresh real pages of Moscow's group-of-forces reports and of wire copy relaying
// its claims of a thwarted offensive (Sputnik, TASS, Reuters), in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('reads a group of forces named alone ("the Sever battlegroup") as Russia\'s forces: the figure is Ukraine\'s', () => {
    const claims = claimsOf("Russia's Zapad battlegroup killed up to 180 Ukrainian soldiers, while the Sever battlegroup has eliminated over 95 soldiers, the ministry said.", '2025-08-02');
    expect(claims.map((c) => [c.value, c.subject])).toEqual([
      [180, 'Ukraine'],
      [95, 'Ukraine'],
    ]);
  });

  it('reads a gerund of an inflicting verb: "as well as destroying nine tanks" are the other side\'s', () => {
    const claims = claimsOf('Russian troops killed 120 Ukrainian soldiers as well as destroying nine tanks, the Russian Defence Ministry said.', '2024-05-05');
    expect(claims.map((c) => [c.metric, c.subject])).toEqual([
      ['personnel', 'Ukraine'],
      ['tanks', 'Ukraine'],
    ]);
  });
});

describe('numbers and metrics', () => {
  it('reads a model number written with a Cyrillic letter ("М113") as no figure', () => {
    const claims = claimsOf('The ministry said Ukraine lost four armored vehicles, including М113 armored personnel carriers, over the past day.', '2025-03-03');
    expect(claims.map((c) => c.value)).toEqual([4]);
  });

  it('counts no units for the first of two figures sharing a noun of units ("four motorised and three tank companies")', () => {
    expect(claimsOf('Kyiv sent four motorised and three tank companies into the attack, the Russian Defence Ministry said.', '2023-06-10')).toEqual([]);
  });
});

describe('claimants', () => {
  it('credits "spokesman for the group" to the Russian ministry, and "he said" after him too', () => {
    const claims = claimsOf('Battlegroup Vostok destroyed 150 Ukrainian troops over the past day, spokesman for the group Ivan Petrov said. "The enemy also lost seven vehicles," he said.', '2025-02-20');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [150, 'RU'],
      [7, 'RU'],
    ]);
  });
});

describe('periods', () => {
  it('reads "over the course of 24 hours" as the day of the update', () => {
    const claims = claimsOf('Over the past week, Ukraine lost 2,100 soldiers, the Russian Defence Ministry said. Over the course of 24 hours, 140 Ukrainian servicemen were killed.', '2025-11-06');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [2100, 'span'],
      [140, 'day'],
    ]);
  });

  it('gives a part named with "with" right after a period the whole\'s period', () => {
    const claims = claimsOf('The Tsentr battlegroup has eliminated 410 Ukrainian troops over the past day, with over 150 soldiers near Pokrovsk, the ministry said.', '2025-11-06');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [410, 'day'],
      [150, 'day'],
    ]);
  });

  it('reads "over three days" as the three days up to the statement', () => {
    expect(only('The minister said on Tuesday that Ukraine had suffered 2,400 casualties over three days.', '2023-06-06')).toMatchObject({
      value: 2400, period: { kind: 'span', start: '2023-06-04', end: '2023-06-06' },
    });
  });

  it('reads "in repelling the offensive" as the offensive\'s span, for the killed and the wounded alike', () => {
    const claims = claimsOf('The Russian Defence Minister said 40 Russian soldiers had been killed and 115 wounded in repelling the offensive.', '2023-06-06');
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [40, { kind: 'span', start: null, end: '2023-06-06' }],
      [115, { kind: 'span', start: null, end: '2023-06-06' }],
    ]);
  });

  it('takes no statement day from the reported clause ("said Kyiv had begun the attack on Sunday")', () => {
    const claims = claimsOf(
      'The Russian Defence Ministry said on Monday it had stopped a Ukrainian attack. The ministry said Kyiv had begun the attack on Sunday with two brigades. Russian forces killed 300 Ukrainian soldiers, the ministry said.',
      '2023-06-05',
    );
    expect(claims.map((c) => [c.value, c.period])).toEqual([[300, { kind: 'day', start: '2023-06-05', end: '2023-06-05' }]]);
  });
});

describe('averages', () => {
  it('reads "On average, … N soldiers and M weapons every day" as daily averages, the rate word after the list', () => {
    const claims = claimsOf('On average, since the start of the year, the enemy has been losing more than 700 servicemen and 90 units of weapons, including Western ones, every day, the Russian Defence Minister said.', '2024-03-12');
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [700, { kind: 'day', start: null, end: null }],
      [90, { kind: 'day', start: null, end: null }],
    ]);
  });
});

describe('restatements', () => {
  it('reads a headline rounded to thousands ("Over 6,000") as the body\'s figure written to hundreds ("more than 6,400")', () => {
    const claims = claimsOf(
      'Kyiv Loses Over 6,000 Troops in Belgorod Border Areas\n\nThe Russian Defence Ministry said on Monday that Ukraine had lost more than 6,400 servicemen in the border areas of the Belgorod region.',
      '2024-09-09',
    );
    expect(claims.map((c) => c.value)).toEqual([6400]);
  });

  it('keeps two units\' reports apart when they share small counts but give other values of the same metrics', () => {
    const claims = claimsOf(
      'The Tsentr battlegroup eliminated up to 380 Ukrainian soldiers over the past day, the Russian Defence Ministry said. The Sever battlegroup killed up to 160 Ukrainian soldiers, destroying three armored vehicles, 12 motor vehicles and two artillery guns, the ministry said. The Dnepr battlegroup killed 60 Ukrainian troops and destroyed three armored vehicles, 14 motor vehicles and two artillery guns, the ministry said.',
      '2026-01-14',
    );
    expect(claims.filter((c) => c.metric === 'armored_vehicles').map((c) => c.value)).toEqual([3, 3]);
  });
});

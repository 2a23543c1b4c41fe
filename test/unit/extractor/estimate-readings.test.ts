// Readings found on a sixth set of real pages outside the corpus (a Russian sector breakdown,
// Pentagon and UK estimates, a Mediazona name count), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('keeps a claimant counting its adversary\'s dead when a breakdown names no side', () => {
    const claims = claimsOf(
      'The Russian Defence Ministry said its forces killed about 900 Ukrainian soldiers in a day. The heaviest fighting was in the "East" zone (410 killed) and the "North" zone (120 killed).',
      '2025-05-20',
    );
    expect(claims.map((c) => [c.subject, c.value])).toEqual([
      ['Ukraine', 900],
      ['Ukraine', 410],
      ['Ukraine', 120],
    ]);
  });

  it('takes the side whose losses a sentence speaks of even when it holds a number that is no figure', () => {
    const claims = claimsOf('In the past three weeks, Russia has likely "suffered" its heaviest casualties of the year. The average was 910 casualties per day, UK Defence Intelligence said.', '2024-03-01');
    expect(claims.map((c) => [c.subject, c.value])).toEqual([['Russia', 910]]);
  });

  it('counts "Russian wounded" as plainly as "wounded"', () => {
    expect(only('The ministry said it estimated 280,000 Russian wounded or dead.', '2024-01-15')).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 280000 });
  });
});

describe('periods', () => {
  it('reads "since its military forces invaded Ukraine in February 2022" as the war so far', () => {
    expect(only('Russia has lost more than 500,000 troops since its military forces invaded Ukraine in February 2022, officials said.', '2024-06-01')).toMatchObject({
      period: { kind: 'cumulative', start: '2022-02-24' },
    });
  });

  it('reads "in the past 14 months of the full-scale war" as the war so far, not a span', () => {
    expect(only('Reporters named 21,000 Russian soldiers killed in the past 14 months of the full-scale war.', '2023-04-20')).toMatchObject({
      period: { kind: 'cumulative', start: '2022-02-24' },
    });
  });

  it('takes "However, in March, … said" as when the claimant spoke, not as the figure\'s month', () => {
    expect(only('However, in March, President Zelensky said some 29,000 Ukrainian troops had been killed.', '2024-09-01').period).toMatchObject({ kind: 'cumulative', start: '2022-02-24' });
  });

  it('reads losses that "sat at" a daily rate as a daily figure', () => {
    expect(only('Russian losses sat at 870 a day through February 2024, the UK said.', '2024-03-10')).toMatchObject({ subject: 'Russia', value: 870, period: { kind: 'day', start: null, end: null } });
  });
});

describe('lists, rates and packages', () => {
  it('reads "air defence equipment" as air defence, and a list under a lead-in with figures of its own as running totals', () => {
    const claims = claimsOf(
      'The General Staff said the Defence Forces eliminated 1,020 invaders during the day, and the following equipment was destroyed:\n\ntanks — 7,700 (+4) units;\n\nair defence equipment — 810 (+1) units;\n\nsubmarines — 1 unit;\n',
      '2024-05-20',
    );
    expect(claims.filter((c) => c.metric === 'air_defense').map((c) => c.value)).toEqual([810, 1]);
    expect(claims.find((c) => c.metric === 'submarines')?.period).toMatchObject({ kind: 'cumulative', start: '2022-02-24' });
  });

  it('reads a monthly rate as a span the text does not date', () => {
    expect(only('Putin said Russian forces are losing an estimated 18,000 lives a month.', '2024-06-01')).toMatchObject({ value: 18000, period: { kind: 'span', start: null, end: null } });
    expect(only('Analysts say roughly 4,000 Russian servicemen are killed in action each month, the ISW said.', '2024-06-01').period).toEqual({ kind: 'span', start: null, end: null });
  });

  it('gives each of two months its own figure when only the first has "in"', () => {
    const claims = claimsOf('Kyiv said Russia lost 1,400 and 1,350 artillery systems in July and August, respectively.', '2024-10-01');
    expect(claims.map((c) => [c.value, c.period?.start])).toEqual([
      [1400, '2024-07-01'],
      [1350, '2024-08-01'],
    ]);
  });

  it('hears South Korea speak as Seoul', () => {
    expect(only('South Korea said that around 1,000 North Korean soldiers have been killed or wounded.', '2024-12-24')).toMatchObject({ subject: 'North Korea', sourceGroup: 'KR' });
  });

  it('reads a drawdown as aid, grenade launchers as no rocket systems, and drones kept in a depot as no loss', () => {
    expect(only('The president approved a drawdown of up to $300 million for Ukraine.', '2022-06-01')).toMatchObject({ metric: 'aid', unit: 'USD', value: 300000000, qualifier: 'atMost' });
    expect(claimsOf('The package includes 900 grenade launchers.', '2022-06-01').filter((c) => c.metric === 'mlrs')).toEqual([]);
    expect(claimsOf('Kyiv said it struck an airfield where 300 Shahed drones were reportedly stored.', '2024-10-01')).toEqual([]);
  });
});

describe('a minister\'s tally of a counteroffensive', () => {
  it('gives the figure to the opponent of the side "as a result of the actions of" which it fell', () => {
    expect(only('As a result of the actions of Russian troops of the Zapad group, the enemy lost up to 140 servicemen, the Russian Defence Ministry said.', '2024-10-11')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(only('As a result of the actions of Russian air defence crews over the past day, 38 drones were shot down.', '2024-10-11')).toMatchObject({ subject: 'Ukraine', metric: 'uav' });
  });

  it('counts "military" as soldiers, weapons lost as equipment, and Storm Shadows as cruise missiles', () => {
    const claims = claimsOf('Since June 4, the enemy has lost more than 20,000 military and 2,500 weapons, and 19 Storm Shadow missiles were shot down, Shoigu said.', '2023-07-01');
    expect(claims.map((c) => [c.subject, c.metric, c.value])).toEqual([
      ['Ukraine', 'personnel', 20000],
      ['Ukraine', 'equipment', 2500],
      ['Ukraine', 'cruise_missiles', 19],
    ]);
    expect(only('Ukraine has also lost a good 6,900 weapon systems, Shoigu said.', '2023-09-01')).toMatchObject({ metric: 'equipment', qualifier: 'atLeast' });
  });

  it('gives a clause that goes on with "as well as" the period of the figures before it', () => {
    const claims = claimsOf('Russian air defences shot down 400 drones since June 4, as well as having destroyed 40 howitzers, the Russian Defence Ministry said.', '2023-07-11');
    expect(claims.map((c) => [c.value, c.period?.start])).toEqual([
      [400, '2023-06-04'],
      [40, '2023-06-04'],
    ]);
  });
});

describe('a front\'s tallies', () => {
  it('hears the ministry behind "a statement released by the press service of"', () => {
    expect(only('According to a statement released by the press service of the Russian Ministry of Defense, up to 190 Ukrainian troops were eliminated.', '2025-04-01')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
  });

  it('gives what troops "claim to have taken out" to the other side', () => {
    const claims = claimsOf('Russian troops claim to have taken out 580 artillery guns and 390 tanks, the ministry said.', '2025-04-01');
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.kind])).toEqual([
      ['Ukraine', 'artillery', 580, 'loss'],
      ['Ukraine', 'tanks', 390, 'loss'],
    ]);
  });

  it('dates an operation from the day the text gives for its start', () => {
    expect(only('Since the start of the Ukrainian military operation in the Kursk region on August 6, 2024, Russia has lost more than 50,000 soldiers there, the General Staff said.', '2025-03-01').period).toEqual({
      kind: 'span',
      start: '2024-08-06',
      end: '2025-03-01',
    });
  });
});

describe('a president\'s and a minister\'s year', () => {
  it('counts "military losses" and a total that "exceed" a figure', () => {
    expect(only('Zelensky said Russia has suffered over 700,000 military losses.', '2024-12-08')).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 700000, qualifier: 'atLeast' });
    expect(claimsOf("He said Moscow's total losses exceed 720,000, including 190,000 killed.", '2024-12-08').map((c) => c.value)).toEqual([720000, 190000]);
  });

  it('reads no ratio "five or six soldiers for every" one as a figure', () => {
    expect(claimsOf('He said Russia has been losing five or six soldiers for every Ukrainian soldier killed.', '2024-12-08')).toEqual([]);
  });

  it('counts defenders as soldiers, and "over the course of 2024" as the year', () => {
    expect(only('The Economist reported that up to 90,000 Ukrainian defenders had died.', '2024-12-08')).toMatchObject({ subject: 'Ukraine', metric: 'personnel' });
    expect(only('Ukrainian forces lost 580,000 troops over the course of 2024, the Russian Defence Ministry said.', '2025-01-03').period).toMatchObject({ kind: 'span', start: '2024-01-01' });
  });

  it('does not carry a year that is over into figures a claimant gives on a later day', () => {
    const claims = claimsOf('Ukrainian forces lost 580,000 troops over 2024, the Russian Defence Ministry said on Thursday. Russian air defences downed 90 drones, the ministry said in a statement on Thursday.', '2025-01-03');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [580000, 'span'],
      [90, 'day'],
    ]);
  });

  it('reads "a total of" as no count of one', () => {
    expect(claimsOf('According to the ministry, a total of 640 aircraft have been destroyed since the start of the operation.', '2025-01-03').map((c) => [c.metric, c.value])).toEqual([['aircraft', 640]]);
  });

  it('takes "Back in February of this year, he insisted" as when he spoke', () => {
    const claims = claimsOf('Zelensky said on X that 43,000 soldiers had been killed. Back in February of this year, he insisted that Kiev had lost only 31,000 troops.', '2024-12-16');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [43000, 'cumulative'],
      [31000, 'cumulative'],
    ]);
  });
});

describe('front-line spokesmen and early estimates', () => {
  it('hears a group of forces\' spokesman for Ukraine\'s military, and a count with its participle as no one acting', () => {
    const claims = claimsOf('Some 120 invaders destroyed, 210 wounded in Bakhmut direction – Cherevaty\n\nIn the Bakhmut direction, 120 Russian invaders were destroyed and 210 were wounded, Serhiy Cherevaty said on Wednesday.', '2023-09-13');
    expect(claims.map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Russia', 120, 'UA'],
      ['Russia', 210, 'UA'],
    ]);
  });

  it('reads "70 or 80,000 casualties" as one range of thousands', () => {
    expect(only('The Pentagon said the Russians are probably taking 60 or 70,000 casualties.', '2022-08-09')).toMatchObject({ value: 60000, valueMax: 70000 });
  });

  it('counts armed personnel carriers, anti-aircraft defence systems and equipment units by their names', () => {
    const claims = claimsOf('The General Staff said Russia has lost 1,100 armed personnel carriers, 40 anti-aircraft defense systems and 30 military equipment units.', '2022-03-22');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['armored_vehicles', 1100],
      ['air_defense', 40],
      ['equipment', 30],
    ]);
  });

  it('takes "the dead in the Russian ranks" for Russia\'s, not a place', () => {
    expect(only('The General Staff of the Ukrainian Army said the number of dead in the Russian ranks is about 14,000.', '2022-03-21')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });
});

describe('monthly tallies and front reports', () => {
  it('counts "individuals" after losses, and a loss with a qualifying "exceed"', () => {
    expect(only('The total number of losses this month amounts to 41,200 individuals, the UK said.', '2024-11-30')).toMatchObject({ subject: null, metric: 'personnel', value: 41200 });
    expect(only('In October, the average daily loss of the Russian army amounted to 1,400 people, the UK said.', '2024-11-30')).toMatchObject({ subject: 'Russia', value: 1400 });
    expect(only('The General Staff said Russian equipment losses in October exceed 2 billion dollars.', '2024-11-30')).toMatchObject({ unit: 'USD', qualifier: 'atLeast' });
  });

  it('reads no running total in a record "since the beginning of the invasion"', () => {
    expect(only('According to the Ministry of Defence of Ukraine, in October, the Russian army suffered its highest losses in killed and wounded personnel since the beginning of the invasion - 41,000 military personnel.', '2024-11-05').period).toMatchObject({ kind: 'span', start: '2024-10-01', end: '2024-10-31' });
  });

  it('takes the claimant of a "Source:" line for the lead above it', () => {
    expect(claimsOf('Russian forces lost 6,000 troops on the Pokrovsk front in December.\n\nSource: Viktor Trehubov, spokesperson for the Khortytsia group, on national television', '2025-01-10')[0]).toMatchObject({ sourceGroup: 'UA' });
  });

  it('counts invaders our soldiers "neutralize" every day as a daily loss', () => {
    expect(only('On average, our soldiers neutralize 250 invaders every day in this direction, Syrskyi said.', '2024-08-27')).toMatchObject({ subject: 'Russia', kind: 'loss', period: { kind: 'day', start: null } });
  });
});

describe('think-tank and newsroom estimates', () => {
  it('reads no figure in "men under the age of 50"', () => {
    expect(claimsOf('By our calculations, roughly 45,000 Russian men under the age of 50 have died in the war, Mediazona said.', '2023-07-10').map((c) => c.value)).toEqual([45000]);
  });

  it('hears a ministry that "further suggested"', () => {
    expect(only('The U.K. Ministry of Defense further suggested that 35,000 to 55,000 Russians had likely lost their lives.', '2023-07-10')).toMatchObject({ sourceGroup: 'UK', value: 35000, valueMax: 55000 });
  });

  it('takes "the number of Ukrainian personnel killed … is estimated at" for Ukraine\'s, no one acting', () => {
    expect(only('The total number of Ukrainian military personnel killed since the start of the war is estimated to be between 90,000 and 130,000, CSIS said.', '2026-01-28')).toMatchObject({ subject: 'Ukraine', value: 90000 });
  });
});

describe('a medium that relays', () => {
  it('gives figures a medium carried to the claimant a later sentence says they are from', () => {
    const claims = claimsOf('The Kyiv Independent believes Russia has lost close to 15,000 soldiers and 500 tanks.\n\nThese are the indicative estimates of Russia\'s losses as of March 23, according to the Armed Forces of Ukraine.', '2022-03-23');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [15000, 'UA'],
      [500, 'UA'],
    ]);
  });
});

// Readings found on a fifth set of real pages outside the corpus (Russian battlegroup reports,
// wire copy of both sides' daily claims, intelligence estimates), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('sides', () => {
  it('gives a figure to the side that lost it when that side is named after the forces acting ("…, and Kiev lost")', () => {
    const claim = only("Battlegroup Zapad routed two Ukrainian brigades and repelled four attacks, and Kiev lost up to 310 soldiers, the Russian Defence Ministry said.", '2024-10-09');
    expect(claim).toMatchObject({ subject: 'Ukraine', value: 310, qualifier: 'atMost', sourceGroup: 'RU' });
  });

  it('reads a side\'s possessive after "with" as the owner of the losses, not a place', () => {
    const claim = only("Battlegroup Vostok beat off an attack, with Kiev's losses amounting to up to 80 soldiers, the Russian Defence Ministry said.", '2024-10-09');
    expect(claim).toMatchObject({ subject: 'Ukraine', value: 80 });
  });

  it('does not give a claimant only in force its own dead: sector tolls after its report are the adversary\'s', () => {
    const text = [
      "Russia's Defence Ministry said its troops killed about 1,300 Ukrainian soldiers in a day, around 400 of them in the central sector.",
      'Further losses were reported in the southern sector (260 killed) and the northern one (over 90 killed).',
    ].join('\n');
    expect(claimsOf(text, '2025-06-03').map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 1300, 'RU'],
      ['Ukraine', 400, 'RU'],
      ['Ukraine', 260, 'RU'],
      ['Ukraine', 90, 'RU'],
    ]);
  });
});

describe('metrics', () => {
  it('counts automotive equipment, motor vehicles and automobiles as vehicles', () => {
    const text = 'Over the past day the Defence Forces destroyed 41 units of automotive equipment, the General Staff said.';
    expect(only(text, '2024-12-23')).toMatchObject({ metric: 'vehicles', value: 41 });
    expect(only('The enemy lost 17 automobiles over the past week, the Russian Defence Ministry said.', '2024-11-01')).toMatchObject({ metric: 'vehicles', value: 17 });
    expect(only('The enemy lost 6 motor vehicles over the past day, the Russian Defence Ministry said.', '2024-11-01')).toMatchObject({ metric: 'vehicles', value: 6 });
  });

  it('does not let a later item of a list count the unnumbered noun after it, unless joined as "other"', () => {
    const listed = claimsOf('The enemy lost up to 300 servicemen, two tanks, five motor vehicles and field artillery guns, the Russian Defence Ministry said.', '2025-05-03');
    expect(listed.map((c) => [c.metric, c.value])).toEqual([
      ['personnel', 300],
      ['tanks', 2],
      ['vehicles', 5],
    ]);
    const other = claimsOf('Russia lost 500 soldiers, 14 tanks and other armoured vehicles, the General Staff said.', '2025-05-03');
    expect(other.map((c) => [c.metric, c.value])).toEqual([
      ['personnel', 500],
      ['tanks+armored_vehicles', 14],
    ]);
    expect(only('Russia has lost 11,000 tanks and armoured vehicles, the General Staff said.', '2025-05-03')).toMatchObject({ metric: 'tanks+armored_vehicles' });
  });
});

describe('repeats', () => {
  it('keeps a small count that a second unit\'s report, with figures of its own, gives again', () => {
    const text = [
      'Battlegroup Tsentr eliminated up to 420 Ukrainian soldiers, four armored vehicles and two motor vehicles over the past day, the Russian Defence Ministry said.',
      'Battlegroup Yug eliminated over 190 Ukrainian soldiers and two motor vehicles, the ministry said.',
    ].join(' ');
    expect(claimsOf(text, '2025-05-03').map((c) => [c.metric, c.value])).toEqual([
      ['personnel', 420],
      ['armored_vehicles', 4],
      ['vehicles', 2],
      ['personnel', 190],
      ['vehicles', 2],
    ]);
  });

  it('still keeps once a small count said again with another figure of its sentence', () => {
    const text = [
      'Russia lost 1,200 soldiers and seven tanks over the past day, the General Staff said.',
      '"The enemy lost 1,200 soldiers and seven tanks," the General Staff said in its update.',
    ].join(' ');
    expect(claimsOf(text, '2025-05-03').map((c) => [c.metric, c.value])).toEqual([
      ['personnel', 1200],
      ['tanks', 7],
    ]);
  });
});

describe('periods', () => {
  it('reads "within a 24-hour period" as one day, and "over the same period" after it as that day', () => {
    const text = [
      "Russia's Defence Ministry said its forces killed some 1,250 Ukrainian troops within a 24-hour period.",
      "Ukraine's General Staff, for its part, said Russia lost about 1,050 soldiers over the same period.",
    ].join(' ');
    expect(claimsOf(text, '2025-06-03').map((c) => [c.subject, c.value, c.period?.kind])).toEqual([
      ['Ukraine', 1250, 'day'],
      ['Russia', 1050, 'day'],
    ]);
  });

  it('reads a death toll given on a day as the running total of that day, the claimant\'s own', () => {
    const claim = only('Moscow has only once provided an official casualty figure, on March 25, with a death toll of 1,351.', '2022-07-22');
    expect(claim).toMatchObject({ subject: 'Russia', value: 1351, sourceGroup: 'RU', period: { kind: 'cumulative', start: '2022-02-24', end: '2022-03-25' } });
  });

  it('reads "in the weekend battles" as the weekend before', () => {
    const claim = only('At least 40 North Korean soldiers were killed or wounded in the weekend battles, Ukrainian military intelligence said.', '2024-12-17');
    expect(claim).toMatchObject({ subject: 'North Korea', qualifier: 'atLeast', period: { kind: 'span', start: '2024-12-14', end: '2024-12-15' } });
  });
});

describe('claimants and estimates', () => {
  it('reads a country that "guarantees" or "insists" a figure as its claimant', () => {
    expect(only('Kyiv, for its part, insists that Russian losses are far greater, about 38,000 soldiers killed.', '2022-07-22')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
    expect(only('Ukraine guarantees that about 38,000 Russian soldiers have been killed.', '2022-07-22')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('reads "the true figure likely surpasses" as at least what the sentence before counted', () => {
    const text = 'Mediazona has confirmed the names of 61,000 Russian soldiers killed in the war. The outlet believes the true figure likely surpasses 120,000.';
    expect(claimsOf(text, '2024-06-01').map((c) => [c.metric, c.value, c.qualifier, c.sourceGroup])).toEqual([
      ['personnel', 61000, 'exact', 'independent'],
      ['personnel', 120000, 'atLeast', 'independent'],
    ]);
  });

  it('reads no figure in a photo caption with its credit', () => {
    const text = [
      'The bodies of three Russian soldiers lie beside a burnt-out tank near a village. (Jane Doe/Agency via Getty Images)',
      'Illustrative photo: four Ukrainian soldiers rest in a trench.',
      'Mediazona has confirmed the names of 61,000 Russian soldiers killed in the war.',
    ].join('\n');
    expect(claimsOf(text, '2024-06-01').map((c) => c.value)).toEqual([61000]);
  });
});

describe('claimants named by their people', () => {
  it('reads a minister the table does not name by his title, and his surname later as the same claimant', () => {
    const text = [
      "Ukraine's Defence Minister Petro Kovalenko said on Monday that Russia had lost 1,150 soldiers over the past day.",
      'Kovalenko said Russian forces also lost 16 tanks.',
    ].join('\n');
    expect(claimsOf(text, '2025-03-10').map((c) => [c.metric, c.value, c.sourceGroup])).toEqual([
      ['personnel', 1150, 'UA'],
      ['tanks', 16, 'UA'],
    ]);
  });

  it("keeps a battlegroup spokesman's claimant when only his surname is given again", () => {
    const text = [
      "The head of the Vostok group's press center Ivan Sidorenko told TASS that Ukraine lost up to 140 soldiers over the past day.",
      'Sidorenko added that Ukrainian forces also lost 3 tanks.',
    ].join('\n');
    expect(claimsOf(text, '2025-03-10').map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 140, 'RU'],
      ['Ukraine', 3, 'RU'],
    ]);
  });

  it('does not give an unknown surname a claimant', () => {
    const text = ["Russia's Defence Ministry said 500 Ukrainian soldiers were killed over the past day.", 'Novak said 70 Russian soldiers were killed.'].join('\n');
    expect(claimsOf(text, '2025-03-10').map((c) => [c.value, c.sourceGroup])).toEqual([
      [500, 'RU'],
      [70, null],
    ]);
  });
});

describe('qualifiers', () => {
  it('reads "up to" after "took heavy losses" or "a toll of" as at most, but keeps a total taken up to a level as stated', () => {
    expect(only('Russian units took heavy losses near the town, with Kyiv saying they lost up to 240 soldiers.', '2025-03-10')).toMatchObject({ value: 240, qualifier: 'atMost' });
    expect(only('The assault took a toll of up to 240 Russian soldiers, the General Staff said.', '2025-03-10')).toMatchObject({ value: 240, qualifier: 'atMost' });
    expect(only('The day took the total of Russian losses up to 640,000 soldiers, the General Staff said.', '2025-03-10')).toMatchObject({ value: 640000, qualifier: 'exact' });
  });
});

describe('aid lists', () => {
  it('reads weapons a donor is "handing" a country as aid, a model\'s variant as part of its name, a drone system as drones', () => {
    const text = 'This time, Poland is handing Ukraine 12 PT-91 tanks, 30 Leopard 2 A4 tanks, 14 Leopard 1A5 tanks and two Gladius unmanned systems, its defence ministry said.';
    expect(claimsOf(text, '2023-07-11').map((c) => [c.metric, c.value, c.kind])).toEqual([
      ['tanks', 12, 'aid'],
      ['tanks', 30, 'aid'],
      ['tanks', 14, 'aid'],
      ['uav', 2, 'aid'],
    ]);
  });
});

describe('periods of totals', () => {
  it('reads "As of today, the losses amount to" as a running total of the day it is said', () => {
    expect(only('"As of today, the irreplaceable losses of the Ukrainian army amount to 21,000 people," the Russian Defence Ministry said.', '2022-04-16')).toMatchObject({
      subject: 'Ukraine',
      period: { kind: 'cumulative', start: '2022-02-24', end: '2022-04-16' },
    });
  });

  it('reads "In Mariupol alone" as the toll of a town\'s fighting, its start undated, but not "in September alone" nor a country', () => {
    expect(only('"In Severodonetsk alone, the losses of the Ukrainian group amounted to more than 3,000 people," the Russian Defence Ministry said.', '2022-06-20')).toMatchObject({ period: { kind: 'span', start: null, end: '2022-06-20' } });
    expect(only('In September alone, Russia lost 38,000 soldiers, the General Staff said.', '2024-10-10')).toMatchObject({ period: { kind: 'span', start: '2024-09-01', end: '2024-09-30' } });
    expect(only('In Ukraine alone, Russia has lost 600,000 soldiers since the invasion, the General Staff said.', '2024-10-10')).toMatchObject({ period: { kind: 'cumulative' } });
  });

  it('reads "since Moscow\'s soldiers invaded Ukraine" as the war, for "throughout this time" after it', () => {
    const text = [
      "Russia's casualties in February were the highest since Moscow's soldiers invaded Ukraine in February 2022, the British government said.",
      'Over 300,000 Russians have died throughout this time, according to London.',
    ].join(' ');
    expect(only(text, '2024-03-17')).toMatchObject({ value: 300000, period: { kind: 'cumulative', start: '2022-02-24' }, sourceGroup: 'UK' });
  });
});

describe('people who are not soldiers, and who speaks on', () => {
  it('does not count "13 more were wounded" after civilians killed as soldiers', () => {
    const text = 'Russia lost 1,300 soldiers over the past day, the General Staff said. A Russian missile strike on Odesa killed five civilians, and 21 more were wounded.';
    expect(claimsOf(text, '2025-03-10').map((c) => c.value)).toEqual([1300]);
  });

  it('takes up an outlet as claimant when "the journalists" go on speaking for it, even about what "they have verified"', () => {
    const text = [
      'Mediazona has confirmed the names of 61,000 Russian soldiers killed in the war.',
      'The journalists point out that the real number is much higher, since the deaths they have verified come only from public sources.',
      'The true figure likely surpasses 120,000.',
    ].join(' ');
    expect(claimsOf(text, '2024-06-01').map((c) => [c.value, c.sourceGroup])).toEqual([
      [61000, 'independent'],
      [120000, 'independent'],
    ]);
  });
});

describe('a third fresh set: Western estimates and air-defence reports', () => {
  it('reads "70 or 80 thousand" as a range', () => {
    expect(only('A Pentagon official said Russian losses came to 60 or 70 thousand dead and wounded.', '2022-08-09')).toMatchObject({ value: 60000, valueMax: 70000, sourceGroup: 'US' });
  });

  it('gives casualties "inflicted on the Russian army" to Russia, not to the side that inflicted them', () => {
    expect(only('US officials say Ukraine has inflicted casualties on the Russian army that exceeded 9,000 soldiers last month.', '2022-08-09')).toMatchObject({ subject: 'Russia', qualifier: 'atLeast' });
  });

  it('keeps "others" of a side\'s figure that side\'s', () => {
    const claims = claimsOf('Ukraine\'s navy said one Russian landing ship had sunk and two others were damaged.', '2022-03-24');
    expect(claims.map((c) => [c.subject, c.metric, c.value])).toEqual([
      ['Russia', 'ships', 1],
      ['Russia', 'ships', 2],
    ]);
  });

  it('reads a toll of the wars in Iraq and Afghanistan as no claim', () => {
    const text = 'US officials estimate that 5,000 Russian troops have been killed. By one count, 7,000 US troops died during the wars in Iraq and Afghanistan.';
    expect(claimsOf(text, '2022-03-10').map((c) => c.value)).toEqual([5000]);
  });

  it('reads "the ministry said" with no ministry named as the ministry of the side that inflicted the loss', () => {
    expect(only('Overnight, air defence systems on duty destroyed 41 Ukrainian drones, the ministry said.', '2024-06-01')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(only('The defence ministry said Russian forces lost 280 soldiers over the past day.', '2024-06-01')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });
});

describe('money in words', () => {
  it('reads "worth one billion dollars" as an aid package in whole dollars', () => {
    expect(only('Washington announced a new military aid package for Ukraine worth two billion dollars.', '2022-08-09')).toMatchObject({ metric: 'aid', unit: 'USD', value: 2_000_000_000, kind: 'aid', sourceGroup: 'US' });
  });
});

describe('speakers who explain', () => {
  it('reads "X explained on Thursday that" as X speaking on that day', () => {
    expect(only("The head of Britain's MI6, Richard Moore, explained on Thursday that about 16,000 Russian soldiers had died.", '2022-07-22')).toMatchObject({
      sourceGroup: 'UK',
      period: { kind: 'cumulative', end: '2022-07-21' },
    });
  });
});

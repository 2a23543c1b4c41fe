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

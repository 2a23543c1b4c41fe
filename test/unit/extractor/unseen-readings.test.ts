// Readings found on real articles outside the corpus (session of 2026-12-02, extractor v4), each
// in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('numbers', () => {
  it('reads scales spelled out or hyphenated: "three-thousand", "27-hundred", "four-thousand-100"', () => {
    expect(only('Seoul estimates that some three-thousand North Korean soldiers have been killed or wounded.', '2025-01-14')).toMatchObject({ value: 3000, qualifier: 'approx', subject: 'North Korea' });
    expect(only('Roughly 27-hundred North Korean soldiers were wounded, the NIS said.', '2025-01-14')).toMatchObject({ value: 2700, qualifier: 'approx' });
    expect(only('The spy agency said four-thousand-100 North Korean troops were killed or injured.', '2025-03-01')).toMatchObject({ value: 4100 });
    expect(only('Ukraine said its drones destroyed five hundred Russian tanks in the war so far.')).toMatchObject({ value: 500, metric: 'tanks' });
  });

  it('reads "others" after a figure as more of what that figure counted', () => {
    const claims = claimsOf('Some 250 North Korean soldiers have died and 1,900 others have been wounded in Kursk, a South Korean lawmaker said.', '2025-01-14');
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.kind])).toEqual([
      ['North Korea', 'personnel', 250, 'loss'],
      ['North Korea', 'personnel', 1900, 'loss'],
    ]);
  });
});

describe('periods', () => {
  it('reads "since the war of aggression began in February last year" as a running total', () => {
    const claims = claimsOf("Ukraine's General Staff says Russia has lost 150,000 soldiers and 3,100 tanks since the war of aggression against Ukraine began in February last year.", '2023-05-02');
    expect(claims.map((c) => c.period)).toEqual([
      { kind: 'cumulative', start: '2022-02-24', end: '2023-05-02' },
      { kind: 'cumulative', start: '2022-02-24', end: '2023-05-02' },
    ]);
  });
});

describe('metrics and kinds', () => {
  it('reads soldiers "who have fallen" as a loss', () => {
    expect(only("Among them are 610 Russian soldiers who have fallen in the past day, Kyiv's General Staff said.")).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 610, kind: 'loss' });
  });

  it('does not count a quantified noun with the figure before it: "five jets and several air defence systems"', () => {
    expect(only('Officials said seven Russian jets and several air defence systems were hit at the airfield.')).toMatchObject({ metric: 'aircraft', value: 7 });
  });

  it('reads "rocket salvo systems" as multiple rocket launchers', () => {
    expect(only('The Ukrainian General Staff said Russia lost four rocket salvo systems in the past 24 hours.')).toMatchObject({ metric: 'mlrs', value: 4 });
  });
});

describe('claimants', () => {
  it('takes up "the MoD" as the ministry named before', () => {
    const claims = claimsOf("Ukraine lost 300 soldiers facing Russia's Battlegroup Sever in the past day, the Russian Defence Ministry said. Kyiv also lost 12 pickups, the MoD noted.");
    expect(claims.map((c) => c.sourceGroup)).toEqual(['RU', 'RU']);
  });
});

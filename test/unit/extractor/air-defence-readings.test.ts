// Readings found on fresh real pages of Moscow's overnight air-defence reports (drones and missiles
// shot down over Russian regions, as TASS, Sputnik and wire copy carry them), in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('numbers', () => {
  it('reads a date written year first ("2024-03-09") as no figure', () => {
    const claims = claimsOf('2024-03-09 Russian air defence units downed 38 Ukrainian drones, the Russian Defence Ministry said.', '2024-03-09');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['uav', 38]]);
  });
});

describe('metrics', () => {
  it('counts Neptune missiles by name as cruise missiles', () => {
    expect(only('Air defences also intercepted four Ukrainian Neptune-MD guided missiles over the Sea of Azov, the Russian Defence Ministry said.', '2025-04-02')).toMatchObject({
      subject: 'Ukraine', metric: 'cruise_missiles', value: 4, kind: 'loss',
    });
  });

  it('gives a figure with a noun of its own ("three ballistic missiles") nothing of the noun after the next figure', () => {
    const claims = claimsOf('The barrage included three ballistic missiles and two cruise missiles, and the air force said it downed both cruise missiles.', '2025-04-02');
    expect(claims.filter((c) => c.metric === 'cruise_missiles').map((c) => c.value)).toEqual([2]);
  });

  it('reads "ships and boats" as one category, so the list after it goes on', () => {
    const claims = claimsOf('Russia lost 1,230 soldiers over the past day, the General Staff said. It has also lost 1,102 tanks, 31 ships and boats, and one submarine.', '2025-02-11');
    expect(claims.map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['personnel', 1230, 'day'],
      ['tanks', 1102, 'cumulative'],
      ['ships', 31, 'cumulative'],
      ['submarines', 1, 'cumulative'],
    ]);
  });
});

describe('periods', () => {
  it('keeps the update\'s day for a figure "also" destroyed in a perfect tense after the day\'s undated figures', () => {
    const claims = claimsOf(
      'Russian air defences have intercepted 88 Ukrainian drones over eight regions, the Russian Defence Ministry said. Naval aviation has also destroyed three Ukrainian uncrewed boats in the Black Sea.',
      '2025-09-14',
    );
    expect(claims.map((c) => [c.metric, c.value, c.period])).toEqual([
      ['uav', 88, { kind: 'day', start: '2025-09-14', end: '2025-09-14' }],
      ['ships', 3, { kind: 'day', start: '2025-09-14', end: '2025-09-14' }],
    ]);
  });

  it('still reads a perfect tense with no "also" after the day\'s figures as a running total', () => {
    const claims = claimsOf(
      'Russian air defences intercepted 88 Ukrainian drones over eight regions, the Russian Defence Ministry said. Russian forces have destroyed 1,930 Ukrainian aircraft-type drones.',
      '2025-09-14',
    );
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [88, 'day'],
      [1930, 'cumulative'],
    ]);
  });
});

describe('kinds', () => {
  it('carries losses on only by words before the figure: "one drone crossed into Ukraine, and another went back" is no loss', () => {
    const claims = claimsOf('Ukraine\'s air force said it downed 40 Russian drones overnight. One drone crossed into Ukraine from Belarus and another went back to Russia, the air force added.', '2025-03-03');
    expect(claims.filter((c) => c.kind === 'loss').map((c) => c.value)).toEqual([40]);
  });
});

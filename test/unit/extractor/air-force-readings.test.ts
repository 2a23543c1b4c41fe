// Readings found on a set of real pages about Ukraine's air force shoot-downs and the General Staff's
// daily figures as translated reports carry them, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('what befell the weapons', () => {
  it('reads drones "fired by Russia" after a verb of downing as downed', () => {
    expect(only("Kyiv's air defences brought down four missiles and 31 drones fired by Russia overnight, the air force said.", '2024-09-10')).toMatchObject({
      subject: 'Russia',
      metric: 'uav',
      value: 31,
      kind: 'loss',
    });
  });

  it('still reads drones Russia launched, with no downing, as launched', () => {
    expect(only('Russia launched 40 drones fired from Kursk overnight, the air force said.', '2024-09-10').kind).toBe('other');
  });
});

describe('a translated General Staff report', () => {
  it('reads forces that "managed to destroy" as the other side inflicting the loss', () => {
    expect(only('The General Staff said Ukrainian units have managed to destroy 9,700 tanks.', '2024-12-30').subject).toBe('Russia');
  });

  it('counts a figure that closes a quotation by the noun after it', () => {
    expect(only('The staff said Russia has suffered “about 780,000” casualties.', '2024-12-30')).toMatchObject({ metric: 'personnel', value: 780000, qualifier: 'approx' });
  });

  it('knows an anti-aircraft vehicle as air defence and BpLA as drones', () => {
    const claims = claimsOf('Over the past day, the Defense Forces destroyed two anti-aircraft vehicles and 61 BpLA of operational-tactical level.', '2024-06-10');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['air_defense', 2],
      ['uav', 61],
    ]);
  });
});

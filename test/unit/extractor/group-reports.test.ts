import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

// The Russian ministry's daily report, as wire copy retells it: one figure per group of forces,
// each in its own clause, often in the perfect tense.
const DAY = { kind: 'day', start: '2024-08-05', end: '2024-08-05' };

describe("a daily report's figures by group of forces", () => {
  const report = [
    'Ukrainian troops lost up to 600 servicemen and four tanks near the Dnipro in the past 24 hours, the Russian Defence Ministry said on Monday.',
    'The North group pushed forward, and Ukraine has lost up to 480 soldiers in its zone, the ministry said, adding that in clashes with the Centre group Kyiv has lost up to 310 troops.',
  ].join(' ');

  it("gives each clause's figure to the side that lost it, not to the forces named first", () => {
    const personnel = claimsOf(report, '2024-08-05').filter((c) => c.metric === 'personnel');
    expect(personnel.map((c) => [c.value, c.subject])).toEqual([[600, 'Ukraine'], [480, 'Ukraine'], [310, 'Ukraine']]);
  });

  it('keeps the day of the report for a perfect tense a day can hold', () => {
    const personnel = claimsOf(report, '2024-08-05').filter((c) => c.metric === 'personnel');
    for (const claim of personnel) expect(claim.period).toEqual(DAY);
  });

  it('still reads a perfect tense beyond any day as a running total', () => {
    const text = 'Ukraine lost 40 tanks in the past day, Moscow said on Monday. Kyiv has lost 19,000 armoured vehicles, the ministry said.';
    const armoured = claimsOf(text, '2024-08-05').find((c) => c.metric === 'armored_vehicles');
    expect(armoured?.period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-08-05' });
  });

  it('keeps a troops noun of another clause from naming the side', () => {
    expect(only('Russian troops took a village, and Ukraine lost 90 soldiers there, Moscow said.', '2024-08-05')).toMatchObject({ subject: 'Ukraine', value: 90 });
    expect(only('Russian losses: 1,150 soldiers in the past day, Kyiv said.', '2024-08-05')).toMatchObject({ subject: 'Russia', value: 1150 });
  });

  it('shares one noun between figures that each carry a qualifier', () => {
    const both = claimsOf('Two spokesmen said Kyiv lost up to 210 and over 240 soldiers in the past day.', '2024-08-05');
    expect(both.map((c) => [c.value, c.qualifier, c.metric])).toEqual([[210, 'atMost', 'personnel'], [240, 'atLeast', 'personnel']]);
  });

  it.each(['troopers', 'infantrymen', 'combatants', 'reservists'])('counts %s as personnel', (noun) => {
    expect(only(`Moscow said about 700 Ukrainian ${noun} were killed in the past day.`, '2024-08-05')).toMatchObject({ metric: 'personnel', subject: 'Ukraine', qualifier: 'approx' });
  });
});

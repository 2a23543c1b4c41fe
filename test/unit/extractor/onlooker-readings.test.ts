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


// Readings found on fresh real pages of Russian ministry briefings, Ukrainian air-force reports,
// General Staff and commander posts and aid announcements, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('metrics', () => {
  it('counts the Russian ministry\'s "aircraft-type" drones as drones, with a hyphen, a dash or a space', () => {
    for (const joint of ['-', '—', ' ']) {
      expect(only(`Overnight, air defences on duty destroyed 64 Ukrainian aircraft${joint}type unmanned aerial vehicles, the Russian Defence Ministry said.`, '2025-06-02')).toMatchObject({
        subject: 'Ukraine',
        metric: 'uav',
        value: 64,
        sourceGroup: 'RU',
      });
    }
  });

  it('counts "combat vehicles of multiple launch rocket systems" as rocket launchers, not armour', () => {
    const claims = claimsOf('Since the start of the special military operation, the Russian Defence Ministry said, Ukraine has lost 412 tanks and 1,020 combat vehicles of multiple launch rocket systems.', '2023-03-05');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['tanks', 412],
      ['mlrs', 1020],
    ]);
  });

  it('reads a noun that opens a quotation: a "drawdown package" is the aid package', () => {
    expect(only('The new tranche includes a $980 million "drawdown package," the Pentagon said.', '2024-11-12')).toMatchObject({ subject: 'Ukraine', metric: 'aid', unit: 'USD', value: 980000000, kind: 'aid' });
  });
});

describe('parts and wholes', () => {
  it('reads "N drones out of M" as N downed of M launched: the whole is no loss', () => {
    const claims = claimsOf('Ukraine shot down 61 Russian drones out of 90 overnight, its air force said.', '2025-02-10');
    expect(claims.map((c) => [c.value, c.metric, c.kind, c.subject])).toEqual([
      [61, 'uav', 'loss', 'Russia'],
      [90, 'uav', 'other', 'Russia'],
    ]);
  });

  it('keeps a whole with a noun of another count out of the part ("8 soldiers out of 40 wounded" stays people)', () => {
    const claims = claimsOf('The regiment lost 12 tanks out of 40 armoured vehicles, the ministry said.', '2024-05-01');
    expect(claims.find((c) => c.value === 40)?.metric).toBe('armored_vehicles');
  });
});

describe('restatements', () => {
  it('keeps a small count once when the lead paraphrases the claimant and a quotation restates it', () => {
    const claims = claimsOf(
      'Moscow said on Saturday that its air defences had downed 11 Ukrainian drones over the Kursk and Oryol regions. "Duty air defence systems intercepted 11 Ukrainian drones over the Kursk and Oryol regions," the ministry said in a statement.',
      '2024-06-15',
    );
    expect(claims.map((c) => [c.subject, c.metric, c.value])).toEqual([['Ukraine', 'uav', 11]]);
  });

  it('still keeps two small counts of the same value apart when neither is quoted', () => {
    const claims = claimsOf('Air defences downed 11 Ukrainian drones over the Kursk region, the ministry said. Later, air defences downed 11 Ukrainian drones over the Oryol region, the ministry said.', '2024-06-15');
    expect(claims).toHaveLength(2);
  });
});

describe('Ukrainian', () => {
  it('reads forces that "reduced the strength" of the enemy army by a figure as its loss, qualified before the preposition', () => {
    expect(only('Як повідомив Сирський, у лютому підрозділи Сил оборони скоротили чисельність армії РФ майже на 31,2 тисячі осіб.', '2026-03-06')).toMatchObject({
      subject: 'Russia',
      metric: 'personnel',
      value: 31200,
      qualifier: 'atMost',
      kind: 'loss',
      period: { kind: 'span', start: '2026-02-01', end: '2026-02-28' },
      sourceGroup: 'UA',
    });
  });

  it('reads "на понад" and "приблизно на" before a figure', () => {
    expect(only('За словами Сирського, у березні Сили оборони скоротили чисельність окупантів на понад 30 тисяч осіб.', '2026-04-05').qualifier).toBe('atLeast');
    expect(only('За словами Сирського, у березні Сили оборони скоротили чисельність окупантів приблизно на 30 тисяч осіб.', '2026-04-05').qualifier).toBe('approx');
  });
});

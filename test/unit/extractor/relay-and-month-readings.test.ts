// Readings prompted by fresh real pages (outlets relaying the General Staff; monthly tallies told
// in passing). Sentences are our own; the figures are real.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('relays and monthly tallies (a fiftieth set)', () => {
  it('keeps the body a medium is said to quote as the claimant of what follows', () => {
    const claims = claimsOf(
      'Russian forces have lost 251,620 soldiers so far, according to the Ukrainian General Staff. The figures come from a General Staff report quoted by The Kyiv Independent. The report, relied on by the outlet, lists 4,262 tanks among the losses.',
      '2023-08-09',
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA']);
  });

  it('reads "since the invasion of Ukraine began on February 24 last year" as the war so far', () => {
    expect(only('Since the invasion of Ukraine began on February 24 last year, Russian troops have lost 251,620 soldiers.', '2023-08-09').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2023-08-09',
    });
  });

  it('counts "multiple missile systems" as rocket launchers', () => {
    expect(only('Kyiv says Russia has lost 711 multiple missile systems since the invasion.', '2023-08-09').metric).toBe('mlrs');
  });

  it('pairs months named before a list with its figures, "respectively", and lets "systems" count what the figure before counts', () => {
    const claims = claimsOf('Russian artillery losses peaked during July and August, with 1,520 and 1,517 systems destroyed, respectively.', '2024-10-11');
    expect(claims.map((c) => [c.metric, c.value, c.period?.start])).toEqual([
      ['artillery', 1520, '2024-07-01'],
      ['artillery', 1517, '2024-08-01'],
    ]);
  });

  it('reads a month that opens a sentence as its subject ("May stands out as …")', () => {
    expect(only('May stands out as the worst month for Russian tanks, with 428 destroyed.', '2024-10-11').period).toEqual({ kind: 'span', start: '2024-05-01', end: '2024-05-31' });
  });

  it('reads "October 2023, which saw 521 losses" as that month', () => {
    expect(only('Russian tank losses were higher only in October 2023, which saw 521 destroyed.', '2024-10-11').period).toEqual({ kind: 'span', start: '2023-10-01', end: '2023-10-31' });
  });

  it('counts a running total said to start "on February 24, 2022" up to the statement, not to that day', () => {
    expect(only('The General Staff put Russian losses at 650,640 troops since the full-scale war on February 24, 2022.', '2024-09-28').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2024-09-28',
    });
  });
});

describe('air-force tallies of a night (a fifty-first set)', () => {
  it('does not count a singular noun after a plural count with it: "23 drones, cruise missile" are two counts', () => {
    expect(claimsOf('Moscow launches 23 drones, cruise missile at Ukraine overnight', '2024-01-22').map((c) => c.metric)).toEqual(['uav']);
    expect(claimsOf('Kyiv says it destroyed 133 vehicles and fuel tanks.', '2024-01-22').map((c) => c.metric)).toEqual(['vehicles']);
  });
});

describe('weekly write-ups of the daily tally (a fifty-second set)', () => {
  it('takes "in Kyiv\'s tally" for the claimant, and a tally that "hit" a figure for reaching it', () => {
    expect(only("Russian losses hit 250,240 in Kyiv's tally on August 7.", '2023-08-14')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('counts no milestone a tally nears or passes', () => {
    expect(claimsOf('Russia had now lost 7,366 tanks, only 134 shy of 7,500, and passed the 250,000 troop-loss mark.', '2024-05-04').map((c) => c.value)).toEqual([7366]);
  });

  it('gives a figure that is "putting the total at" another the day, not the running total', () => {
    const claims = claimsOf('Over the past day Russia lost 12 tanks. Kyiv also said it had downed 31 drones, putting the total number of downed drones at 9,611.', '2024-05-04');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [12, 'day'],
      [31, 'day'],
      [9611, 'cumulative'],
    ]);
  });

  it('reads "in four weeks of war" as the war so far, but "in five days of fighting" as a span', () => {
    expect(only('Between 7,000 and 15,000 Russian soldiers have died in four weeks of war, NATO estimated.', '2022-03-23').period?.kind).toBe('cumulative');
    expect(only('Kyiv said Russia lost 2,000 troops in five days of fighting.', '2022-03-23').period?.kind).toBe('span');
  });

  it('takes "with reference to" a body as naming the claimant, and "As noted," as no speaker of its own', () => {
    const claims = claimsOf(
      'Russia has lost about 21,600 soldiers.\n\nAs reported by a news site with reference to the press center of the General Staff.\n\nAs noted, the enemy has lost approximately:\n\ntanks - 854 units,\n\naircraft - 177 units.',
      '2022-04-23',
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA', 'UA']);
  });
});

describe('tolls of the Kursk operation (a fifty-third set)', () => {
  it('counts irretrievable and sanitary losses as soldiers lost', () => {
    const claims = claimsOf('Since the start of the Kursk operation the enemy has lost 55,000 soldiers. Of these, 22.2 thousand were irretrievable and 31.8 thousand were sanitary losses.', '2025-03-27');
    expect(claims.map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['personnel', 55000, 'span'],
      ['personnel', 22200, 'span'],
      ['personnel', 31800, 'span'],
    ]);
  });

  it('reads "since the first days of the incursion" and "during the occupation of Kursk" as the operation', () => {
    expect(only("Kyiv's forces have killed or wounded 17,800 Russian soldiers since the first days of the incursion, Syrskyi said.", '2024-10-25').period).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
    expect(only('Syrskyi said 80,000 Russian troops were killed or wounded during the occupation of Kursk.', '2025-07-23').period).toEqual({ kind: 'span', start: null, end: '2025-07-23' });
  });

  it('keeps the operation in force over a "total losses" hint, and "the same period" takes it up', () => {
    const claims = claimsOf(
      'Russia lost 7,900 soldiers killed during the Kursk operation, Syrskyi said. Total Russian losses in the region reached 20,800 killed and wounded. During the same period, Ukraine destroyed 54 Russian tanks.',
      '2024-11-14',
    );
    expect(claims.map((c) => c.period?.kind)).toEqual(['span', 'span', 'span']);
  });

  it('takes The Washington Post for a medium, not Washington', () => {
    expect(only('Syrskyi told The Washington Post that Russia lost 80,000 soldiers in the operation.', '2025-07-23').sourceGroup).toBe('UA');
  });
});

describe('presidents on both sides\' dead (a fifty-fourth set)', () => {
  it('reads a side in quotation marks as the one that lost ("the \\"Russians\\" lost about 35,000")', () => {
    expect(claimsOf('He said the "Russians" lost about 35,000.', '2024-02-25').map((c) => c.subject)).toEqual(['Russia']);
  });
});

describe('peoples as claimants', () => {
  it('takes "the Russians said" for Moscow and "the Ukrainians say" for Kyiv', () => {
    expect(only('The Russians said their air defences brought down 41 Ukrainian drones over Bryansk.', '2024-09-10')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(only('The Ukrainians say they knocked out 9 Russian tanks near Vuhledar.', '2024-09-10')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('keeps the Russians who lost soldiers the loser, not the speaker', () => {
    expect(only('The Russians lost 1,100 soldiers in a single day, the General Staff reported.', '2024-09-10')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/extractor/index.js';
import { claimsOf, only } from './helpers.js';

describe('sentence structures', () => {
  it('gives every item of a list sharing one verb its own metric', () => {
    const claims = claimsOf('Ukraine says Russia lost 900 soldiers, 40 vehicles and 12 artillery pieces in one day.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['personnel', 900],
      ['vehicles', 40],
      ['artillery', 12],
    ]);
    expect(new Set(claims.map((c) => c.period?.kind))).toEqual(new Set(['day']));
  });

  it('reads the General Staff list style: the running total and that day\'s figure', () => {
    const claims = claimsOf('tanks — 7,834 (+6); armoured combat vehicles — 15,100 (+12); MLRS — 1,012', '2024-09-30');
    expect(claims).toEqual([
      expect.objectContaining({ metric: 'tanks', value: 7834, period: { kind: 'cumulative', start: '2022-02-24', end: '2024-09-30' } }),
      expect.objectContaining({ metric: 'tanks', value: 6, period: { kind: 'day', start: '2024-09-30', end: '2024-09-30' } }),
      expect.objectContaining({ metric: 'armored_vehicles', value: 15100 }),
      expect.objectContaining({ metric: 'armored_vehicles', value: 12 }),
      expect.objectContaining({ metric: 'mlrs', value: 1012 }),
    ]);
  });

  it('reads destruction confirmed by images as a loss', () => {
    expect(only('Researchers said they had confirmed the destruction of about 3,600 Russian tanks since February 2022.')).toMatchObject({
      subject: 'Russia', metric: 'tanks', value: 3600, qualifier: 'approx', kind: 'loss', sourceGroup: 'independent',
    });
  });

  it('does not lend a list item\'s metric to the next figure, which has a noun of its own', () => {
    const claims = claimsOf('Russia has lost 1,005 air defense systems, 369 airplanes and 12 gliders since the start of the war, Kyiv says.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['air_defense', 1005],
      ['aircraft', 369],
    ]);
  });

  it('keeps a long list a loss past a weapon named for launching', () => {
    const claims = claimsOf('According to the General Staff, Russia has also lost 9,445 tanks, 1,256 multiple launch rocket systems, 369 airplanes and 28 ships and boats.');
    expect(claims.map((c) => [c.metric, c.kind])).toEqual([
      ['tanks', 'loss'],
      ['mlrs', 'loss'],
      ['aircraft', 'loss'],
      ['ships', 'loss'],
    ]);
  });

  it('lets a bare figure take the noun of the figure before it: "53 of which", "down from 42,160"', () => {
    const shot = claimsOf("Ukraine's Air Force said Russia attacked overnight with 74 Shahed drones, 53 of which were shot down.");
    expect(shot.map((c) => [c.metric, c.value, c.kind])).toEqual([
      ['uav', 74, 'other'],
      ['uav', 53, 'loss'],
    ]);
    const months = claimsOf('In September, Russia lost 38,130 troops, down from 42,160 in August, according to the General Staff.');
    expect(months.map((c) => [c.value, c.period?.start])).toEqual([
      [38130, '2024-09-01'],
      [42160, '2024-08-01'],
    ]);
  });

  it('reads an aid package worth a sum, and an attack apart from what was shot down', () => {
    expect(only('The Pentagon said the new package, worth $425 million, includes interceptors.')).toMatchObject({ metric: 'aid', unit: 'USD', value: 425_000_000, kind: 'aid' });
    const claims = claimsOf("Russian forces launched 96 drones overnight, Ukraine's Air Force said, adding that 66 drones were shot down.");
    expect(claims.map((c) => [c.value, c.kind])).toEqual([
      [96, 'other'],
      [66, 'loss'],
    ]);
  });

  it('reads a deployment stated as presence, with its range and claimant', () => {
    expect(only("Between 10,000 and 12,000 North Korean troops are now in Russia, according to Ukraine's military intelligence.")).toMatchObject({
      subject: 'North Korea', metric: 'troops', value: 10000, valueMax: 12000, kind: 'deployment', sourceGroup: 'UA',
    });
  });

  it('gives an aid package to the president who approved it', () => {
    expect(only('US President Joe Biden approved a new $275m military aid package for Ukraine.')).toMatchObject({ metric: 'aid', value: 275_000_000, sourceGroup: 'US' });
  });

  it('reads "a" as one after another figure, without joining the two nouns', () => {
    const claims = claimsOf('Kyiv says Russia lost one Su-34 jet and a helicopter in the past day.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['aircraft', 1],
      ['helicopters', 1],
    ]);
  });

  it("gives what a belligerent's own forces destroyed to the other side", () => {
    const claims = claimsOf('Ukraine has received 60 Leopard tanks from its allies. Kyiv claimed its forces destroyed 1,420 pieces of equipment in the past day.');
    expect(claims.at(-1)).toMatchObject({ subject: 'Russia', metric: 'equipment', value: 1420 });
  });

  it('takes the subject from the clause after a headline kicker', () => {
    expect(only('Ukraine war latest: Russia loses 1,530 troops in a day')).toMatchObject({ subject: 'Russia', value: 1530 });
  });

  it('reads a parenthetical running total', () => {
    const claims = claimsOf('Kyiv says Russia lost 1,100 soldiers in the past day (bringing the total to 690,000).');
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [1100, 'day'],
      [690000, 'cumulative'],
    ]);
  });

  it('reads headlines in title case', () => {
    expect(claimsOf('Russia Loses 900 Troops, 35 Tanks in a Day: Kyiv').map((c) => [c.metric, c.value, c.sourceGroup])).toEqual([
      ['personnel', 900, 'UA'],
      ['tanks', 35, 'UA'],
    ]);
  });

  it('joins combined categories in the order of the vocabulary', () => {
    expect(only('Kyiv says Russia lost a combined 140 military vehicles, fuel tanks and armored fighting vehicles in one day.').metric).toBe(
      'armored_vehicles+vehicles',
    );
    expect(only('Moscow said Ukraine had lost 16,000 tanks and other armored combat vehicles since February 2022.').metric).toBe('tanks+armored_vehicles');
  });

  it('counts "including" figures on their own', () => {
    const claims = claimsOf('A leaked assessment said Ukraine had suffered 100,000 to 120,000 casualties, including 15,000 to 17,000 dead.');
    expect(claims.map((c) => [c.value, c.valueMax])).toEqual([
      [100000, 120000],
      [15000, 17000],
    ]);
  });

  it('keeps one claim when the headline repeats the body', () => {
    const text = 'Russia loses 1,200 soldiers in one day, Kyiv says\n\nRussia lost 1,200 soldiers in one day, according to the General Staff.';
    expect(claimsOf(text)).toHaveLength(1);
  });

  it('keeps the verbatim sentence and its offsets', async () => {
    const { extractClaims } = await import('../../../functions/extractor/index.js');
    const text = 'Headline here\n\nIntro. Russia lost 800 soldiers in the past day, Kyiv said. Outro.';
    const [claim] = extractClaims(text, { published: '2024-10-25' }).claims;
    expect(claim!.quote).toBe('Russia lost 800 soldiers in the past day, Kyiv said.');
    expect(text.slice(claim!.quoteStart, claim!.quoteEnd)).toBe(claim!.quote);
  });

  it('reads the General Staff figures written as prose: total, the day\'s increment in brackets, then the noun', () => {
    const claims = claimsOf('Kyiv said the invaders had also lost 8,900 (+15) tanks, 17,600 (+22) armoured combat vehicles and 2 (+1) submarines.', '2024-09-30');
    expect(claims.map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['tanks', 8900, 'cumulative'],
      ['tanks', 15, 'day'],
      ['armored_vehicles', 17600, 'cumulative'],
      ['armored_vehicles', 22, 'day'],
      ['submarines', 2, 'cumulative'],
      ['submarines', 1, 'day'],
    ]);
    expect(new Set(claims.map((c) => c.subject))).toEqual(new Set(['Russia']));
  });

  it('takes a headline figure whose side is unnamed for the same figure in the body, with the body\'s date', () => {
    const claims = claimsOf('Another 1,230 occupiers eliminated\n\nRussia lost 1,230 soldiers on Thursday, the General Staff said.', '2024-10-25');
    expect(claims).toEqual([expect.objectContaining({ subject: 'Russia', value: 1230, period: { kind: 'day', start: '2024-10-24', end: '2024-10-24' }, sourceGroup: 'UA' })]);
  });

  it('reads money for weapons as aid', () => {
    expect(only('Washington will send Kyiv another $400 million in weapons and ammunition, officials said.')).toMatchObject({
      subject: 'Ukraine', metric: 'aid', unit: 'USD', value: 400_000_000, kind: 'aid',
    });
  });

  it('does not count rockets or missiles as the weapon that fires them', () => {
    expect(claimsOf("Russia's Defence Ministry said Ukraine lost 3 air defense missile systems, and that 6 HIMARS rockets were shot down.").map((c) => [c.metric, c.value])).toEqual([
      ['air_defense', 3],
    ]);
  });

  it('reads weapons and money a country finances for Ukraine as aid', () => {
    expect(claimsOf('Denmark will finance the production of 18 CAESAR howitzers for Ukraine, worth about 1.3 billion Danish kroner ($187 million).').map((c) => [c.metric, c.unit, c.value, c.kind])).toEqual([
      ['artillery', 'count', 18, 'aid'],
      ['aid', 'USD', 187_000_000, 'aid'],
    ]);
  });

  it('reads money with no noun as aid when it is given, and names air defence systems and fighting vehicles', () => {
    expect(only('The United States pledged a further $425 million for Ukraine on Monday.')).toMatchObject({ metric: 'aid', unit: 'USD', value: 425_000_000, kind: 'aid' });
    expect(claimsOf('The package includes four IRIS-T systems, 40 Bradley fighting vehicles, 20 Marders and 30 pickups.').map((c) => [c.metric, c.value, c.kind])).toEqual([
      ['air_defense', 4, 'aid'],
      ['armored_vehicles', 40, 'aid'],
      ['armored_vehicles', 20, 'aid'],
      ['vehicles', 30, 'aid'],
    ]);
  });

  it('merges a headline into its twin in the body, which says the period and how exact it is', () => {
    const text = 'Kremlin says Ukraine lost 40,000 troops in Kursk\n\nUkraine has lost more than 40,000 soldiers since August, the Kremlin said.';
    expect(claimsOf(text, '2024-12-02').map((c) => [c.value, c.qualifier, c.period?.kind])).toEqual([[40_000, 'atLeast', 'span']]);
  });

  it('reads soldiers captured as lost, bombers as aircraft, and military bloggers as no claimant', () => {
    expect(only("In September, Ukraine's forces captured 600 Russian soldiers in Kursk, Zelensky said.")).toMatchObject({ subject: 'Russia', metric: 'personnel', kind: 'loss' });
    const [bombers] = extractClaims('Russian military bloggers reported that 2 Su-34 bombers were lost last week.', { published: '2024-10-25' }).claims;
    expect(bombers).toMatchObject({ metric: 'aircraft', value: 2, kind: 'loss', source: null });
  });

  it('reads equipment hit or sunk as lost, as a running total in the perfect tense, and a city hit with drones as an attack', () => {
    expect(only("Ukraine's SBU has hit 87 Russian air defence systems, the agency said.")).toMatchObject({ metric: 'air_defense', kind: 'loss', period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' } });
    expect(only('The Ukrainian Navy said its sea drones have sunk 27 Russian warships.')).toMatchObject({ metric: 'ships', kind: 'loss', period: { kind: 'cumulative' } });
    expect(only("Russia's Defence Ministry said its forces had hit energy sites and shot down 33 Ukrainian drones.")).toMatchObject({ metric: 'uav', kind: 'loss', period: { kind: 'day' } });
    expect(only('Russia hit Kyiv with 50 drones overnight, the Air Force said.')).toMatchObject({ metric: 'uav', kind: 'other' });
  });

  it('reads a report whose claimant is named after it, with people as soldiers and totals without increments as totals', () => {
    const text = [
      "Russia's combat losses from February 24, 2022 to October 25, 2024 amount to approximately 690,110 people, including 1,270 over the past day.",
      'This was reported by the General Staff of the Armed Forces of Ukraine on Facebook.',
      'The enemy also lost 9,010 (+8) tanks and 1,257 MLRS.',
    ].join(' ');
    expect(claimsOf(text, '2024-10-25').map((c) => [c.metric, c.value, c.qualifier, c.period?.kind, c.sourceGroup])).toEqual([
      ['personnel', 690110, 'approx', 'cumulative', 'UA'],
      ['personnel', 1270, 'exact', 'day', 'UA'],
      ['tanks', 9010, 'exact', 'cumulative', 'UA'],
      ['tanks', 8, 'exact', 'day', 'UA'],
      ['mlrs', 1257, 'exact', 'cumulative', 'UA'],
    ]);
  });

  it('reads "76 out of 188 drones" as a part lost of a whole launched, and Russian air defence systems by name', () => {
    expect(claimsOf("Ukraine's air defences shot down 76 out of 188 drones launched by Russia overnight, the Air Force said.").map((c) => [c.subject, c.value, c.kind])).toEqual([
      ['Russia', 76, 'loss'],
      ['Russia', 188, 'other'],
    ]);
    expect(claimsOf('Kyiv said its forces destroyed two Russian Pantsir systems and a Tor missile launcher.').map((c) => [c.metric, c.value])).toEqual([
      ['air_defense', 2],
      ['air_defense', 1],
    ]);
  });

  it('reads a bare figure that refers back ("the previous record of", "compares with") as the count before it', () => {
    const text = "Russia lost 2,200 troops in the past 24 hours, Ukraine's General Staff said. The previous record of 2,030 was set on October 19. That compares with 1,980 in September.";
    expect(claimsOf(text, '2024-10-25').map((c) => [c.subject, c.metric, c.value, c.period?.kind, c.period?.start, c.sourceGroup])).toEqual([
      ['Russia', 'personnel', 2_200, 'day', '2024-10-25', 'UA'],
      ['Russia', 'personnel', 2_030, 'day', '2024-10-19', 'UA'],
      ['Russia', 'personnel', 1_980, 'span', '2024-09-01', 'UA'],
    ]);
  });

  it('reads list labels in a line of running totals, whatever noun follows the figure', () => {
    const text = 'Russian losses as of 25 October 2024: personnel – 690,110 people; tanks – 9,010; artillery systems – 19,600.';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['personnel', 690110, 'cumulative'],
      ['tanks', 9010, 'cumulative'],
      ['artillery', 19600, 'cumulative'],
    ]);
  });

  it('reads a table by its column heads, a row at a time, dated by its first cell', () => {
    const text = "Russian losses this week, according to Ukraine's General Staff\n\n| Date | Personnel | Tanks |\n|---|---|---|\n| Oct 22 | 1,430 | 12 |\n| Oct 23 | 1,520 | 9 |\n\nRussia does not publish its own figures.";
    expect(claimsOf(text, '2024-10-25').map((c) => [c.subject, c.metric, c.value, c.period?.start, c.sourceGroup])).toEqual([
      ['Russia', 'personnel', 1430, '2024-10-22', 'UA'],
      ['Russia', 'tanks', 12, '2024-10-22', 'UA'],
      ['Russia', 'personnel', 1520, '2024-10-23', 'UA'],
      ['Russia', 'tanks', 9, '2024-10-23', 'UA'],
    ]);
  });

  it('joins lines wrapped by hand again, and keeps list lines and headlines apart', () => {
    const text = [
      'Russia loses 1,200 troops in a day, Kyiv says',
      '',
      'Russia lost 1,200 soldiers, 14 tanks and 30 artillery',
      "systems in the past 24 hours, Ukraine's General Staff said on",
      'Friday. The invaders have lost 9,310 tanks since the start of',
      'the full-scale invasion, the update said.',
    ].join('\n');
    const claims = extractClaims(text, { published: '2024-10-25' }).claims;
    expect(claims.map((c) => [c.metric, c.value, c.period?.kind, c.sourceGroup])).toEqual([
      ['personnel', 1200, 'day', 'UA'],
      ['tanks', 14, 'day', 'UA'],
      ['artillery', 30, 'day', 'UA'],
      ['tanks', 9310, 'cumulative', 'UA'],
    ]);
    expect(claims[0]!.quote).toBe("Russia lost 1,200 soldiers, 14 tanks and 30 artillery\nsystems in the past 24 hours, Ukraine's General Staff said on\nFriday.");
  });

  it('reads each line of a list with the line that leads into it, and ends the list at prose', () => {
    const text = "According to Ukraine's General Staff, Russia lost in the past day:\n\n1,520 soldiers\n9 tanks\n\nThe Netherlands said on Friday it would deliver six more F-16 jets to Ukraine, its defence minister told parliament in The Hague.";
    expect(claimsOf(text, '2024-10-25').map((c) => [c.subject, c.metric, c.value, c.kind, c.period?.kind, c.sourceGroup])).toEqual([
      ['Russia', 'personnel', 1520, 'loss', 'day', 'UA'],
      ['Russia', 'tanks', 9, 'loss', 'day', 'UA'],
      ['Ukraine', 'aircraft', 6, 'aid', undefined, null],
    ]);
  });

  it('reads the General Staff figures as a table: running total, then the day\'s "+N"', () => {
    const text = 'Losses of the invaders, per the General Staff:\n\n| Category | Total | Day |\n|---|---|---|\n| Personnel | 690,110 | +1,270 |\n| Tanks | 9,010 | +8 |';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.metric, c.value, c.period?.kind, c.sourceGroup])).toEqual([
      ['personnel', 690110, 'cumulative', 'UA'],
      ['personnel', 1270, 'day', 'UA'],
      ['tanks', 9010, 'cumulative', 'UA'],
      ['tanks', 8, 'day', 'UA'],
    ]);
  });

  it('reads "eight of ten" as the part that was lost and the whole that was not', () => {
    expect(claimsOf('The air force said it had downed eight of ten Iskander-K cruise missiles overnight.').map((c) => [c.metric, c.value, c.kind])).toEqual([
      ['cruise_missiles', 8, 'loss'],
      ['cruise_missiles', 10, 'other'],
    ]);
  });

  it('does not count shells, crews or engines as the weapon they belong to', () => {
    expect(claimsOf('Allies promised 500,000 artillery shells and trained 40 tank crews, Kyiv said.')).toEqual([]);
  });

  it('reads losses that "reached" a figure', () => {
    expect(only('In the first ten months of 2024, Russian losses reached 350,000, Kyiv said.')).toMatchObject({
      subject: 'Russia', metric: 'personnel', value: 350000, period: { kind: 'span', start: '2024-01-01', end: '2024-10-25' },
    });
  });

  it('reads what happened to each part of a confirmed total, all as running totals', () => {
    const claims = claimsOf('Oryx has visually confirmed the loss of 3,400 Russian tanks, of which 2,200 were destroyed, 140 abandoned and 900 captured.');
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.period?.kind, c.sourceGroup])).toEqual([
      ['Russia', 'tanks', 3400, 'cumulative', 'independent'],
      ['Russia', 'tanks', 2200, 'cumulative', 'independent'],
      ['Russia', 'tanks', 140, 'cumulative', 'independent'],
      ['Russia', 'tanks', 900, 'cumulative', 'independent'],
    ]);
  });

  it('gives the whole in "51 of 84 drones" the side of the part', () => {
    expect(claimsOf('Ukrainian air defences destroyed 51 of 84 Shahed drones overnight, the air force said.').map((c) => [c.subject, c.value, c.kind])).toEqual([
      ['Russia', 51, 'loss'],
      ['Russia', 84, 'other'],
    ]);
  });

  it('reads money sent for weapons as an aid package, and weapons received as aid', () => {
    expect(only('Washington will send $300m worth of air defence interceptors, officials said.')).toMatchObject({ metric: 'aid', unit: 'USD', value: 300_000_000, kind: 'aid' });
    expect(only('Ukraine received 12 Leopard tanks from Denmark.')).toMatchObject({ subject: 'Ukraine', metric: 'tanks', value: 12, kind: 'aid' });
  });

  it('reads surface-to-air missile systems as air defence, and "a" weapon named with a calibre and a model', () => {
    const claims = claimsOf('The Russian Defence Ministry said Ukraine lost 12 surface-to-air missile systems, two tanks and a 155mm M777 howitzer.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['air_defense', 12],
      ['tanks', 2],
      ['artillery', 1],
    ]);
  });

  it('reads losses in a place that "have exceeded" a figure', () => {
    expect(only('Russian losses in the Kursk region have exceeded 36,000 since August 6, Syrskyi said.')).toMatchObject({
      subject: 'Russia', metric: 'personnel', value: 36000, qualifier: 'atLeast', period: { kind: 'span', start: '2024-08-06', end: '2024-10-25' },
    });
  });

  it('keeps a small count met twice in the body as two claims, and a large restated figure as one', () => {
    const text = 'The Russian Defence Ministry said Ukraine lost two howitzers near Kupiansk.\n\nNear Pokrovsk, Ukraine lost two howitzers, the ministry said.\n\nUkraine lost 1,450 soldiers in the past day, the ministry said. Those 1,450 soldiers fell in the past day along the whole front, it added.';
    expect(claimsOf(text).map((c) => [c.metric, c.value])).toEqual([
      ['artillery', 2],
      ['artillery', 2],
      ['personnel', 1450],
    ]);
  });

  it('reads the General Staff\'s own English bulletin: dotted dates, figure dashes, no claimant named', () => {
    const text = 'The total combat losses of the enemy from 24.02.22 to 24.10.24 are approximately:\n\npersonnel \u2012 about 690,110 (+1,270) persons,\ntanks \u2012 9,010 (+8),\nUAV operational-tactical level \u2012 19,920 (+53),\ncruise missiles \u2012 2,752,\nspecial equipment \u2012 3,600 (+2).';
    expect(claimsOf(text, '2024-10-24').map((c) => [c.subject, c.metric, c.value, c.qualifier, c.period?.kind, c.period?.end, c.sourceGroup])).toEqual([
      ['Russia', 'personnel', 690110, 'approx', 'cumulative', '2024-10-24', 'UA'],
      ['Russia', 'personnel', 1270, 'exact', 'day', '2024-10-24', 'UA'],
      ['Russia', 'tanks', 9010, 'exact', 'cumulative', '2024-10-24', 'UA'],
      ['Russia', 'tanks', 8, 'exact', 'day', '2024-10-24', 'UA'],
      ['Russia', 'uav', 19920, 'exact', 'cumulative', '2024-10-24', 'UA'],
      ['Russia', 'uav', 53, 'exact', 'day', '2024-10-24', 'UA'],
      ['Russia', 'cruise_missiles', 2752, 'exact', 'cumulative', '2024-10-24', 'UA'],
      ['Russia', 'special_equipment', 3600, 'exact', 'cumulative', '2024-10-24', 'UA'],
      ['Russia', 'special_equipment', 2, 'exact', 'day', '2024-10-24', 'UA'],
    ]);
  });
});

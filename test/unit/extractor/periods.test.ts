import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

// Published on Friday 25 October 2024.
const period = (text: string) => only(`${text}, the General Staff said.`, '2024-10-25').period;

describe('periods, resolved against the publication date', () => {
  it.each([
    ['Russia lost 1,000 soldiers in the past 24 hours', 'day', '2024-10-25', '2024-10-25'],
    ['Russia lost 1,000 soldiers today', 'day', '2024-10-25', '2024-10-25'],
    ['Russia lost 1,000 soldiers during the day', 'day', '2024-10-25', '2024-10-25'],
    ['Russia lost up to 1,000 soldiers in all frontline areas over the past 24 hours', 'day', '2024-10-25', '2024-10-25'],
    ['Russia lost 1,000 soldiers in 24 hours', 'day', '2024-10-25', '2024-10-25'],
    ['Russia lost 1,000 soldiers on October 22', 'day', '2024-10-22', '2024-10-22'],
    ['Russia lost 1,000 soldiers on December 30', 'day', '2023-12-30', '2023-12-30'],
    ['Russia lost 5,000 soldiers since Monday', 'span', '2024-10-21', '2024-10-25'],
    ['Russia lost 8,000 soldiers last week', 'span', '2024-10-14', '2024-10-20'],
    ['Russia lost 40,000 soldiers in September', 'span', '2024-09-01', '2024-09-30'],
    ['Russia lost 40,000 soldiers in November', 'span', '2023-11-01', '2023-11-30'],
    ['Russia lost 300,000 soldiers this year', 'span', '2024-01-01', '2024-10-25'],
    ['Russia lost 300,000 soldiers in 2024 alone', 'span', '2024-01-01', '2024-10-25'],
    ['Russia lost 300,000 soldiers in 2023', 'span', '2023-01-01', '2023-12-31'],
    ['Russia lost 350,000 soldiers since January 2024', 'span', '2024-01-01', '2024-10-25'],
    ['Russia has lost 690,000 soldiers since the start of the war', 'cumulative', '2022-02-24', '2024-10-25'],
    ['Russia has lost 690,000 soldiers since the beginning of its full-scale invasion on Feb. 24, 2022', 'cumulative', '2022-02-24', '2024-10-25'],
    ['The daily update brought the total of Russian casualties to 690,000', 'cumulative', '2022-02-24', '2024-10-25'],
  ])('%s → %s %s..%s', (text, kind, start, end) => {
    expect(only(text).period).toEqual({ kind, start, end });
  });

  it('dates a running total by the day of the statement', () => {
    expect(period("Russia's Defense Ministry said on Tuesday that Ukraine had lost 15,000 tanks since February 2022")).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2024-10-22',
    });
  });

  it("dates a claimant's later figures by the day it was said to speak, and no one else's", () => {
    const text = [
      'Russia has lost 750,840 troops since the full-scale invasion, the General Staff reported on Oct. 24.',
      'The number includes 1,640 casualties suffered over the past day.',
      'According to the report, Russia has also lost 9,500 tanks.',
      "Russia's Defence Ministry said Ukraine had lost 420 soldiers in the past 24 hours.",
    ].join(' ');
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.period?.kind, c.period?.end])).toEqual([
      [750_840, 'cumulative', '2024-10-24'],
      [1_640, 'day', '2024-10-24'],
      [9_500, 'cumulative', '2024-10-24'],
      [420, 'day', '2024-10-25'],
    ]);
  });

  it('gives a period that ends a list to the whole list, not a period of a clause before it', () => {
    const text = "In Kursk, where Ukraine's troops have held ground since August, Moscow said Kyiv had lost more than 340 soldiers and 2 tanks in the past day.";
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.period])).toEqual([
      [340, { kind: 'day', start: '2024-10-25', end: '2024-10-25' }],
      [2, { kind: 'day', start: '2024-10-25', end: '2024-10-25' }],
    ]);
  });

  it('dates a running total by the day its document is dated, or leaves its end open when said only in a month', () => {
    expect(only('Russia has suffered between 189,500 and 223,000 casualties, according to a U.S. assessment dated Feb. 28.', '2024-10-25').period).toEqual({
      kind: 'cumulative', start: '2022-02-24', end: '2024-02-28',
    });
    expect(only('Nearly 500,000 troops have been killed or wounded on both sides, U.S. officials told The New York Times in August 2023.').period).toEqual({
      kind: 'cumulative', start: '2022-02-24', end: null,
    });
  });

  it('starts a span at an event dated by its month ("since it launched its incursion … in August")', () => {
    expect(only("Ukraine has lost more than 40,000 soldiers since it launched its incursion into Russia's Kursk region in August, the Kremlin said.", '2024-12-02').period).toEqual({
      kind: 'span', start: '2024-08-01', end: '2024-12-02',
    });
  });

  it('reads casualties that "have passed" a figure as a running total of at least it', () => {
    expect(only("Russian casualties have passed 1 million, Ukraine's General Staff said.", '2025-06-12')).toMatchObject({
      value: 1_000_000, qualifier: 'atLeast', period: { kind: 'cumulative', start: '2022-02-24', end: '2025-06-12' },
    });
  });

  it('dates "a day earlier" and "the day before" by the day the sentence dates, else by the statement', () => {
    const text = 'The General Staff reported 1,520 Russian casualties on Oct. 23, and a day earlier 1,430. Kyiv said Russia lost 1,800 troops, up from 1,550 the day before.';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.period?.start])).toEqual([
      [1_520, '2024-10-23'],
      [1_430, '2024-10-22'],
      [1_800, '2024-10-25'],
      [1_550, '2024-10-24'],
    ]);
  });

  it('reads an undated figure larger than any day of the war as a running total', () => {
    expect(only('The General Staff also reported the loss of 30,110 vehicles and fuel tanks.', '2024-10-25').period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' });
    expect(only('The General Staff also reported the loss of 110 vehicles and fuel tanks.', '2024-10-25').period).toEqual({ kind: 'day', start: '2024-10-25', end: '2024-10-25' });
  });

  it('reads losses that "averaged" a figure a day as a day on no date, and a month an estimate was made in as its time', () => {
    expect(only('Russian losses have averaged 1,271 a day in October, the British Defence Ministry said.', '2024-11-08').period).toEqual({ kind: 'day', start: null, end: null });
    const text = 'U.S. officials estimated in August that Russia had suffered 120,000 killed, while Ukraine had up to 70,000 killed.';
    expect(claimsOf(text, '2024-11-08').map((c) => [c.subject, c.value, c.period])).toEqual([
      ['Russia', 120_000, { kind: 'cumulative', start: '2022-02-24', end: null }],
      ['Ukraine', 70_000, { kind: 'cumulative', start: '2022-02-24', end: null }],
    ]);
  });

  it('reads spans of whole months ("from September through November") and of two days ("on November 22 and 23")', () => {
    expect(only('ISW assesses that Russian forces suffered roughly 125,800 casualties from July through September 2024.', '2024-10-25').period).toEqual({ kind: 'span', start: '2024-07-01', end: '2024-09-30' });
    expect(claimsOf('Russian milbloggers claimed that Russian forces destroyed 14 Ukrainian armored vehicles on October 22 and 23.', '2024-10-25').map((c) => [c.value, c.period, c.sourceGroup])).toEqual([
      [14, { kind: 'span', start: '2024-10-22', end: '2024-10-23' }, null],
    ]);
  });

  it('reads a rate "for most of 2024" as a day on no date, from a source the vocabulary does not know', () => {
    const text = "Russia lost 1,200 soldiers in the past day, Kyiv said. Russian troops have sustained about 1,000 casualties a day for most of 2024, according to a senior NATO official.";
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.period, c.sourceGroup])).toEqual([
      [1_200, { kind: 'day', start: '2024-10-25', end: '2024-10-25' }, 'UA'],
      [1_000, { kind: 'day', start: null, end: null }, null],
    ]);
  });

  it('dates the statement by an opening phrase only when the claimant stands right after it', () => {
    expect(only('In 2024, Russian forces gained about 4,000 square kilometres, at a cost that the General Staff in Kyiv put at more than 430,000 casualties.').period).toEqual({
      kind: 'span', start: '2024-01-01', end: '2024-10-25',
    });
    expect(only('In September 2023, Shoigu said that Ukraine had lost 66,000 troops.').period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: null });
  });

  it('reads "a total of" as a running total only when no day could hold it', () => {
    expect(only('A total of 12 Russian tanks were destroyed near Kurakhove, the brigade said.', '2024-10-25').period?.kind).toBe('day');
    expect(only('Kyiv said Russia lost a total of 9,000 tanks.', '2024-10-25').period?.kind).toBe('cumulative');
  });

  it('reads a daily average as a day on no date, whatever period the figures before it had', () => {
    const text = 'Russia lost 45,720 soldiers in September, Syrskyi said. "The enemy has lost 1,520 soldiers a day on average," he wrote.';
    expect(claimsOf(text, '2024-10-25').map((c) => c.period)).toEqual([
      { kind: 'span', start: '2024-09-01', end: '2024-09-30' },
      { kind: 'day', start: null, end: null },
    ]);
    expect(only('Budanov said Moscow now loses about 1,500 soldiers every day.').period).toEqual({ kind: 'day', start: null, end: null });
  });

  it('reads a battle the text does not date as a span up to the statement', () => {
    expect(only("Moscow's losses in the battle for Avdiivka exceeded 47,000 killed and wounded, Kyiv said.").period).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
  });

  it('reads "since the start of hostilities in the Kursk direction" as that front\'s span, and TASS as a Russian source', () => {
    const text = 'Since the start of hostilities in the Kursk direction, the enemy has lost more than 38,000 servicemen, the Russian Defence Ministry said. The Ukrainian army lost up to 1,300 servicemen over the past 24 hours, TASS reported.';
    expect(claimsOf(text, '2024-12-01').map((c) => [c.value, c.period, c.sourceGroup])).toEqual([
      [38_000, { kind: 'span', start: null, end: '2024-12-01' }, 'RU'],
      [1_300, { kind: 'day', start: '2024-12-01', end: '2024-12-01' }, 'RU'],
    ]);
  });

  it('reads losses "in the Kursk incursion" as a span over the operation', () => {
    expect(only("The Kremlin said Ukraine's losses in the Kursk incursion exceeded 38,000 troops.", '2024-12-20').period).toEqual({ kind: 'span', start: null, end: '2024-12-20' });
  });

  it('reads losses that "stand at" a figure as a running total', () => {
    expect(only("British intelligence said Russia's losses now stand at more than 600,000.", '2024-10-25').period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' });
  });

  it('reads "during the week" as the week up to the statement when no week was named before', () => {
    const text = "Kyiv said Russia lost 1,200 soldiers in the past day. Ukraine's losses during the week amounted to more than 13,600 servicemen, the Russian Defence Ministry said.";
    expect(claimsOf(text, '2024-10-25').map((c) => c.period)).toEqual([
      { kind: 'day', start: '2024-10-25', end: '2024-10-25' },
      { kind: 'span', start: '2024-10-19', end: '2024-10-25' },
    ]);
  });

  it('reads the Russian MoD\'s "militants" as soldiers and "in the course of the week" as the past week', () => {
    const text = 'The Kiev regime lost over 1,900 militants over the past day, the Russian Defence Ministry said. In the course of the week, Russian air defences shot down 384 fixed-wing drones.';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.subject, c.metric, c.value, c.period])).toEqual([
      ['Ukraine', 'personnel', 1_900, { kind: 'day', start: '2024-10-25', end: '2024-10-25' }],
      ['Ukraine', 'uav', 384, { kind: 'span', start: '2024-10-19', end: '2024-10-25' }],
    ]);
  });

  it('reads "during the month" as the month named before', () => {
    const text = 'British intelligence said Russia suffered an average of 1,523 casualties a day in September. In total, Russia lost around 45,680 troops during the month.';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.period])).toEqual([
      [1_523, { kind: 'day', start: null, end: null }],
      [45_680, { kind: 'span', start: '2024-09-01', end: '2024-09-30' }],
    ]);
  });

  it('dates a day by the statement even when words stand between the verb and its day', () => {
    const claims = claimsOf('Russia lost 1,000 soldiers and 12 tanks over the past 24 hours, the General Staff said in its morning update on Wednesday.');
    expect(claims.map((c) => c.period)).toEqual([
      { kind: 'day', start: '2024-10-23', end: '2024-10-23' },
      { kind: 'day', start: '2024-10-23', end: '2024-10-23' },
    ]);
  });

  it('reads the first months of a year, and a daily average over them as a day on no date', () => {
    expect(period('In the first nine months of 2024, Moscow lost roughly 1,200 troops a day on average')).toEqual({ kind: 'day', start: null, end: null });
    expect(period('Russia lost 200,000 soldiers in the first half of 2024')).toEqual({ kind: 'span', start: '2024-01-01', end: '2024-06-30' });
    expect(period('Russia lost 250,000 soldiers in the first nine months of 2024')).toEqual({ kind: 'span', start: '2024-01-01', end: '2024-09-30' });
    expect(period('Russia lost around 1,500 soldiers per day in September')).toEqual({ kind: 'day', start: null, end: null });
  });

  it('takes a date right after the statement day for the statement too', () => {
    const claims = claimsOf("KYIV (Reuters) - Russia's losses in its war against Ukraine have surpassed 800,000 soldiers, Ukraine's armed forces said on Monday, October 21, 2024.");
    expect(claims).toEqual([expect.objectContaining({ subject: 'Russia', value: 800000, period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-21' } })]);
  });

  it('reads "said last month" as when it was said, not when it happened', () => {
    expect(only('President Zelensky said last month that 43,000 Ukrainian soldiers had been killed.').period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: null });
  });

  it('ends a running total "by the end of" a year, and starts a span "in the first months of the war"', () => {
    expect(period('Ukrainian officials estimated that Russia had sustained more than 400,000 casualties by the end of 2023')).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2023-12-31' });
    expect(period('Russia lost roughly 50,000 soldiers in the first months of the war')).toEqual({ kind: 'span', start: '2022-02-24', end: null });
  });

  it('reads a toll "put at" a figure as a running total', () => {
    expect(only('The leaked documents estimate Ukrainian casualties at 124,500 to 131,000.').period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' });
    expect(only("South Korea's spy agency put the number of North Korean casualties at around 1,100.").period).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' });
  });

  it('dates a running total stated "in" the month of publication by the publication date', () => {
    expect(only('In total, 31,000 Ukrainian servicemen have been killed since the full-scale invasion began, President Zelensky told reporters in October 2024.').period).toEqual({
      kind: 'cumulative',
      start: '2022-02-24',
      end: '2024-10-25',
    });
  });

  it('reads "the past week" as the seven days up to the statement', () => {
    expect(period("Russia's Defense Ministry said on Wednesday that Ukraine had lost up to 1,500 soldiers over the past week")).toEqual({
      kind: 'span',
      start: '2024-10-17',
      end: '2024-10-23',
    });
  });

  it('reads a span between two dates, and keeps the span of a report apart from the day it reports', () => {
    expect(period('Between October 1 and October 20, the military recorded 30,150 Russian casualties')).toEqual({ kind: 'span', start: '2024-10-01', end: '2024-10-20' });
    const claims = claimsOf('The update, covering Russian losses from February 24, 2022 to October 24, 2024, shows that Russia lost 1,200 soldiers and 40 drones in one day, Kyiv says.');
    expect(claims.map((c) => c.period?.kind)).toEqual(['day', 'day']);
  });

  it('starts a span at an event it does not date ("since the start of the incursion")', () => {
    expect(period("The enemy's losses since the start of the incursion have exceeded 41,000 troops")).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
  });

  it('leaves the start of a span undated when the text gives only its length, ending it on the statement', () => {
    expect(period('Ukraine lost up to 2,000 soldiers in a single week, Moscow claimed')).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
    expect(period('Russia lost 39,000 troops in a month')).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
    expect(period('Russia lost 1,570 soldiers, the highest daily figure in a month')).toMatchObject({ kind: 'day' });
  });

  it('leaves a day undated when the text does not date it', () => {
    expect(period('The highest number of soldiers lost earlier this month was 1,500 in one day')).toEqual({ kind: 'day', start: null, end: null });
  });

  it('leaves relative dates unresolved without a publication date', async () => {
    const { extractClaims } = await import('../../../functions/extractor/index.js');
    const result = extractClaims('Russia lost 1,000 soldiers since Monday, Kyiv said.');
    expect(result.claims[0]!.period).toEqual({ kind: 'span', start: null, end: null });
    expect(result.warnings).toContain('no publication date: relative dates are left unresolved');
  });

  it('reads a span that starts on the day of the invasion as a running total', () => {
    expect(period('Russian losses between 24 February 2022 and 20 October 2024 came to some 688,000 soldiers')).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-20' });
    expect(period('From February 24, 2022 to October 20, 2024, Russia lost about 688,000 soldiers')).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2024-10-20' });
  });

  it('reads the "special military operation" as the war', () => {
    expect(only('Since the start of the special military operation, 640 Ukrainian aircraft have been destroyed, the Russian Defence Ministry said.').period).toEqual({
      kind: 'cumulative', start: '2022-02-24', end: '2024-10-25',
    });
  });

  it('gives "during the week" the week named just before, as it was dated there', () => {
    const claims = claimsOf('In the past week, Ukraine lost up to 2,900 soldiers, the Russian Defence Ministry said on Saturday. Its air defences downed 210 drones during the week.');
    expect(claims.map((c) => c.period)).toEqual([
      { kind: 'span', start: '2024-10-13', end: '2024-10-19' },
      { kind: 'span', start: '2024-10-13', end: '2024-10-19' },
    ]);
  });

  it('dates a record stated for the past 24 hours by the update, and an undated record day by none', () => {
    expect(period('Russia lost 2,100 soldiers in the past 24 hours, its highest daily toll of the war')).toEqual({ kind: 'day', start: '2024-10-25', end: '2024-10-25' });
    expect(period('Russia once lost 2,100 soldiers in a single day, its highest toll of the war')).toEqual({ kind: 'day', start: null, end: null });
  });

  it('dates figures by the day they were released by someone', () => {
    expect(only('Russia lost 1,310 soldiers over the past day, according to data released by Kyiv on Tuesday.').period).toEqual({ kind: 'day', start: '2024-10-22', end: '2024-10-22' });
  });

  it('leaves "the first weeks of fighting" of a newly arrived force undated, not the war\'s opening', () => {
    expect(only('Ukrainian intelligence said North Korean troops had suffered about 300 casualties in the first weeks of fighting.').period).toEqual({ kind: 'span', start: null, end: '2024-10-25' });
  });

  it('reads spans between two dates written day first, and takes no figure from inside a date', () => {
    expect(claimsOf('Russia lost 28,000 soldiers between October 1 and 24, the General Staff said.').map((c) => [c.value, c.period])).toEqual([
      [28000, { kind: 'span', start: '2024-10-01', end: '2024-10-24' }],
    ]);
    expect(period('Russia lost 28,000 soldiers from 1 to 24 October')).toEqual({ kind: 'span', start: '2024-10-01', end: '2024-10-24' });
    expect(period('Russia lost 33,000 soldiers from 1 November to 30 November 2023')).toEqual({ kind: 'span', start: '2023-11-01', end: '2023-11-30' });
  });

  it('does not read the first digits of a year as the day: "as of 24 February 2023"', () => {
    expect(period('As of 24 February 2023, Russia had lost 145,000 soldiers')).toEqual({ kind: 'cumulative', start: '2022-02-24', end: '2023-02-24' });
  });

  it('does not carry a period across a semicolon to another claimant\'s running total', () => {
    const claims = claimsOf('Russia has suffered 120,000 casualties around Pokrovsk since August, Kyiv said; Moscow says Ukraine has lost 30,000 soldiers in Kursk.');
    expect(claims.map((c) => [c.value, c.period?.kind, c.sourceGroup])).toEqual([
      [120000, 'span', 'UA'],
      [30000, 'cumulative', 'RU'],
    ]);
  });

  it.each([
    ['Russia lost 2,500 soldiers over the weekend', 'span', '2024-10-19', '2024-10-20'],
    ['Russia lost 8,800 soldiers in the week to Sunday', 'span', '2024-10-14', '2024-10-20'],
    ['Russia lost 8,800 soldiers in the week ending October 13', 'span', '2024-10-07', '2024-10-13'],
    ['Russia lost 9,000 soldiers in the first week of October', 'span', '2024-10-01', '2024-10-07'],
    ['Russia lost 9,000 soldiers in the last week of September', 'span', '2024-09-24', '2024-09-30'],
    ['Russia lost 17,000 soldiers over the past two weeks', 'span', '2024-10-12', '2024-10-25'],
    ['Russia lost 2,600 soldiers in 48 hours', 'span', '2024-10-24', '2024-10-25'],
  ])('%s → %s %s..%s', (text, kind, start, end) => {
    expect(claimsOf(`${text}, the General Staff said.`)).toEqual([expect.objectContaining({ period: { kind, start, end } })]);
  });

  it('takes no period from a dateline, and leaves a record day of last week undated', () => {
    expect(only("KYIV, Oct 25 (Reuters) - Russian forces lost a record 1,700 troops in a single day last week, Ukraine's military said on Friday.").period).toEqual({ kind: 'day', start: null, end: null });
  });

  it('reads "in all of September" as the month, not as a running total', () => {
    expect(claimsOf('In all of September, Russia lost 38,000 soldiers, or about 1,270 per day, the data showed.').map((c) => c.period)).toEqual([
      { kind: 'span', start: '2024-09-01', end: '2024-09-30' },
      { kind: 'day', start: null, end: null },
    ]);
  });

  it('refers back to a period named in a sentence without figures, or further back when it names none', () => {
    expect(only('In September the offensive stalled, the General Staff said. Over the same period, Russia lost 38,000 soldiers.').period).toEqual({ kind: 'span', start: '2024-09-01', end: '2024-09-30' });
    expect(claimsOf('Russia lost 38,000 soldiers in September, the General Staff said. The offensive stalled. Over the same period, Ukraine lost 9,000 soldiers.').map((c) => c.period)).toEqual([
      { kind: 'span', start: '2024-09-01', end: '2024-09-30' },
      { kind: 'span', start: '2024-09-01', end: '2024-09-30' },
    ]);
  });
});

describe('the statement day of an opening phrase and of a later sentence', () => {
  it('dates the figures after a long "Speaking at …" opening, past a page\'s date label', () => {
    const text =
      'date 2024-10-25 Speaking at a meeting of the ministry\'s board in Moscow, attended by the whole general staff, on Wednesday, Belousov said the enemy was weaker.\n\n' +
      '"Ukraine has lost 80,000 pieces of equipment this year," Belousov said.';
    expect(only(text).period).toEqual({ kind: 'span', start: '2024-01-01', end: '2024-10-23' });
  });

  it('ends a running total that goes on at the day its own sentence says it was stated', () => {
    const text =
      'Some 150,000 soldiers on both sides have been killed since the invasion, the Pentagon said.\n\n' +
      'Over 80,000 Russian soldiers have also been killed, a US general told a conference in Washington on Wednesday.';
    expect(claimsOf(text).map((c) => c.period)).toEqual([
      { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' },
      { kind: 'cumulative', start: '2022-02-24', end: '2024-10-23' },
    ]);
  });
});

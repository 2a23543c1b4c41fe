// Readings found on real articles the extractor had never seen, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('claimants', () => {
  it('knows the UK defence chief, MI6, the CIA and US officials named in full', () => {
    expect(only('Admiral Sir Tony Radakin said Russia lost about 1,400 soldiers a day in May.')).toMatchObject({ sourceGroup: 'UK' });
    expect(only("Britain's Chief of the Defence Staff said Russian forces have lost 650,000 troops since the invasion.")).toMatchObject({ sourceGroup: 'UK' });
    expect(only('The MI6 chief said some 20,000 Russian soldiers had been killed so far.')).toMatchObject({ sourceGroup: 'UK' });
    expect(only('CIA Director Bill Burns said Russia had lost about 15,000 soldiers so far.')).toMatchObject({ sourceGroup: 'US' });
    expect(only('United States officials said Russia has suffered over 500,000 casualties since the invasion.')).toMatchObject({ sourceGroup: 'US' });
    expect(claimsOf('US officials gave a similar figure in May, putting Russian casualties at over 500,000, while NATO has cited a lower estimate.')[0]).toMatchObject({ sourceGroup: 'US' });
  });

  it('reads a name with its abbreviation in brackets, or with ", who", before its verb', () => {
    expect(only('The Royal United Services Institute (RUSI) said Russia lost 3,000 tanks in the war so far.')).toMatchObject({ sourceGroup: 'independent' });
    expect(only('This tallies with Defence Secretary John Healey, who said on Monday that Russia lost 40,000 soldiers in June.')).toMatchObject({ sourceGroup: 'UK' });
  });

  it('reads a blog or project named with its name, and "the group" taking it up', () => {
    expect(only('The Oryx blog said Russia has lost 3,100 tanks since the invasion.')).toMatchObject({ sourceGroup: 'independent' });
    const text = 'Oryx, a volunteer monitoring site, has been collecting photos of destroyed vehicles. The group said it has verified 2,000 Russian tanks lost in the war.';
    expect(only(text)).toMatchObject({ metric: 'tanks', value: 2000, sourceGroup: 'independent' });
  });

  it("reads a report named with its owner before the figure: \"Kyiv's estimate of 640,000\"", () => {
    const claims = claimsOf("London puts Russia's dead and wounded at roughly 600,000, close to Kyiv's estimate of 640,000 as of July 1.");
    expect(claims.find((c) => c.value === 640000)).toMatchObject({ sourceGroup: 'UA' });
  });

  it('gives drones a Russian mayor says were downed to Ukraine', () => {
    expect(only('Mayor Sergei Sobyanin said 12 drones had been shot down on the approach to the city.')).toMatchObject({ subject: 'Ukraine', metric: 'uav', sourceGroup: 'RU' });
  });
});

describe('subjects and metrics', () => {
  it('reads the losses of "the Armed Forces", no country named, in a translated report as Ukraine\'s', () => {
    const claims = claimsOf('In 2023, Russian troops took 300 square kilometres, the losses of the Armed Forces exceeded 200 thousand people killed and wounded, the Russian Defence Ministry said.', '2023-12-20');
    expect(claims.find((c) => c.value === 200000)).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU', qualifier: 'atLeast' });
  });

  it('counts "wounded" right after a figure, but not a verb before another', () => {
    const claims = claimsOf('Estimates of Russian losses differ, some putting them at 90,000 dead and about 250,000 wounded.');
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.qualifier])).toEqual([
      ['Russia', 'personnel', 90000, 'exact'],
      ['Russia', 'personnel', 250000, 'approx'],
    ]);
    expect(claimsOf('He said 20,000 civilians have been injured, and as many as 5 million have fled.')).toEqual([]);
  });
});

describe('drones downed', () => {
  it('reads a headline that ends on its speaker apart from the lead under it', () => {
    const text = "Air defence downs 40 of 52 Russia-launched drones overnight, Ukraine says\nRussia sent 52 drones at Ukraine overnight, the air force said on Tuesday.";
    expect(claimsOf(text, '2024-05-07').map((c) => [c.subject, c.value, c.kind])).toEqual([
      ['Russia', 40, 'loss'],
      ['Russia', 52, 'other'],
      ['Russia', 52, 'deployment'],
    ]);
  });

  it("gives drones that a side's air defence or air force and defence forces destroyed to the other side", () => {
    expect(only("Kyiv's air defence destroys 17 drones over the capital")).toMatchObject({ subject: 'Russia', metric: 'uav' });
    expect(only('"Overnight, the Ukrainian Air Force and defence forces destroyed 33 Shahed drones," the air force said.')).toMatchObject({ subject: 'Russia', metric: 'uav' });
  });

  it('does not take the agent of "captured by" for the claimant', () => {
    expect(only('Oryx said at least 300 Russian tanks were captured by the Ukrainian armed forces since the invasion.')).toMatchObject({ subject: 'Russia', sourceGroup: 'independent' });
  });
});

describe('aid', () => {
  it("gives a package's contents, listed after an unnamed official speaks, to the package's giver", () => {
    const text = 'The Pentagon is sending $800 million more in weapons to Ukraine. Most of it will arrive next year, a defence official told reporters. Those include 40 howitzers and some 200 trucks.';
    expect(claimsOf(text).map((c) => [c.value, c.kind, c.sourceGroup])).toEqual([
      [800000000, 'aid', 'US'],
      [40, 'aid', 'US'],
      [200, 'aid', 'US'],
    ]);
  });
});

describe('relayed and given', () => {
  it("credits a belligerent's forces named doing it when a news agency relays them", () => {
    expect(only('As Ukrinform reported, the Defense Forces of Ukraine eliminated some 1,100 invaders over the past day.')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('reads weapons a country is sent, the recipient before the figure, as aid', () => {
    expect(only('Washington has sent Kyiv more than 40 howitzers since the spring.')).toMatchObject({ subject: 'Ukraine', metric: 'artillery', kind: 'aid' });
  });

  it('reads the common misspelling "causalities" as casualties', () => {
    expect(only("Russia's forces have likely suffered 60,000 causalities in the war, the UK said.")).toMatchObject({ subject: 'Russia', metric: 'personnel', sourceGroup: 'UK' });
  });
});

describe('qualifiers', () => {
  it('reads "as high as" as at most', () => {
    expect(only('The ministry said Russian casualties since the invasion could be as high as 300,000.')).toMatchObject({ qualifier: 'atMost' });
  });

  it('qualifies a converted amount in brackets as the amount it converts', () => {
    expect(only('Norway pledged a military aid package of nearly €2.1 billion ($2.3 billion) to Ukraine.')).toMatchObject({ metric: 'aid', value: 2300000000, qualifier: 'atMost' });
  });

  it('reads a total "brought up to" a figure as that figure', () => {
    const claims = claimsOf('Russia lost 1,100 soldiers in the past day, which brought its total since the invasion up to 600,100, the General Staff said.');
    expect(claims.find((c) => c.value === 600100)).toMatchObject({ qualifier: 'exact', period: { kind: 'cumulative' } });
  });
});

describe('periods', () => {
  it('ends a running total on the day it is given "as of"', () => {
    expect(only("As of March 3, Russia has lost 790,000 troops since the full-scale invasion began, Ukraine's General Staff said.", '2025-03-04')).toMatchObject({
      period: { kind: 'cumulative', start: '2022-02-24', end: '2025-03-03' },
    });
  });

  it('reads a running total stated in a month as a running total, not as that month', () => {
    const claim = only('The general had put the number of Russians killed or wounded since the invasion at 80,000 in October, US officials said.', '2023-05-02');
    expect(claim.period).toMatchObject({ kind: 'cumulative', start: '2022-02-24' });
  });

  it('reads "the previous day" of an update as the update\'s day', () => {
    expect(only("Ukraine's General Staff said on Tuesday that 900 Russian soldiers had been killed the previous day.", '2023-03-08')).toMatchObject({
      period: { kind: 'day', start: '2023-03-07', end: '2023-03-07' },
    });
  });

  it('dates a day figure by the opening date of its report, beside "in one day"', () => {
    expect(only('On March 4th, the General Staff reported that Russia lost 1,200 soldiers in one day.', '2024-03-06')).toMatchObject({
      period: { kind: 'day', start: '2024-03-04', end: '2024-03-04' },
    });
  });

  it('reads "a daily high" and "every single day" as days the text does not date', () => {
    const high = claimsOf('Russian losses peaked in May, with a daily high of 1,740 troops lost in May, the General Staff said.');
    expect(high.find((c) => c.value === 1740)?.period).toEqual({ kind: 'day', start: null, end: null });
    expect(only('Russian losses in June averaged 1,300 "every single day," the British defence chief said.').period).toEqual({ kind: 'day', start: null, end: null });
  });

  it('reads "within three days" as a span up to the statement, its start undated', () => {
    expect(only('The brigade said on May 2 that it killed 45 Russian soldiers within just three days.', '2024-05-03').period).toEqual({ kind: 'span', start: null, end: '2024-05-02' });
  });

  it('reads "since Putin\'s war began" as a running total', () => {
    expect(only("Russia has lost 2,500 tanks since Vladimir Putin's war began, Kyiv said.").period).toMatchObject({ kind: 'cumulative', start: '2022-02-24' });
  });
});

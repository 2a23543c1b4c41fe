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

describe('discourse', () => {
  it('takes up the claimant named before a one-word line for "the ministry said" after it', () => {
    const text = "MOSCOW - Kiev lost up to 300 soldiers facing Russia's Battlegroup Vostok in the past 24 hours, the Russian Defence Ministry said on Tuesday.\nWireCredit\n\"The enemy lost up to 300 troops, four pickups and two US-made 155-mm M777 guns,\" the ministry said.";
    const claims = claimsOf(text, '2024-09-10');
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 'personnel', 300, 'RU'],
      ['Ukraine', 'vehicles', 4, 'RU'],
      ['Ukraine', 'artillery', 2, 'RU'],
    ]);
  });

  it("keeps the day in force past a period another clause names (the ministry's groups of forces)", () => {
    const text = 'Ukraine lost up to 400 soldiers facing the Yug group in the past day, the Russian Defence Ministry said. Facing the Sever group, Kiev has lost up to 90 soldiers, while Kiev lost up to 60 soldiers facing the Vostok group in the past 24 hours, the ministry said.';
    expect(claimsOf(text, '2024-09-10').map((c) => [c.value, c.period?.kind])).toEqual([
      [400, 'day'],
      [90, 'day'],
      [60, 'day'],
    ]);
  });

  it('reads "with 17,287 units destroyed" as the equipment the sentence names before it', () => {
    const claims = claimsOf("Ukraine's General Staff says Russia lost 369 aircraft. Its drone fleet, the unmanned aerial vehicles, took a heavy toll too, with 17,287 units destroyed.");
    expect(claims.find((c) => c.value === 17287)).toMatchObject({ metric: 'uav' });
  });

  it('does not take the side that bore the costs ("incurred by Russia") for a claimant', () => {
    const claims = claimsOf('The figures show the costs incurred by Russia in the war, with 26,900 vehicles and fuel tanks lost since the invasion.');
    expect(claims[0]).toMatchObject({ subject: 'Russia', sourceGroup: null });
  });

  it('merges a small count in a headline, its lead and its quote into one claim', () => {
    const text = "Russia downs three more Ukrainian Su-24 jets\n\nMOSCOW - Russia's air defences shot down three Ukrainian Su-24 jets over the past day, the Russian Defence Ministry said.\n\n\"Air defences shot down three Su-24 jets of the Ukrainian Air Force in the past 24 hours,\" Igor Konashenkov said at a briefing on Saturday.";
    expect(claimsOf(text, '2022-08-06').filter((c) => c.metric === 'aircraft')).toHaveLength(1);
  });
});

describe('open-source counts', () => {
  it('does not take the agent of one fate in a list for the loser of the next', () => {
    const claims = claimsOf('Oryx says Russia lost 2,100 tanks: 1,300 were destroyed, 500 were captured by Ukrainian forces, 90 were damaged.', '2023-06-01');
    expect(claims.map((c) => c.subject)).toEqual(['Russia', 'Russia', 'Russia', 'Russia']);
  });

  it("reads a side's stock, not its losses, as no claim", () => {
    expect(claimsOf('"Russia entered the war with some 2,900 tanks in working order," the analyst said.')).toEqual([]);
    expect(claimsOf('Before the invasion Moscow had about 5,000 tanks in reserve, the Oryx blog noted.')).toEqual([]);
  });

  it('reads a count an outlet "established" or is "confirming", named with two appositions', () => {
    const first = only('Working from obituaries, Mediazona, an independent outlet, together with the BBC, established the names of 30,100 Russian soldiers killed in the war.', '2023-09-01');
    expect(first).toMatchObject({ sourceGroup: 'independent', period: { kind: 'cumulative' } });
    const second = only('BBC Russian has carried out an investigation, confirming the names of 610 Russian servicemen killed in Ukraine.', '2022-03-20');
    expect(second).toMatchObject({ sourceGroup: 'independent', period: { kind: 'cumulative' } });
  });

  it('reads "Russia may have lost about 50,000 people" and "Russian militaries" as soldiers', () => {
    expect(only('Mediazona said Russia may have lost about 50,000 people in the war so far.', '2023-09-01')).toMatchObject({ metric: 'personnel', value: 50000, subject: 'Russia' });
    expect(only('The BBC counted 51,200 Russian militaries who died in the war.', '2024-03-01')).toMatchObject({ metric: 'personnel', value: 51200 });
  });

  it('reads no claim in the figures of another war', () => {
    expect(claimsOf('Mediazona has named 40,000 Russian dead. About 14,500 Soviet soldiers were killed in Afghanistan over ten years.', '2023-09-01').map((c) => c.value)).toEqual([40000]);
  });
});

describe('aid', () => {
  it('gives aid a medium reports to its giver', () => {
    expect(only('As Reuters reported on Monday, the Pentagon is providing $325 million to Ukraine.', '2023-10-10')).toMatchObject({ kind: 'aid', sourceGroup: 'US' });
  });

  it('reads weapons sent right after an aid package as aid', () => {
    const claims = claimsOf('The Pentagon announced $600 million in new security assistance for Ukraine. The US military will send six more HIMARS launchers and ammunition.', '2023-10-10');
    expect(claims.map((c) => [c.subject, c.metric, c.kind])).toEqual([
      ['Ukraine', 'aid', 'aid'],
      ['Ukraine', 'mlrs', 'aid'],
    ]);
  });
});

describe('lists of running totals', () => {
  it('reads a small item after running totals in a list as a running total too', () => {
    const text = 'Russia also lost more equipment, the General Staff said:\n- warships/boats — 28;\n- submarines — 1;\n- cruise missiles — 3,011.';
    expect(claimsOf(text, '2025-03-02').map((c) => [c.metric, c.period?.kind])).toEqual([
      ['ships', 'cumulative'],
      ['submarines', 'cumulative'],
      ['cruise_missiles', 'cumulative'],
    ]);
  });

  it('reads the running total a lead-in names as every item\'s', () => {
    const text = "Ukraine's General Staff says Russia has lost the following since the start of the full-scale invasion:\n* 10,100 tanks\n* One submarine";
    expect(claimsOf(text, '2025-03-02').map((c) => [c.metric, c.period?.kind])).toEqual([
      ['tanks', 'cumulative'],
      ['submarines', 'cumulative'],
    ]);
  });

  it('dates the "(+N)" increments of a list by the day the update named for its past day', () => {
    const text = 'Over the past day, March 1, Russia lost 1,210 soldiers, the General Staff said.\nIts losses now stand at:\n- tanks — 10,210 (+7);\n- artillery systems — 23,100 (+31).';
    const increments = claimsOf(text, '2025-03-02').filter((c) => c.value < 100);
    expect(increments.map((c) => c.period)).toEqual([
      { kind: 'day', start: '2025-03-01', end: '2025-03-01' },
      { kind: 'day', start: '2025-03-01', end: '2025-03-01' },
    ]);
  });

  it('merges a headline\'s round figure into the body\'s figure it rounds', () => {
    const text = 'Over 1,300 Russian soldiers lost in a day, General Staff says\n\nRussia lost 1,340 soldiers over the past 24 hours, the General Staff of the Armed Forces of Ukraine said.';
    expect(claimsOf(text, '2024-11-05').map((c) => c.value)).toEqual([1340]);
  });
});

describe('sides and statements', () => {
  it('does not take a place for the side "its soldiers" belong to', () => {
    expect(only('Генштаб: за минулу добу російська армія втратила в Україні 1380 своїх солдатів.', '2024-11-05')).toMatchObject({ subject: 'Russia' });
  });

  it('dates a statement by an opening date, with its year and an aside, when the claimant follows', () => {
    const claim = only('On March 3, 2025, in an interview with a US network, President Zelensky said that 46,000 Ukrainian soldiers had been killed in the war.', '2025-04-01');
    expect(claim).toMatchObject({ subject: 'Ukraine', sourceGroup: 'UA', period: { kind: 'cumulative', end: '2025-03-03' } });
  });

  it('reads a Ukrainian claimant with a date and "вперше" before its verb', () => {
    const claim = only('Президент Володимир Зеленський 3 березня 2025 року вперше озвучив нові втрати: за його словами, з початку повномасштабної війни загинули 46 тисяч українських військових.', '2025-04-01');
    expect(claim).toMatchObject({ subject: 'Ukraine', sourceGroup: 'UA', period: { kind: 'cumulative', end: '2025-03-03' } });
  });
});

describe('forecasts, conditions and comparisons', () => {
  it('reads no claim in a loss foretold, predicted or supposed', () => {
    expect(claimsOf('Russia is on a path to lose 700,000 soldiers by late 2025, an analyst said.', '2025-01-02')).toEqual([]);
    expect(claimsOf('UK intelligence predicts 600,000 Russian deaths by 2026.', '2025-01-02')).toEqual([]);
    expect(claimsOf('The next milestone is 2 million Russian dead, which could be expected by 2027 at this pace.', '2025-01-02')).toEqual([]);
    expect(claimsOf('If they accept another 300,000 casualties, they may take the region, the professor said.', '2025-01-02')).toEqual([]);
    expect(claimsOf('The Kremlin will have to explain the losses of 700,000 people.', '2025-01-02')).toEqual([]);
  });

  it('reads no claim in a difference between two counts', () => {
    expect(claimsOf('Daily Russian casualties in 2024 saw an increase of almost 400 soldiers compared to 2023, British intelligence said.', '2025-01-02')).toEqual([]);
  });

  it('reads no figure in a year before the twentieth century', () => {
    expect(claimsOf('Russia has lost 650,000 soldiers in the war, more than in the Crimean War of 1853.', '2025-01-02').map((c) => c.value)).toEqual([650000]);
  });

  it('reads "just shy of" as at most, and "the official Ukrainian count" as Ukraine\'s', () => {
    expect(only('In May the Russians lost just shy of 1,300 men per day, according to the official Ukrainian count.', '2025-06-02')).toMatchObject({ qualifier: 'atMost', sourceGroup: 'UA', period: { kind: 'day', start: null } });
  });

  it('reads people "being killed or wounded every day" and soldiers left dead', () => {
    expect(only('Around the city, between 600 and 700 Russians are either being killed or wounded every day.', '2025-06-02')).toMatchObject({ value: 600, valueMax: 700, period: { kind: 'day', start: null } });
    expect(only('The strike on the barracks left 89 sleeping soldiers dead, Moscow said.', '2025-06-02')).toMatchObject({ metric: 'personnel', kind: 'loss' });
  });

  it('reads no claim in another war named before the figure', () => {
    expect(claimsOf("Russia's dead already exceed those of the USSR's intervention in Afghanistan, which saw about 15,000 deaths.", '2025-06-02')).toEqual([]);
  });
});

describe('section headings', () => {
  it("gives figures under a heading no one claims to the report before it, and whose losses a figure-less sentence names", () => {
    const text = "Russia lost 1,250 soldiers over the past day, Ukraine's General Staff said.\n\nThe Toll So Far\n\nAs of November 3, the total Russian combat losses since the invasion are very high. The figures show about 700,100 personnel lost and 9,300 tanks.";
    const claims = claimsOf(text, '2024-11-03').filter((c) => c.value > 5000);
    expect(claims.map((c) => [c.subject, c.sourceGroup])).toEqual([
      ['Russia', 'UA'],
      ['Russia', 'UA'],
    ]);
  });
});

// Readings found on a set of real pages about Syrskyi's yearly tallies, Zelensky's toll beside a
// Pentagon figure, and NATO's first estimate of the war, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('figures', () => {
  it('reads the exact figure in brackets after a rounded one as a claim of its own, counting the same', () => {
    const claims = claimsOf("The enemy's losses since the beginning of the year have already reached almost 250 thousand (249,870) people, the commander wrote.", '2025-08-01');
    expect(claims.map((c) => [c.value, c.qualifier, c.metric, c.period?.kind])).toEqual([
      [250000, 'atMost', 'personnel', 'span'],
      [249870, 'exact', 'personnel', 'span'],
    ]);
  });

  it('reads "one million" in words like digits where no noun follows it', () => {
    expect(only("British intelligence said in June that Russia's troop losses had passed one million.", '2025-07-01')).toMatchObject({ value: 1000000, qualifier: 'atLeast', sourceGroup: 'UK' });
  });

  it('reads "no less than 5,000 and up to 12,000" as one range', () => {
    expect(only('NATO believes no less than 5,000 and up to 12,000 Russian soldiers have been killed.', '2022-03-20')).toMatchObject({ value: 5000, valueMax: 12000 });
  });
});

describe('periods', () => {
  it('reads "since start of year" without its article', () => {
    expect(only('Russia has lost nearly 200,000 soldiers since start of year – Syrskyi.', '2025-06-01').period).toEqual({ kind: 'span', start: '2025-01-01', end: '2025-06-01' });
  });

  it('reads "since the escalation of the conflict with Moscow in 2022" as the war so far', () => {
    expect(only('The Ukrainian army lost a total of over 900,000 servicemen since the escalation of the conflict with Moscow in 2022, the minister said.', '2024-10-01').period?.kind).toBe('cumulative');
  });

  it('does not hand an outside body\'s period to a belligerent quoted after it', () => {
    const claims = claimsOf('NATO estimated that 6,000 Russian soldiers were killed in three weeks of fighting. Moscow has not given an official update since it said on March 2 that 498 soldiers had been killed.', '2022-03-20');
    expect(claims.map((c) => [c.value, c.sourceGroup, c.period])).toEqual([
      [6000, null, { kind: 'span', start: null, end: '2022-03-20' }],
      [498, 'RU', { kind: 'cumulative', start: '2022-02-24', end: '2022-03-02' }],
    ]);
  });
});

describe('claimants', () => {
  it('takes a figure "given by" an official for that official\'s', () => {
    expect(only('That compares with a figure of 300,000 Russian troops killed or wounded given by a senior U.S. Defense Department official earlier this month.', '2024-02-20').sourceGroup).toBe('US');
  });

  it('takes "reporting" as a reporting verb and keeps one claimant\'s figure apart from another\'s of the same size', () => {
    const claims = claimsOf("Russia has lost more than one million troops since the invasion, according to Ukrainian military estimates. British intelligence, reporting in June, said Russia's troop losses had passed one million.", '2025-07-01');
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UK']);
  });

  it('reads a claimant after a dash that closes a headline with a full stop', () => {
    expect(only('Russians have lost nearly 200,000 soldiers since start of year – Syrskyi.', '2025-06-01').sourceGroup).toBe('UA');
  });
});

describe('sides', () => {
  it('gives "both sides sustaining" only to the figure it stands beside', () => {
    const claims = claimsOf('The newspaper estimated that combined Russian and Ukrainian losses exceeded one million, reporting 150,000 Russian and 60,000 Ukrainian fatalities, with both sides sustaining about 300,000 wounded.', '2024-10-01');
    expect(claims.filter((c) => c.value === 1000000).map((c) => c.subject)).toEqual([null]);
  });
});

describe('sides and claimants named briefly', () => {
  it('gives a figure after "and Ukraine –" to Ukraine', () => {
    const claims = claimsOf('On 8 December 2024, the US president claimed that Russia had lost 500,000 soldiers, and Ukraine – 300,000.', '2025-02-28');
    expect(claims.map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Russia', 500000, 'US'],
      ['Ukraine', 300000, 'US'],
    ]);
  });

  it('reads "then-Pentagon chief Austin" as the Pentagon', () => {
    expect(only('In January, then-Pentagon chief Austin reported that Russian losses exceeded 690,000 troops.', '2025-02-01').sourceGroup).toBe('US');
  });

  it('gives ships "damaged by attacks by Ukrainian forces" to Russia', () => {
    expect(only('Another 11 ships were damaged by attacks by Ukrainian forces, the navy said.', '2023-11-17').subject).toBe('Russia');
  });

  it('takes no loss from a fleet counted "before the invasion"', () => {
    expect(claimsOf("Ukraine's navy said it had destroyed a third of the Black Sea Fleet, which was 80 warships before the full-scale Russian invasion.", '2024-03-06')).toEqual([]);
  });
});

describe('battles and counteroffensives (a twenty-first set: Wagner at Bakhmut, Moscow on the 2023 counteroffensive)', () => {
  it('reads "in the long battle for the city of Bakhmut" as an undated span', () => {
    expect(only('Wagner lost more than 19,000 fighters in the long battle for the city of Bakhmut, its chief said.', '2023-05-24').period).toEqual({ kind: 'span', start: null, end: '2023-05-24' });
  });

  it('gives the figures before to the chief who "said this", even when his sentence has figures of its own', () => {
    const claims = claimsOf("Wagner lost more than 19,000 fighters in Bakhmut. Wagner's boss, Yevgeny Prigozhin, said this, adding that 40,000 convicts had been recruited.", '2023-05-24');
    expect(claims[0]!.sourceGroup).toBe('RU');
  });

  it('takes a war named after a figure, nearer the next one, for that one only', () => {
    const claims = claimsOf('Moscow said it lost just over 6,000 troops in the war, fewer than the Soviet losses in the Afghanistan war of 15,000 troops.', '2023-05-24');
    expect(claims.map((c) => c.value)).toEqual([6000]);
  });

  it('gives a whole the period of its parts that an expression ends ("…, including … since it launched its counteroffensive")', () => {
    const claims = claimsOf('The Ukrainian military has lost over 40,000 troops and about 4,000 items of military hardware, including 20 combat aircraft and 20 Leopard tanks since it launched its counteroffensive, the spokesman said.', '2023-08-04');
    expect(claims.map((c) => c.period?.kind)).toEqual(['span', 'span', 'span', 'span']);
  });

  it('reads "in the Ukrainian counteroffensive since June 4" as the operation from that day', () => {
    expect(only('Shoigu claimed Ukraine had lost 2,900 units of hardware in the Ukrainian counteroffensive since June 4.', '2023-07-11').period).toEqual({ kind: 'span', start: '2023-06-04', end: '2023-07-11' });
  });

  it("counts 'items of the Ukrainian army's various armament' as equipment", () => {
    expect(only("Over 4,800 items of the Ukrainian army's various armament have been destroyed, the spokesman said.", '2023-08-04').metric).toBe('equipment');
  });
});

describe("Moscow's totals (a twenty-fourth set: the Kursk front, the special operation, jets shot down)", () => {
  it('reads "during military operations in Russia\'s Kursk region" as the front\'s span, and its list after it too', () => {
    const claims = claimsOf("Ukraine lost over 70,000 troops during military operations in Russia's Kursk region, the ministry said on Friday. In a statement, the ministry said Ukrainian forces had suffered the loss of 400 tanks and 600 artillery systems.", '2025-04-26');
    expect(claims.map((c) => c.period?.kind)).toEqual(['span', 'span', 'span']);
  });

  it('reads "since the beginning of the Russian military special operation" as the war', () => {
    expect(only('The Ukrainian Air Force has lost 480 aircraft since the beginning of the Russian military special operation, the ministry said.', '2023-10-21').period?.kind).toBe('cumulative');
    expect(only('Since the beginning of the special operation, the Ukrainian side has lost 250 helicopters, the ministry said.', '2023-10-21').period?.kind).toBe('cumulative');
  });

  it('takes the agent after the passive verb, not an owner before it', () => {
    expect(only('Two Su-27 aircraft operated by Kiev were destroyed by the Russian Aerospace Forces, the ministry said.', '2024-09-15').subject).toBe('Ukraine');
  });

  it('takes a fleet "when the conflict escalated" for a stock, not a loss', () => {
    expect(claimsOf('Forbes reported that Ukraine had some 120 jets including Su-27s, Su-25s and MiG-29s when the conflict escalated in February 2022.', '2024-09-15')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/extractor/index.js';
import { claimsOf, only } from './helpers.js';

describe('subjects', () => {
  it('reads a claimant that opens a headline with a colon, and the AFU as Ukraine', () => {
    expect(only('Russian MoD: AFU lost over 1,900 troops in Kursk area in past day')).toMatchObject({ subject: 'Ukraine', value: 1900, sourceGroup: 'RU' });
  });

  it('takes the side that lost, not a place named first or in between', () => {
    expect(only('In the fighting around Kyiv, Russia lost more than 15,000 troops, Kyiv says.')).toMatchObject({ subject: 'Russia' });
    expect(only('Russian forces in Ukraine lost more than 1,000 soldiers in the past day, according to Kyiv.')).toMatchObject({ subject: 'Russia' });
  });

  it("gives what a side's forces eliminated to the other side", () => {
    expect(only("Ukraine's defense forces eliminated 1,370 occupiers in a day")).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 1370 });
    expect(only('Russian air defences shot down 40 drones overnight, Moscow said.')).toMatchObject({ subject: 'Ukraine', metric: 'uav' });
  });

  it.each([
    ['Russia lost 500 soldiers in the past day, Kyiv said.', 'Russia'],
    ["Moscow's forces lost 500 soldiers in the past day, Kyiv said.", 'Russia'],
    ["The Kremlin's forces lost 500 soldiers in the past day, Kyiv said.", 'Russia'],
    ['The invaders lost 500 soldiers in the past day, the General Staff said.', 'Russia'],
    ['The enemy lost 500 soldiers in the past day, the General Staff said.', 'Russia'],
    ["Russia's Defense Ministry said Ukraine lost 500 soldiers in the past day.", 'Ukraine'],
    ['The Pentagon says North Korea has deployed about 11,000 soldiers to Russia.', 'North Korea'],
  ])('%s → %s', (text, subject) => {
    expect(only(text).subject).toBe(subject);
  });

  it('carries whose figures a sentence gave, not the side it named first, into a sentence that names none', () => {
    const text = "Russian air defence forces shot down 67 Ukrainian drones, Russia's Defence Ministry said. In total, since the beginning of the special military operation, 650 aircraft have been destroyed.";
    expect(claimsOf(text).map((c) => [c.subject, c.metric])).toEqual([
      ['Ukraine', 'uav'],
      ['Ukraine', 'aircraft'],
    ]);
  });

  it('gives "N of its soldiers" to the side named before, even when it is the claimant', () => {
    expect(only('Ukraine says 57,500 of its soldiers were killed, CNN reported.')).toMatchObject({ subject: 'Ukraine' });
    expect(only('Kyiv says Russia lost 300 of its soldiers near Kupiansk in the past day.')).toMatchObject({ subject: 'Russia' });
  });

  it('reads troops massed near a border as deployed, by the country that has them', () => {
    expect(only("Belarus has about 30,000 troops near the Ukrainian border, according to Ukraine's border guard.")).toMatchObject({ subject: 'Belarus', metric: 'troops', kind: 'deployment', qualifier: 'approx' });
  });

  it('knows the BBC\'s count of the dead, and a medium that "has reported" a figure as its claimant', () => {
    const text = 'Oryx has documented 3,617 Russian tanks lost. The BBC has confirmed the names of 88,055 Russian soldiers killed. The Guardian has reported that 12 tanks were lost on Monday.';
    expect(claimsOf(text).map((c) => [c.value, c.sourceGroup])).toEqual([
      [3_617, 'independent'],
      [88_055, 'independent'],
      [12, 'independent'],
    ]);
  });

  it('gives what a claimant says "it destroyed" to the other side', () => {
    const text = "Russia's Defence Ministry said Ukraine lost 3 air defence systems, while Kyiv said it destroyed 2 air defence systems.";
    expect(claimsOf(text).map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 3, 'RU'],
      ['Russia', 2, 'UA'],
    ]);
  });

  it('gives a headline that names no claimant the one its lead names', () => {
    const text = 'Russian Losses in Ukraine on Oct 24: 1,520 Soldiers, 12 Tanks\n\nThe General Staff of the Armed Forces of Ukraine published its daily update on Oct 25.';
    expect(claimsOf(text, '2024-10-25').map((c) => [c.value, c.sourceGroup])).toEqual([
      [1_520, 'UA'],
      [12, 'UA'],
    ]);
  });

  it('reads Russian officials as a Russian claimant', () => {
    expect(only('Ukraine lost about 10,000 soldiers during the Kursk operation, Russian officials claimed.')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
  });

  it('takes the body\'s claimant over the headline\'s for the same figure', () => {
    const text = 'Kyiv says Russia lost 1,180 troops; US to send $988 million in new aid\n\nThe United States will send Ukraine $988 million in military assistance, the Pentagon said on Saturday.';
    expect(claimsOf(text).find((c) => c.unit === 'USD')).toMatchObject({ value: 988_000_000, sourceGroup: 'US' });
  });

  it('reads soldiers recruited as troops raised, not lost', () => {
    expect(only('Moscow can absorb the toll because it recruits about 30,000 men a month, Western officials say.')).toMatchObject({ metric: 'troops', kind: 'other' });
  });

  it('reads soldiers provided to a country as deployed there', () => {
    expect(only('North Korea has provided 11,000 troops to Russia, Seoul said.')).toMatchObject({ subject: 'North Korea', metric: 'troops', kind: 'deployment' });
  });

  it('reads soldiers lost in a region as lost, not deployed there', () => {
    expect(only('Since Aug. 6, Russia has lost more than 38,000 soldiers in the Kursk region, Syrskyi said.')).toMatchObject({ kind: 'loss', metric: 'personnel', subject: 'Russia' });
  });

  it('reads soldiers put "in Russia" at a figure as deployed', () => {
    expect(only('U.S. officials estimate the number of North Korean troops in Russia at 10,000 to 12,000.')).toMatchObject({
      subject: 'North Korea', metric: 'troops', value: 10_000, valueMax: 12_000, kind: 'deployment', sourceGroup: 'US',
    });
  });

  it('makes deployed soldiers troops, not losses', () => {
    expect(only('Seoul estimated that North Korea will send up to 12,000 soldiers to Russia.')).toMatchObject({
      subject: 'North Korea',
      metric: 'troops',
      kind: 'deployment',
      qualifier: 'atMost',
      sourceGroup: 'KR',
    });
  });

  it('gives aid to its recipient', () => {
    expect(only('Australia is providing 49 tanks to Ukraine.')).toMatchObject({ subject: 'Ukraine', metric: 'tanks', kind: 'aid' });
    expect(only('The White House announced a $400 million aid package.')).toMatchObject({ subject: 'Ukraine', metric: 'aid', unit: 'USD' });
  });
});

describe('claimants', () => {
  it.each([
    ['according to the General Staff of the Armed Forces of Ukraine', 'UA'],
    ["Ukraine's Defense Ministry said", 'UA'],
    ['the UK Ministry of Defence said', 'UK'],
    ['London said', 'UK'],
    ['Russian Defense Minister Sergei Shoigu said', 'RU'],
    ['the Institute for the Study of War said', 'independent'],
    ['analysts at an open-source intelligence project said', 'independent'],
    ['Ukraine’s Defense Ministry said', 'UA'],
    ["according to Ukraine's military intelligence", 'UA'],
    ['according to the UK', 'UK'],
    ['according to Ukrainian estimates', 'UA'],
  ])('"%s" → %s', (attribution, group) => {
    expect(only(`Russia lost 700 soldiers in the past day, ${attribution}.`).sourceGroup).toBe(group);
  });

  it('carries a claimant across the sentences it governs', () => {
    const claims = claimsOf(
      "Ukraine's General Staff said Russia lost 1,000 soldiers in the past day. It also lost 12 tanks and 30 drones.",
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA', 'UA']);
  });

  it('takes "Kyiv says" in a headline for the body', () => {
    const claims = claimsOf('Russia loses 900 troops in a day, Kyiv says\n\nThe losses included 14 tanks destroyed in the past day.');
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA']);
  });

  it('does not take an organisation asked for comment as the claimant', () => {
    const claims = claimsOf(
      'Russia lost 900 soldiers in the past day, the General Staff said. Newsweek contacted the Russian Defense Ministry for comment. Russia also lost 20 tanks in the past day.',
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA']);
  });

  it('lets "according to the report" take up the claimant in force, not the next country named', () => {
    const claims = claimsOf(
      "Ukraine's General Staff said Russia lost 1,000 soldiers in the past day. According to the report, Russia has also lost 9,436 tanks since the start of the war.",
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA']);
  });

  it('does not carry a claimant into a sentence that gives its words to someone else', () => {
    const claims = claimsOf(
      "Russia lost 1,000 soldiers in the past day, Ukraine's General Staff said. The United States will send another package worth $425 million, Pentagon officials told reporters.",
    );
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'US']);
    const unknown = claimsOf("Russia lost 1,000 soldiers in the past day, Ukraine's General Staff said. Russia also lost 40 tanks in the past week, Berlin said.");
    expect(unknown.map((c) => c.sourceGroup)).toEqual(['UA', null]);
    const role = claimsOf("Russia lost 1,000 soldiers in the past day, Ukraine's General Staff said. A dozen Russian tanks were destroyed near Kurakhove, the brigade said.");
    expect(role.map((c) => c.sourceGroup)).toEqual(['UA', null]);
    const spokesman = claimsOf('Russia lost 80,000 soldiers since 2022, Mediazona said. Russia lost 22 tanks last week, a spokesman for the Khortytsia group said.');
    expect(spokesman.map((c) => c.sourceGroup)).toEqual(['independent', null]);
  });

  it('keeps each claimant to its own clause', () => {
    const claims = claimsOf('Zelensky said in March 2022 that Russia had lost about 12,000 troops, while Moscow admitted to 1,351 deaths.');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [12000, 'UA'],
      [1351, 'RU'],
    ]);
  });

  it('reads Wagner as Russian, and trackers that document losses as independent', () => {
    expect(only('Yevgeny Prigozhin said about 20,000 Wagner fighters died in the battle for Bakhmut.')).toMatchObject({ subject: 'Russia', sourceGroup: 'RU' });
    expect(only('Oryx has documented the loss of more than 2,000 Russian tanks.')).toMatchObject({
      subject: 'Russia', metric: 'tanks', qualifier: 'atLeast', sourceGroup: 'independent', period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' },
    });
  });

  it('takes "he said" for a person named before, and keeps a wounded count with the side killed before it', () => {
    const text = 'Zelensky said 43,000 Ukrainian troops have been killed since Russia launched its invasion, and 370,000 have been wounded. He said Russia had lost 198,000 soldiers killed.';
    expect(claimsOf(text).map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Ukraine', 43_000, 'UA'],
      ['Ukraine', 370_000, 'UA'],
      ['Russia', 198_000, 'UA'],
    ]);
    // An organisation is not "he".
    expect(claimsOf("Ukraine's General Staff published its update. He said Russia had lost 198,000 soldiers.")[0]!.sourceGroup).toBeNull();
  });

  it('gives aid the donor its sentence names, else the claimant in force', () => {
    const text = "Russia's Defence Ministry said Ukraine lost 1,200 soldiers in the past day. Congress passed a $61 billion aid package in April. Germany will provide $500 million to Ukraine.";
    expect(claimsOf(text).map((c) => [c.kind, c.sourceGroup])).toEqual([
      ['loss', 'RU'],
      ['aid', 'US'],
      ['aid', null],
    ]);
  });

  it('reads the people an army lost as its soldiers', () => {
    expect(only('Over the past day, the Russian army lost 1,550 people, according to the General Staff.')).toMatchObject({ subject: 'Russia', metric: 'personnel', value: 1_550, kind: 'loss' });
  });

  it('takes "it estimates" for the claimant in force, not someone else speaking', () => {
    expect(claimsOf('The UK Ministry of Defence published its update. It estimates that Russia has suffered approximately 730,000 casualties.')[0]).toMatchObject({ sourceGroup: 'UK', qualifier: 'approx' });
  });

  it('knows the chief of Ukraine\'s military intelligence by name', () => {
    const [claim] = extractClaims("Ukraine's military intelligence chief Kyrylo Budanov said Russia loses about 1,500 soldiers a day.", { published: '2024-10-25' }).claims;
    expect(claim).toMatchObject({ source: 'Ukrainian military intelligence', sourceGroup: 'UA' });
  });

  it('knows Ukraine\'s military intelligence agency, and the side whose units suffered', () => {
    expect(only("Ukraine's military intelligence agency said North Korean units had suffered 150 casualties near Kursk.")).toMatchObject({
      subject: 'North Korea', metric: 'personnel', value: 150, sourceGroup: 'UA',
    });
  });

  it('knows Mediazona named before the BBC, and reads their count of the identified dead as a running total', () => {
    expect(only('Mediazona and the BBC have so far identified 71,000 Russian servicemen killed in the war.')).toMatchObject({
      subject: 'Russia', value: 71000, period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' }, sourceGroup: 'independent',
    });
  });

  it('reads a death toll as personnel, and as a running total', () => {
    expect(only('Independent researchers put the real death toll among Russian troops at between 110,000 and 160,000.')).toMatchObject({
      metric: 'personnel', value: 110000, valueMax: 160000, period: { kind: 'cumulative', start: '2022-02-24', end: '2024-10-25' }, sourceGroup: 'independent',
    });
  });

  it('does not give the figures of someone unnamed to the claimant the next sentence names', () => {
    const claims = claimsOf('Russia lost 31,000 soldiers in July, a spokesman for the brigade said. The UK Ministry of Defence said Russia lost 1,030 soldiers a day in July.');
    expect(claims.map((c) => c.sourceGroup)).toEqual([null, 'UK']);
  });

  it('does not carry a claimant into a sentence where unnamed officials estimate', () => {
    const claims = claimsOf('Oryx has confirmed 3,400 Russian tanks lost. Russia has lost more than 3,000 tanks, Western officials estimate.');
    expect(claims.map((c) => c.sourceGroup)).toEqual(['independent', null]);
  });

  it('does not take a picture credit for a claimant', () => {
    const claims = claimsOf('Russia lost 1,100 soldiers in the past day, the General Staff said.\n\nA burnt-out tank near Kupiansk. Photo: Reuters\n\nThe military also reported 14 tanks destroyed.');
    expect(claims.map((c) => c.sourceGroup)).toEqual(['UA', 'UA']);
  });

  it('knows the US Congress', () => {
    expect(only('Congress approved $61bn in aid for Ukraine in April.')).toMatchObject({ unit: 'USD', value: 61_000_000_000, sourceGroup: 'US' });
  });

  it('tells Russia\'s General Staff from Ukraine\'s', () => {
    expect(only("Russia's chief of the general staff, Valery Gerasimov, said Ukraine had lost 450 tanks in Kursk.")).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(only('Ukraine has lost 36,000 troops in Kursk, Gerasimov claimed.')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
  });

  it('reads a "Defence Intelligence update" as the UK Ministry of Defence, and Ukraine\'s defence intelligence as Ukraine\'s', () => {
    expect(only('Defence Intelligence update: Russian casualties in October averaged 1,270 per day.')).toMatchObject({ sourceGroup: 'UK' });
    expect(only("Ukraine's defence intelligence said Russia lost 300 soldiers in the past day.")).toMatchObject({ sourceGroup: 'UA' });
  });

  it('reads a source in brackets at the end of a list item for that item only', () => {
    const claims = claimsOf('Key figures:\n- 1,300 Russian soldiers killed or wounded in the past day (General Staff)\n- $61bn US aid package approved in April\n- 11,000 North Korean troops sent to Kursk (South Korean intelligence)');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [1300, 'UA'],
      [61_000_000_000, null],
      [11000, 'KR'],
    ]);
  });

  it('does not read civilians killed as soldiers', () => {
    expect(claimsOf('More than 11,000 civilians have been killed since the invasion (UN).')).toEqual([]);
  });

  it('gives a toll of both sides together to neither', () => {
    expect(only('Some 1.1 million soldiers have been killed or wounded on both sides, the Wall Street Journal reported.').subject).toBeNull();
  });

  it('reads the side that shot down as the other side\'s loss, and knows the Ukrainian Navy and the SBU', () => {
    expect(claimsOf('Ukraine shot down 3 Russian Su-25 jets and 2 Mi-8 helicopters this month, the air force said.').map((c) => [c.subject, c.metric])).toEqual([
      ['Russia', 'aircraft'],
      ['Russia', 'helicopters'],
    ]);
    expect(claimsOf('Ukrainian Navy: a Russian missile boat and two patrol boats were destroyed overnight.').map((c) => [c.subject, c.value, c.sourceGroup])).toEqual([
      ['Russia', 1, 'UA'],
      ['Russia', 2, 'UA'],
    ]);
    expect(only('Drones destroyed 9 Russian aircraft at an airfield, the SBU security service said.')).toMatchObject({ subject: 'Russia', sourceGroup: 'UA' });
  });

  it('does not count a tank column or a drone unit as the weapon', () => {
    expect(claimsOf('Update: a tank column was hit near Kurakhove, and a drone unit was praised.')).toEqual([]);
  });
});

describe('publishers and the data they rest on', () => {
  it('credits figures published on another body\'s data to the publisher, and their loser to the data\'s adversary', () => {
    const text = 'According to the Ukrainian General Staff, losses averaged 1,150 people a day in August, a new report by the UK Ministry of Defence found.';
    expect(only(text)).toMatchObject({ subject: 'Russia', sourceGroup: 'UK' });
  });

  it('makes a speaker who gives an assessment the claimant', () => {
    expect(only('The US Secretary of Defense gave a new assessment on Monday, saying Russia had lost more than 600,000 soldiers.')).toMatchObject({ sourceGroup: 'US' });
  });
});

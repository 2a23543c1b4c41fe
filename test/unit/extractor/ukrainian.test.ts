// The Ukrainian lexicon (lang/uk): the General Staff's daily post in its layouts, and news
// sentences of the same facts. The figures are the General Staff's report of 8 August 2026.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../functions/core/metrics.js';
import { extractClaims } from '../../../functions/extractor/index.js';
import { lexiconFor } from '../../../functions/extractor/lang/index.js';
import { claimsOf, only } from './helpers.js';

const REPORT_DAY = '2026-08-08';
const GENERAL_STAFF = 'General Staff of the Armed Forces of Ukraine';
const TOTAL = { kind: 'cumulative', start: '2022-02-24', end: REPORT_DAY };
const DAY = { kind: 'day', start: REPORT_DAY, end: REPORT_DAY };

/** Each category of the report: its running total and the day's increment. */
const REPORT: ReadonlyArray<readonly [string, number, number]> = [
  ['personnel', 1456610, 1190],
  ['tanks', 12251, 4],
  ['armored_vehicles', 25099, 1],
  ['artillery', 47580, 58],
  ['mlrs', 2009, 1],
  ['air_defense', 1556, 6],
  ['aircraft', 439, 0],
  ['helicopters', 354, 0],
  ['uav', 449606, 1751],
  ['cruise_missiles', 5007, 0],
  ['ships', 35, 1],
  ['submarines', 2, 0],
  ['vehicles', 131417, 349],
  ['special_equipment', 4504, 2],
  ['ground_robotic_systems', 2162, 10],
];

const ONE_LINE_PER_CATEGORY = `Загальні бойові втрати противника з 24.02.22 по 08.08.26 орієнтовно склали:
особового складу ‒ близько 1456610 (+1190) осіб ліквідовано,
танків ‒ 12251 (+4) од,
бойових броньованих машин ‒ 25099 (+1) од,
артилерійських систем ‒ 47580 (+58) од,
РСЗВ ‒ 2009 (+1) од,
засоби ППО ‒ 1556 (+6) од,
літаків ‒ 439 (+0) од,
гелікоптерів ‒ 354 (+0) од,
БпЛА оперативно-тактичного рівня ‒ 449606 (+1751) од,
крилаті ракети ‒ 5007 (+0) од,
кораблі / катери ‒ 35 (+1) од,
підводні човни ‒ 2 (+0) од,
автомобільної техніки та автоцистерн ‒ 131417 (+349) од,
спеціальна техніка ‒ 4504 (+2) од,
наземні роботизовані комплекси ‒ 2162 (+10) од.
Дані уточнюються.`;

const INLINE =
  'Загальні бойові втрати противника з 24.02.22 по 08.08.26 орієнтовно склали: особового складу — близько 1 456 610 (+1 190) осіб ліквідовано, ' +
  'танків — 12 251 (+4) од., бойових броньованих машин — 25 099 (+1) од., артилерійських систем — 47 580 (+58) од., РСЗВ — 2009 (+1) од., ' +
  'засобів ППО — 1556 (+6) од., літаків — 439 (+0) од., гелікоптерів — 354 (+0) од., БпЛА оперативно-тактичного рівня — 449 606 (+1 751) од., ' +
  'крилатих ракет — 5007 (+0) од., кораблів / катерів — 35 (+1) од., підводних човнів — 2 (+0) од., автомобільної техніки та автоцистерн — 131 417 (+349) од., ' +
  'спеціальної техніки — 4504 (+2) од., наземних роботизованих комплексів — 2162 (+10) од. Дані уточнюються.';

const uk = (text: string, published = REPORT_DAY) => claimsOf(text, published);
const one = (text: string, published = REPORT_DAY) => only(text, published);

describe('Ukrainian: the General Staff daily post', () => {
  it.each([
    ['one line per category', ONE_LINE_PER_CATEGORY],
    ['inline, with spaces between thousands', INLINE],
  ])('reads a running total and the day\'s increment for every category (%s)', (_, post) => {
    const claims = uk(post);
    expect(claims).toHaveLength(REPORT.length * 2);
    const expected = REPORT.flatMap(([metric, total, increment]) => [
      { metric, value: total, period: TOTAL, qualifier: metric === 'personnel' ? 'approx' : 'exact' },
      { metric, value: increment, period: DAY, qualifier: 'exact' },
    ]);
    expect(claims.map(({ metric, value, period, qualifier }) => ({ metric, value, period, qualifier }))).toEqual(expected);
    for (const claim of claims) expect(claim).toMatchObject({ subject: 'Russia', kind: 'loss', unit: 'count', sourceGroup: 'UA' });
    expect(new Set(extractClaims(post, { published: REPORT_DAY }).claims.map((c) => c.source))).toEqual(new Set([GENERAL_STAFF]));
  });

  it('reads the media\'s copy of the list: nominatives, em dashes, totals without increments and "(+4 за минулу добу)"', () => {
    const claims = uk(`Втрати в техніці також зросли:
- танки — 12 251 (+4 за минулу добу);
- РСЗВ — 2009;
- засоби ППО — 1556 (+6);
- наземні роботизовані комплекси — 2162 (+10).`);
    expect(claims.map((c) => [c.metric, c.value, c.period?.kind])).toEqual([
      ['tanks', 12251, 'cumulative'],
      ['tanks', 4, 'day'],
      ['mlrs', 2009, 'cumulative'],
      ['air_defense', 1556, 'cumulative'],
      ['air_defense', 6, 'day'],
      ['ground_robotic_systems', 2162, 'cumulative'],
      ['ground_robotic_systems', 10, 'day'],
    ]);
  });

  it('dates the running totals by the post\'s own span: "від 24.02 до 27.09" needs no year for the invasion\'s day', () => {
    const claim = one('Загальні бойові втрати противника від 24.02 до 27.09 орієнтовно становлять: танків — 2306 од.', '2022-09-27');
    expect(claim).toMatchObject({ metric: 'tanks', value: 2306, period: { kind: 'cumulative', start: '2022-02-24', end: '2022-09-27' } });
  });

  it('reads the fixture article: a news story around the post, each figure once', () => {
    const text = readFileSync('test/fixtures/articles/general-staff-uk.txt', 'utf8');
    const result = extractClaims(text, { published: REPORT_DAY });
    expect(result.language).toBe('uk');
    expect(result.claims).toHaveLength(REPORT.length * 2);
    expect(result.claims).toContainEqual(expect.objectContaining({ metric: 'ground_robotic_systems', value: 2162, subject: 'Russia', period: TOTAL, source: GENERAL_STAFF }));
    expect(result.claims).toContainEqual(expect.objectContaining({ metric: 'personnel', value: 1190, subject: 'Russia', period: DAY, source: GENERAL_STAFF }));
    for (const claim of result.claims) expect(text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
  });
});

describe('Ukrainian: periods', () => {
  it.each([
    ['За минулу добу росія втратила 1190 військових.', DAY],
    ['Упродовж минулої доби ворог втратив 1190 осіб.', DAY],
    ['Від початку повномасштабного вторгнення ворог втратив 12 251 танк.', TOTAL],
    ['З початку великої війни росія втратила 12 251 танк.', TOTAL],
    ['З 24 лютого 2022 року по 8 серпня 2026 року окупанти втратили 12 251 танк.', TOTAL],
    ['Загалом із лютого 2022 року росія втратила 12 251 танк.', TOTAL],
    ['Станом на 8 серпня втрати противника становлять 1 456 610 осіб.', TOTAL],
    ['Вчора ворог втратив 6 засобів ППО.', { kind: 'day', start: '2026-08-07', end: '2026-08-07' }],
    ['Напередодні, 6 серпня, росіяни втратили 1 230 військових.', { kind: 'day', start: '2026-08-06', end: '2026-08-06' }],
    ['У ніч на 7 серпня Сили оборони збили 95 дронів.', { kind: 'day', start: '2026-08-07', end: '2026-08-07' }],
    ['З понеділка ворог втратив 4 800 військових.', { kind: 'span', start: '2026-08-03', end: REPORT_DAY }],
    ['Минулого тижня армія рф втратила 8 200 осіб.', { kind: 'span', start: '2026-07-27', end: '2026-08-02' }],
    ['За останні сім днів ворог втратив 8 310 військових.', { kind: 'span', start: '2026-08-02', end: REPORT_DAY }],
    ['З початку року росія втратила понад 250 тисяч військових.', { kind: 'span', start: '2026-01-01', end: REPORT_DAY }],
    ['У 2025 році ворог втратив 420 тисяч військових.', { kind: 'span', start: '2025-01-01', end: '2025-12-31' }],
    ['З 1 по 7 серпня ворог втратив 8 310 військових.', { kind: 'span', start: '2026-08-01', end: '2026-08-07' }],
  ])('%s', (text, period) => {
    expect(one(text, REPORT_DAY)).toMatchObject({ subject: 'Russia', kind: 'loss', period });
  });

  it.each([
    ['у липні', 'july'],
    ['протягом липня', 'july'],
    ['за липень', 'july'],
    ['у лютому', 'february'],
    ['протягом лютого', 'february'],
    ['за лютий', 'february'],
    ['у листопаді 2025 року', 'november'],
    ['протягом листопада 2025 року', 'november'],
    ['за листопад 2025 року', 'november'],
  ])('reads a month in the case news use: "%s"', (words, month) => {
    const months: Record<string, [string, string]> = {
      july: ['2026-07-01', '2026-07-31'],
      february: ['2026-02-01', '2026-02-28'],
      november: ['2025-11-01', '2025-11-30'],
    };
    const [start, end] = months[month]!;
    expect(one(`${words[0]!.toUpperCase()}${words.slice(1)} ворог втратив 30 тисяч військових.`).period).toEqual({ kind: 'span', start, end });
  });

  it.each([
    ['Ворог втратив 1 040 військових у неділю.', '2026-08-02'],
    ['У понеділок ворог втратив 1 040 військових.', '2026-08-03'],
    ['У вівторок ворог втратив 1 040 військових.', '2026-08-04'],
    ['У середу ворог втратив 1 040 військових.', '2026-08-05'],
    ['У четвер ворог втратив 1 040 військових.', '2026-08-06'],
    ["У п'ятницю ворог втратив 1 040 військових.", '2026-08-07'],
    ['У пʼятницю ворог втратив 1 040 військових.', '2026-08-07'],
    ['Ворог втратив 1 040 військових 5 серпня.', '2026-08-05'],
    ['Ворог втратив 1 040 військових 5 серпня 2026 року.', '2026-08-05'],
  ])('reads a day: %s', (text, day) => {
    expect(one(text).period).toEqual({ kind: 'day', start: day, end: day });
  });

  it('gives each figure its own day in "у неділю …, в суботу – …"', () => {
    expect(uk('Генштаб: у неділю ворог втратив 1 040 військових, в суботу – 1 100.', '2026-08-04').map((c) => [c.value, c.period?.start])).toEqual([
      [1040, '2026-08-02'],
      [1100, '2026-08-01'],
    ]);
  });

  it('reads a daily average as a day with no date', () => {
    expect(one('За оцінками ISW, у липні росія втрачала в середньому 1 000 військових на добу.')).toMatchObject({
      period: { kind: 'day', start: null, end: null },
      sourceGroup: 'independent',
    });
  });
});

describe('Ukrainian: qualifiers', () => {
  it.each([
    ['близько', 'approx'],
    ['приблизно', 'approx'],
    ['орієнтовно', 'approx'],
    ['понад', 'atLeast'],
    ['більше ніж', 'atLeast'],
    ['щонайменше', 'atLeast'],
    ['майже', 'atMost'],
    ['до', 'atMost'],
  ])('"%s" → %s', (words, qualifier) => {
    expect(one(`За добу ворог втратив ${words} 1200 військових.`).qualifier).toBe(qualifier);
  });

  it('reads a sentence of only a period and a figure as counting what the sentence before counted', () => {
    expect(uk('Від початку повномасштабного вторгнення росія втратила близько 1 456 610 військових. Лише за минулу добу – 1 190.')).toMatchObject([
      { metric: 'personnel', value: 1456610, qualifier: 'approx', period: TOTAL },
      { metric: 'personnel', value: 1190, qualifier: 'exact', period: DAY },
    ]);
  });

  it('reads people the enemy lost across the post\'s dotted dates as its soldiers, and the day\'s increment between figure and noun', () => {
    expect(one('Загальні втрати противника з 24.02.22 по 08.08.26 склали близько 1 456 610 осіб.')).toMatchObject({ metric: 'personnel', qualifier: 'approx', period: TOTAL });
    expect(uk('Загальні втрати противника з 24.02.22 по 08.08.26 склали близько 1 456 610 (+1 190) осіб.')).toMatchObject([
      { metric: 'personnel', value: 1456610, qualifier: 'approx', period: TOTAL },
      { metric: 'personnel', value: 1190, qualifier: 'exact', period: DAY },
    ]);
  });

  it('reads "зросли до" as where a count rose to, not as "up to"', () => {
    expect(one('Загальні втрати росії зросли до 1 456 610 осіб.')).toMatchObject({ qualifier: 'exact', metric: 'personnel', period: TOTAL });
  });

  it('qualifies only the figure it stands before', () => {
    expect(uk('За добу ворог втратив близько 1190 військових, 4 танки та 58 артсистем.').map((c) => c.qualifier)).toEqual(['approx', 'exact', 'exact']);
  });
});

describe('Ukrainian: claimants and sides', () => {
  it.each([
    ['Генштаб ЗСУ повідомив, що за добу ворог втратив 1190 військових.', GENERAL_STAFF],
    ['За даними Генштабу, за добу ворог втратив 1190 військових.', GENERAL_STAFF],
    ['За добу ворог втратив 1190 військових, повідомили в Генштабі.', GENERAL_STAFF],
    ['За добу ворог втратив 1190 військових — Генштаб', GENERAL_STAFF],
    ['Як повідомляє Генеральний штаб Збройних сил України, за добу ворог втратив 1190 військових.', GENERAL_STAFF],
    ['Міноборони повідомило, що за добу противник втратив 1190 окупантів.', 'Ministry of Defence of Ukraine'],
    ['Зеленський заявив, що від початку вторгнення росія втратила майже 1,5 млн військових.', 'President of Ukraine'],
    ['За словами Сирського, від початку року ворог втратив щонайменше 250 тисяч осіб.', GENERAL_STAFF],
  ])('%s', (text, source) => {
    const [claim] = extractClaims(text, { published: REPORT_DAY }).claims;
    expect(claim).toMatchObject({ source, sourceGroup: 'UA', subject: 'Russia', kind: 'loss' });
  });

  it.each([
    ['Противник втратив 1190 військових.'],
    ['Ворог втратив 1190 військових.'],
    ['Окупанти втратили 1190 військових.'],
    ['Росіяни втратили 1190 військових.'],
    ['Армія РФ втратила 1190 військових.'],
    ['Сили оборони ліквідували 1190 загарбників.'],
    ['Сили оборони знищили 40 ворожих дронів.'],
    ['Сили оборони за минулу добу знищили чотири танки.'],
    ['Українські захисники знищили 35 кораблів.'],
    ['За добу знищено 2 гелікоптери ворога.'],
  ])('%s → Russia', (text) => {
    expect(one(text).subject).toBe('Russia');
  });

  it("reads Moscow's claims about Ukraine's losses as Moscow's", () => {
    expect(one('Міноборони рф заявило, що за добу ЗСУ втратили 1200 військових.')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(one('Російське Міноборони стверджує, що українська армія втратила понад 8 тисяч військовослужбовців.')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU', qualifier: 'atLeast' });
  });

  it('reads a speaker named after the verb ("підрахували аналітики") as someone unnamed, not the claimant of the sentence after', () => {
    const claims = uk('У липні окупанти втратили понад 31 тисячу військових, підрахували аналітики. Британська розвідка оцінює середньодобові втрати росії у липні в 1 030 осіб.');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [31000, null],
      [1030, 'UK'],
    ]);
  });

  it('gives the figures a sentence names no one for to the claimant of the sentence after', () => {
    const claims = extractClaims('Від початку вторгнення росія втратила 12 251 танк. Про це повідомляє Генеральний штаб ЗСУ.', { published: REPORT_DAY }).claims;
    expect(claims.map((c) => c.source)).toEqual([GENERAL_STAFF]);
  });
});

describe('Ukrainian: aid', () => {
  it('reads a package in dollars, given to Ukraine, and the weapons it lists as aid', () => {
    expect(uk('Пентагон оголосив новий пакет військової допомоги Україні на $425 млн. Він включає 150 бронемашин і 20 гаубиць.')).toMatchObject([
      { subject: 'Ukraine', metric: 'aid', unit: 'USD', value: 425_000_000, kind: 'aid', sourceGroup: 'US' },
      { subject: 'Ukraine', metric: 'armored_vehicles', value: 150, kind: 'aid' },
      { subject: 'Ukraine', metric: 'artillery', value: 20, kind: 'aid' },
    ]);
  });
});

describe('Ukrainian: metrics and numbers', () => {
  it.each([
    ['1190 військових', 'personnel'],
    ['1190 військовослужбовців', 'personnel'],
    ['1190 солдатів', 'personnel'],
    ['1190 окупантів', 'personnel'],
    ['1190 осіб', 'personnel'],
    ['12 251 танк', 'tanks'],
    ['3 танки', 'tanks'],
    ['25 танків', 'tanks'],
    ['4 бойові броньовані машини', 'armored_vehicles'],
    ['12 бронемашин', 'armored_vehicles'],
    ['58 артилерійських систем', 'artillery'],
    ['3 гаубиці', 'artillery'],
    ['2 реактивні системи залпового вогню', 'mlrs'],
    ['2 РСЗВ', 'mlrs'],
    ['6 засобів ППО', 'air_defense'],
    ['2 зенітні ракетні комплекси', 'air_defense'],
    ['3 літаки', 'aircraft'],
    ['2 гелікоптери', 'helicopters'],
    ['1751 безпілотник', 'uav'],
    ['40 дронів', 'uav'],
    ['1751 БпЛА оперативно-тактичного рівня', 'uav'],
    ['5 крилатих ракет', 'cruise_missiles'],
    ['один корабель', 'ships'],
    ['2 катери', 'ships'],
    ['1 підводний човен', 'submarines'],
    ['349 одиниць автомобільної техніки та автоцистерн', 'vehicles'],
    ['100 автомобілів', 'vehicles'],
    ['14 одиниць спецтехніки', 'special_equipment'],
    ['сім одиниць спеціальної техніки', 'special_equipment'],
    ['10 наземних роботизованих комплексів', 'ground_robotic_systems'],
    ['10 НРК', 'ground_robotic_systems'],
  ])('%s → %s', (words, metric) => {
    expect(one(`За добу ворог втратив ${words}.`).metric).toBe(metric);
  });

  it('has Ukrainian words for every loss metric of the metrics table', () => {
    const named = new Set(lexiconFor('uk')!.metrics.phrases.map(([, metric]) => metric));
    for (const metric of METRICS.filter((m) => m !== 'troops')) expect(named).toContain(metric);
  });

  it.each([
    ['29,2 тис. осіб', 29_200],
    ['1,5 млн військових', 1_500_000],
    ['12 тисяч танків', 12_000],
    ['1 456 610 осіб', 1_456_610],
    ['чотири танки', 4],
    ['півтори тисячі окупантів', 1_500],
  ])('reads "%s" as %d', (words, value) => {
    expect(one(`Ворог втратив ${words} від початку вторгнення.`).value).toBe(value);
  });

  it.each([
    'Ворог обстріляв 12 населених пунктів, загинули 5 цивільних.',
    'У 2022 році почалося повномасштабне вторгнення.',
    'Сили оборони тримають оборону вже 1627 днів.',
    'Танкіста нагородили 24 серпня.',
  ])('reads no claim in "%s"', (text) => {
    expect(uk(text)).toEqual([]);
  });

  it('tells Cyrillic words apart without \\b: "танкіст" is no tank', () => {
    expect(one('Танкіст знищив 3 ворожі танки.')).toMatchObject({ metric: 'tanks', value: 3, subject: 'Russia' });
  });
});

describe('Ukrainian: language', () => {
  it('reads a Ukrainian article with the Ukrainian lexicon and says so', () => {
    expect(extractClaims('За добу ворог втратив 1190 військових.', { published: REPORT_DAY })).toMatchObject({ language: 'uk', warnings: [] });
  });

  it('compiles every pattern of the lexicon with the u flag', () => {
    const lexicon = lexiconFor('uk')!;
    const regexes: RegExp[] = [];
    const walk = (value: unknown): void => {
      if (value instanceof RegExp) regexes.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object' && !(value instanceof Set)) Object.values(value).forEach(walk);
    };
    walk(lexicon);
    expect(regexes.length).toBeGreaterThan(50);
    for (const regex of regexes) expect(regex.flags).toContain('u');
    const fragments = [
      ...lexicon.metrics.phrases,
      ...lexicon.sides.aliases,
      ...lexicon.claimants.aliases,
      ...lexicon.kinds.cues,
      ...lexicon.qualifiers,
    ].map(([fragment]) => fragment);
    for (const source of [...fragments, ...lexicon.time.patterns.map((p) => p.pattern), lexicon.metrics.listLabelTail, lexicon.metrics.phraseStopWords]) {
      expect(() => new RegExp(source, 'iu')).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('reading figures', () => {
  it.each([
    ['Kyiv said Russia lost 1,420 soldiers in the past day.', 1420],
    ['Kyiv said Russia lost 1.420 soldiers in the past day.', 1420],
    ['Kyiv said Russia lost 1 420 soldiers in the past day.', 1420],
    ['Kyiv said Russia lost 1420 soldiers in the past day.', 1420],
    ['Kyiv said Russia lost seven tanks in the past day.', 7],
    ['Kyiv said Russia lost twenty-two tanks in the past day.', 22],
    ['Kyiv said Russia lost one air defense system in the past day.', 1],
    ['Kyiv said Russia lost a dozen drones in the past day.', 12],
    ['Kyiv said Russia had lost 50K soldiers since the start of the war.', 50_000],
    ['Kyiv said Russia had lost 1.2mn soldiers since the start of the war.', 1_200_000],
  ])('%s', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('reads scales on money: millions, billions, hyphenated', () => {
    expect(only('Congress approved a $60-billion aid package.').value).toBe(60e9);
    expect(only('The Pentagon announced $1.2 million in military aid.').value).toBe(1.2e6);
    expect(only('Russian artillery losses this year amounted to $8 billion.')).toMatchObject({ unit: 'USD', value: 8e9, metric: 'artillery' });
    expect(only('The U.S. has committed more than $65.9 billion in military assistance to Ukraine.').value).toBe(65_900_000_000);
  });

  it('reads ranges: "X to Y", "between X and Y", "X–Y"', () => {
    expect(only('An assessment said Ukraine had suffered 124,500 to 131,000 casualties.')).toMatchObject({ value: 124_500, valueMax: 131_000 });
    expect(only('Officials in Kyiv said between 600 and 700 Russian soldiers were killed in the past day.')).toMatchObject({ value: 600, valueMax: 700 });
    expect(only('Kyiv said 60–100 Russian soldiers were killed in the past day.')).toMatchObject({ value: 60, valueMax: 100 });
  });

  it.each([
    ['more than', 'atLeast'],
    ['over', 'atLeast'],
    ['at least', 'atLeast'],
    ['nearly', 'atMost'],
    ['almost', 'atMost'],
    ['up to', 'atMost'],
    ['as many as', 'atMost'],
    ['nearing', 'atMost'],
    ['above', 'atLeast'],
    ['below', 'atMost'],
    ['about', 'approx'],
    ['approximately', 'approx'],
    ['some', 'approx'],
  ])('"%s" makes the figure %s', (words, qualifier) => {
    expect(only(`Kyiv says Russia has lost ${words} 5,000 soldiers since the start of the war.`).qualifier).toBe(qualifier);
  });
});

describe('what is not a claim', () => {
  it('keeps a count and leaves a weight beside it', () => {
    expect(claimsOf('The US has provided 31 Abrams tanks and 2,000-pound bombs, according to the Pentagon.').map((c) => [c.metric, c.value])).toEqual([['tanks', 31]]);
  });

  it.each([
    'A 51-year-old mother told reporters her son was killed near the front.',
    'Temperatures fell to minus 15 degrees as troops dug in on January 12, 2024.',
    'The 20th Guards Motor Rifle Division lost ground, officials said.',
    'Russia now occupies about 18% of Ukrainian territory, where soldiers were killed.',
    'For questions about the losses, call 202-555-0147.',
    'The soldiers were killed at 07:50 on the front line in 2024.',
    'Fighting in 2023 killed soldiers on both sides.',
    'Newsweek Voices: Diverse audio opinions',
    'Germany will deliver another package of military aid worth 1.4 billion euros, Berlin said.',
    'A Russian strike on Dnipro killed two people and wounded 23 others, the regional governor said.',
    'Russian forces advanced 4 kilometres near Pokrovsk and captured 28 settlements in October, the ISW said.',
    'Ukraine received its first F-16 jets in July, and the 47th Mechanized Brigade is using 155mm shells.',
    'About 6.5 million Ukrainians have fled abroad, according to the UN refugee agency.',
    'Pyongyang has supplied Moscow with some 20,000 containers of munitions, Seoul said.',
    'The war has cost Russia $200 billion, analysts said.',
    'Ukraine also received the bodies of 563 fallen soldiers, Kyiv said.',
    'At least three people were killed and 12 wounded in a Russian strike on Kharkiv, the governor said.',
    'In Kharkiv region, a strike killed two civilians, and near Kupiansk, a strike destroyed tanks, Kyiv said.',
    'Russian casualties will likely remain above 1,000 a day for the rest of the year, London said.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('does not carry the count of a sentence before into a comparison of something else', () => {
    const text = "Russia lost 1,200 soldiers in the past day, Kyiv said. Ukraine controls about 600 square kilometres of Russia's Kursk region, down from 1,300 in August.";
    expect(claimsOf(text).map((c) => c.value)).toEqual([1_200]);
  });

  it('reads the number in a model\'s name as part of the name', () => {
    expect(claimsOf('Berlin said the package includes 20 Leopard 1 tanks, and Paris will send six Mirage 2000 jets to Ukraine.').map((c) => [c.metric, c.value, c.kind])).toEqual([
      ['tanks', 20, 'aid'],
      ['aircraft', 6, 'aid'],
    ]);
  });

  it('leaves money in another currency out, whichever side its code stands on, and keeps the dollars beside it', () => {
    expect(claimsOf('Oslo announced a contribution of NOK 1.1 billion (about $100 million) to a fund for Ukraine.').map((c) => [c.metric, c.value, c.qualifier])).toEqual([
      ['aid', 100_000_000, 'approx'],
    ]);
  });

  it('reads "half a million" and "a million" before a counted noun', () => {
    expect(claimsOf('Kyiv says Russia has suffered half a million casualties. Zelensky said a million Russian soldiers had been killed or wounded.').map((c) => c.value)).toEqual([500_000, 1_000_000]);
  });
});

// Readings prompted by real pages on a commander's count of his own force's dead (a battle's toll told
// by the head of a private army). Sentences are our own; the figures are real.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe("a commander's toll of his own force", () => {
  it('credits the head of the Wagner Group, and Prigozhin by name, to Moscow\'s side', () => {
    expect(only('The head of the paramilitary Wagner Group says his force has lost more than 18,000 fighters in the battle for Soledar.', '2023-05-25')).toMatchObject({
      subject: 'Russia',
      qualifier: 'atLeast',
      sourceGroup: 'RU',
      period: { kind: 'span', start: null, end: '2023-05-25' },
    });
    expect(only('Yevgeny Prigozhin said 9,000 of his men had died in the fight for the city.', '2023-05-25')).toMatchObject({ subject: 'Russia', sourceGroup: 'RU' });
  });

  it('reads "the eastern Ukrainian town" as a place, not the loser', () => {
    expect(only('The Wagner boss says his force has lost 18,000 fighters in the battle for Soledar, the eastern Ukrainian town.', '2023-05-25').subject).toBe('Russia');
  });

  it('gives a figure "on the Ukrainian side" to that side, whoever counts it', () => {
    expect(only('The Wagner chief estimated that 40,000 were killed on the Ukrainian side.', '2023-05-25')).toMatchObject({ subject: 'Ukraine', sourceGroup: 'RU' });
    expect(only('Генштаб повідомив, що з російського боку за добу загинули 1200 військових.', '2023-05-25').subject).toBe('Russia');
  });

  it('dates a toll by the day the claimant is reported "saying"', () => {
    const [claim] = claimsOf('Fighting raged on, with the Wagner chief saying Wednesday that 21,000 of his men had been killed in the battle for Bakhmut.', '2023-05-25');
    expect(claim!.period).toEqual({ kind: 'span', start: null, end: '2023-05-24' });
  });
});

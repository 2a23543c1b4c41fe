// Helpers that read a whole vocabulary list in one pass over a text.
import { describe, expect, it } from 'vitest';
import { alternation, matchesOf } from '../../../../functions/extractor/stages/patterns.js';

const ASCII = { word: '\\w', flags: '' } as const;
const CYRILLIC = { word: '\\p{L}\\d_', flags: 'u' } as const;

describe('alternation', () => {
  const words = alternation(
    [
      ['fuel tanks?', 'vehicles'],
      ['tanks?', 'tanks'],
      ['drones?', 'uav'],
    ],
    ASCII,
  );

  it('tells which entry each match stands for, the earlier entry winning where two match', () => {
    const text = 'Fuel tanks, a tank and two drones';
    expect(matchesOf(words.regex, text).map((m) => [m[0], words.valueOf(m)])).toEqual([
      ['Fuel tanks', 'vehicles'],
      ['tank', 'tanks'],
      ['drones', 'uav'],
    ]);
  });

  it('matches whole words only, a hyphen counting as part of a word', () => {
    expect(matchesOf(words.regex, 'tankers, anti-tank and dronesX').map((m) => m[0])).toEqual([]);
  });

  it('embeds in a larger pattern, its groups counted from an offset', () => {
    const larger = new RegExp(`(\\d+) (?:${words.source})`, 'i');
    const m = larger.exec('lost 12 drones')!;
    expect(words.valueOf(m, 2)).toBe('uav');
  });

  it("keeps word boundaries in the language's script", () => {
    const cyrillic = alternation([['танк(?:ів|и)?', 'tanks']], CYRILLIC);
    expect(matchesOf(cyrillic.regex, 'знищено 5 танків і танкістів').map((m) => m[0])).toEqual(['танків']);
  });
});

describe('matchesOf', () => {
  it('gives every match from the start, whatever the last search left behind', () => {
    const digits = /\d+/g;
    digits.lastIndex = 5;
    expect(matchesOf(digits, '1 22 333').map((m) => m[0])).toEqual(['1', '22', '333']);
  });

  it('steps over empty matches instead of looping', () => {
    expect(matchesOf(/x*/g, 'ab')).toHaveLength(3);
  });
});

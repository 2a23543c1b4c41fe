// Helpers that read a whole vocabulary list in one pass over a text, and the scans by words that
// try an alternation only at the words its entries can open with, finding what a whole scan finds.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import { firstWords } from '../../../../functions/extractor/stages/first-words.js';
import { alternation, gated, gatedMatches, matchesOf, prepared } from '../../../../functions/extractor/stages/patterns.js';

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

const WORDS = { isWordChar: (c: string) => /^\w$/.test(c), ignoreCase: true };
const pairs = (source: string) => firstWords(source, WORDS, false)?.pairs.map(([a, b]) => `${a} ${b ?? '*'}`).sort();

describe('firstWords', () => {
  it('reads the first word of every match and the word after it, lower-cased', () => {
    expect(pairs("(?:the )?General Staff|Kyiv(?:'s)?")).toEqual(['general staff', 'kyiv *', 'kyiv s', 'the general']);
    expect(pairs('(?:pieces|units) of equipment')).toEqual(['pieces of', 'units of']);
    expect(pairs('[Ss]ince \\d{1,2}')).toEqual(['since 0', 'since 1', 'since 2', 'since 3', 'since 4', 'since 5', 'since 6', 'since 7', 'since 8', 'since 9'].concat(Array.from({ length: 100 }, (_, i) => `since ${String(i).padStart(2, '0')}`)).sort());
  });

  it('keeps a word repeated without bound as a stem, and any word after a part it cannot follow', () => {
    const stems = firstWords('втрат[а-яіїєґʼ]*', { isWordChar: (c) => /^[\p{L}\d_]$/u.test(c), ignoreCase: true }, true);
    expect(stems).toEqual({ pairs: [], stems: new Set(['втрат']) });
    expect(pairs('killed [^,]{0,40} soldiers')).toEqual(['killed *', 'killed soldiers']);
  });

  it('lets the second words go where they are too many to list, those of the first word with the most first', () => {
    const years = (word: string) => Array.from({ length: 200 }, (_, i) => `${word} ${1900 + i}`);
    expect(pairs('in (?:19|20)\\d{2}|during (?:19|20)\\d{2}|since (?:January|March)')).toEqual([...years('during'), 'in *', 'since january', 'since march'].sort());
  });

  it('gives up on a match that may open with no word character, or on a first word it cannot read', () => {
    expect(firstWords('"?Grad', WORDS, false)).toBeNull();
    expect(firstWords('\\w+ forces', WORDS, false)).toBeNull();
    expect(firstWords('(a)\\1', WORDS, false)).toBeNull();
  });
});

describe('gatedMatches', () => {
  const sentences = [
    'The General Staff of the Armed Forces of Ukraine said Russia lost 1,200 soldiers in the past day.',
    "Kyiv's estimate, the UK Defence Intelligence update said, puts Russian losses at 700,000 since the invasion began.",
    'In September, Ukrainian forces destroyed 12 tanks, 30 armored vehicles and 5 pieces of equipment — the enemy retreated.',
    'THE PENTAGON SAID ON MONDAY THAT 11,000 NORTH KOREAN TROOPS WERE IN THE KURSK REGION.',
    'pro-Russian separatists in Donetsk; the-General Staff; Staff General; Ukraine-Russia talks.',
    '',
  ];
  for (const language of ['en', 'uk']) {
    const lexicon = lexiconFor(language)!;
    const vocabularies = {
      claimants: alternation(lexicon.claimants.aliases, lexicon.script),
      metrics: alternation(lexicon.metrics.phrases, lexicon.script),
      sides: alternation(lexicon.sides.aliases, lexicon.script),
      kinds: alternation(lexicon.kinds.cues, lexicon.script),
    };
    for (const [name, words] of Object.entries(vocabularies)) {
      it(`finds the ${language} ${name} a whole scan finds, with the same groups`, () => {
        expect(prepared(words.gate!).openers === null).toBe(language === 'uk' && (name === 'claimants' || name === 'metrics'));
        for (const text of [...sentences, ...sentences.map((s) => s.toLowerCase())]) {
          const whole = matchesOf(words.regex, text).map((m) => [m.index, ...m]);
          expect(gatedMatches(prepared(words.gate!), text).map((m) => [m.index, ...m])).toEqual(whole);
        }
      });
    }
  }

  it('scans every position when some entry may open otherwise than with a word', () => {
    const gate = prepared(gated(['"?Grad', 'Ukraine'], '(?<![\\w-])', '(?![\\w-])', 'gi', ASCII));
    expect(gate.openers).toBeNull();
    expect(gatedMatches(gate, 'the "Grad" launchers of Ukraine').map((m) => m[0])).toEqual(['"Grad', 'Ukraine']);
  });
});

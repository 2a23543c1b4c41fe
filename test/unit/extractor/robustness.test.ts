import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/extractor/index.js';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../../functions/extractor/stages/sentences.js';

const WORDS = ['Russia', 'lost', '1,420', 'soldiers', 'tanks', '—', '(+6)', 'since', 'Monday', '$8', 'billion', 'Kyiv', 'said', '.', ',', 'to', 'between', 'and', 'more than', 'the war', '\n', '24', 'hours'];

describe('robustness', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        expect(() => extractClaims(text, { published: '2024-10-25' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on adversarial mixes of the words it reads', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 400 }), (words) => {
        const result = extractClaims(words.join(' '), { published: '2024-10-25' });
        for (const claim of result.claims) expect(Number.isFinite(claim.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 5 MB article in linear time, skipping no sentence, every quote at its offsets', () => {
    // Time grows with size, so the check is a ratio of two sizes measured in one test, never a
    // wall-clock limit: a busy machine slows both runs alike. Five times the text may take up to
    // fifteen times as long (a quadratic step would take 25); the small run takes its best of three.
    const paragraph =
      'Russia lost 1,200 soldiers, 14 tanks and 30 drones in the past day, the General Staff said. ' +
      'Digits 1 2 3 4 5 6 7 8 9 and commas , , , , and dashes — — — and more than more than more than. ';
    const article = (bytes: number) => `${paragraph.repeat(Math.ceil(bytes / paragraph.length))}\n${'9'.repeat(5000)} ${'a '.repeat(5000)}`;
    const bestOf = (text: string, runs: number) => {
      let best = Infinity;
      let result = extractClaims('', {});
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        result = extractClaims(text, { published: '2024-10-25' });
        best = Math.min(best, performance.now() - started);
      }
      return { ms: best, result };
    };
    const large = article(5_000_000);
    const small = bestOf(article(1_000_000), 3);
    const big = bestOf(large, 1);
    expect(big.ms / small.ms).toBeLessThan(15);
    expect(big.result.warnings).toEqual([]);
    expect(big.result.claims.length).toBeGreaterThan(1000);
    for (const claim of big.result.claims) expect(large.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
  }, 600_000);

  it('cuts a run without full stops into bounded pieces, so figure-dense lines stay linear', () => {
    const line = '1,000,000,000 '.repeat(20_000);
    const pieces = splitSentences(line);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (const piece of pieces) expect(line.slice(piece.start, piece.end)).toBe(piece.text);
    expect(extractClaims(line, { published: '2024-10-25' }).claims).toEqual([]);
  });
});

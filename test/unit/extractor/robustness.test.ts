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
    // limit on time: twenty times the text may take up to fifty times as long (a quadratic step
    // would take 400, one of n^1.3 fifty). It compares the CPU time this process spent, which other
    // processes on a busy machine hardly change, as wall-clock time they do. A small article first,
    // so both runs time compiled code; the small run once, since noise in it can only lower the ratio.
    const paragraph =
      'Russia lost 1,200 soldiers, 14 tanks and 30 drones in the past day, the General Staff said. ' +
      'Digits 1 2 3 4 5 6 7 8 9 and commas , , , , and dashes — — — and more than more than more than. ';
    const article = (bytes: number) => `${paragraph.repeat(Math.ceil(bytes / paragraph.length))}\n${'9'.repeat(5000)} ${'a '.repeat(5000)}`;
    const timed = (text: string) => {
      const before = process.cpuUsage();
      const result = extractClaims(text, { published: '2024-10-25' });
      const { user, system } = process.cpuUsage(before);
      return { cpu: user + system, result };
    };
    timed(article(50_000));
    const small = timed(article(250_000));
    const large = article(5_000_000);
    const big = timed(large);
    expect(big.cpu / small.cpu).toBeLessThan(50);
    expect(big.result.warnings).toEqual([]);
    expect(big.result.claims.length).toBeGreaterThan(1000);
    for (const claim of big.result.claims) expect(large.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
  }, 600_000);

  it('cuts a run without full stops into bounded pieces, so figure-dense lines stay linear', () => {
    const line = '1,000,000,000 '.repeat(20_000);
    const pieces = [...splitSentences(line)];
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (const piece of pieces) expect(line.slice(piece.start, piece.end)).toBe(piece.text);
    expect(extractClaims(line, { published: '2024-10-25' }).claims).toEqual([]);
  });
});

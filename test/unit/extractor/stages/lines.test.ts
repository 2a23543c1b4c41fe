// Stage: each line read in the light of the lines before it — a list item with its lead-in, a table
// row with its column heads — and every read character mapped back to the article.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import type { Sentence } from '../../../../functions/extractor/model.js';
import { LineReader } from '../../../../functions/extractor/stages/lines.js';
import { splitSentences } from '../../../../functions/extractor/stages/sentences.js';

const en = lexiconFor('en')!;

const readAll = (text: string): Sentence[] => {
  const reader = new LineReader(en);
  return [...splitSentences(text)].map((raw) => reader.read(raw));
};

/** The article offset of a word of the read text. */
const articleOffsetOf = (sentence: Sentence, word: string) => sentence.toArticle(sentence.text.indexOf(word));

const OPENING = 'The General Staff published its morning figures again.\n';

describe('LineReader', () => {
  it('reads a list item with the line that leads into it, quoting the item alone', () => {
    const text = `${OPENING}Russia lost in the past day:\n1,520 soldiers\n12 tanks`;
    const [, leadIn, first, second] = readAll(text);
    expect(leadIn!.text).toBe('Russia lost in the past day:');
    expect(first!.text).toBe('Russia lost in the past day: 1,520 soldiers');
    expect(second!.text).toBe('Russia lost in the past day: 12 tanks');
    expect(text.slice(first!.quote.start, first!.quote.end)).toBe('1,520 soldiers');
    // The lead-in's words map to the lead-in's line, the item's to the item.
    expect(articleOffsetOf(first!, 'lost')).toBe(text.indexOf('lost'));
    expect(articleOffsetOf(second!, '12')).toBe(text.indexOf('12 tanks'));
    expect(text.slice(articleOffsetOf(second!, 'tanks'), articleOffsetOf(second!, 'tanks') + 5)).toBe('tanks');
  });

  it('ends a list at a line of prose, and takes no line with a number for a lead-in', () => {
    const prose = 'The General Staff also said that its forces had held the line near the town for a third straight week.';
    expect(prose.length).toBeGreaterThan(100);
    const afterProse = readAll(`${OPENING}Russia lost in the past day:\n1,520 soldiers\n${prose}\n12 tanks`);
    expect(afterProse.map((s) => s.text).slice(2)).toEqual(['Russia lost in the past day: 1,520 soldiers', prose, '12 tanks']);
    const numbered = readAll(`${OPENING}Russia lost 1,500 soldiers in all:\n12 tanks`);
    expect(numbered[2]!.text).toBe('12 tanks');
  });

  it('reads a table row with its column heads, each cell mapped to its place in the row', () => {
    const text = `${OPENING}| Date | Personnel | Tanks |\n| Nov 22 | 1,430 | 12 |`;
    const [, heads, row] = readAll(text);
    expect(heads!.text).toBe('| Date | Personnel | Tanks |');
    expect(row!.text).toBe('Nov 22 | Personnel – 1,430 | Tanks – 12');
    expect(text.slice(row!.quote.start, row!.quote.end)).toBe('| Nov 22 | 1,430 | 12 |');
    expect(articleOffsetOf(row!, '1,430')).toBe(text.indexOf('1,430'));
    expect(articleOffsetOf(row!, 'Tanks')).toBe(text.indexOf('Tanks'));
    expect(articleOffsetOf(row!, 'Nov 22')).toBe(text.indexOf('Nov 22'));
  });

  it('forgets the column heads at a line that is no table row', () => {
    const rows = readAll(`${OPENING}| Date | Personnel | Tanks |\n| Nov 22 | 1,430 | 12 |\nThe table ends here.\n| Nov 23 | 1,510 | 9 |`);
    expect(rows[4]!.text).toBe('| Nov 23 | 1,510 | 9 |');
  });

  it('marks short capitalised lines of the body as section headings, not lines broken off or with numbers', () => {
    const sentences = readAll(`Russia loses ground\n${OPENING}Heavy personnel losses\nReinforcements arrived from the south of\nLosses in 2024 ran high`);
    expect(sentences.map((s) => [s.text, s.headline, s.heading])).toEqual([
      ['Russia loses ground', true, false],
      ['The General Staff published its morning figures again.', false, false],
      ['Heavy personnel losses', false, true],
      ['Reinforcements arrived from the south of', false, false],
      ['Losses in 2024 ran high', false, false],
    ]);
  });

  it('maps a sentence read as written to its own offsets', () => {
    const text = `${OPENING}Russia lost 5 jets.`;
    const sentence = readAll(text)[1]!;
    expect(sentence.text).toBe('Russia lost 5 jets.');
    expect(sentence.toArticle(0)).toBe(sentence.quote.start);
    expect(sentence.toArticle(12)).toBe(text.indexOf('5 jets'));
  });
});

// Stage: the article's sentences and lines, with their offsets and flags.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../functions/extractor/stages/sentences.js';

const texts = (text: string) => [...splitSentences(text)].map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks, each sentence the text at its offsets', () => {
    const text = 'Russia lost 12 tanks. Did it lose more? Kyiv says so!  "We saw it," he said.';
    const sentences = [...splitSentences(text)];
    expect(sentences.map((s) => s.text)).toEqual(['Russia lost 12 tanks.', 'Did it lose more?', 'Kyiv says so!', '"We saw it," he said.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, initials or a full stop before a lower-case word', () => {
    expect(texts('The U.S. and Gen. Smith met on Nov. 3 in Kyiv. J. R. Doe was there.')).toEqual(['The U.S. and Gen. Smith met on Nov. 3 in Kyiv.', 'J. R. Doe was there.']);
    expect(texts('It cost approx. 40 million dollars. the end')).toEqual(['It cost approx. 40 million dollars. the end']);
  });

  it('takes the lines without a full stop at the top for headlines, and no line after the body begins', () => {
    const sentences = [...splitSentences('Russia loses 900 troops\nKyiv update\n\nThe General Staff spoke. It added more.\nShort line\nLast one.')];
    expect(sentences.map((s) => [s.text, s.headline])).toEqual([
      ['Russia loses 900 troops', true],
      ['Kyiv update', true],
      ['The General Staff spoke.', false],
      ['It added more.', false],
      ['Short line', false],
      ['Last one.', false],
    ]);
  });

  it('marks a sentence that is its whole line, and numbers the lines, counting blank ones', () => {
    const sentences = [...splitSentences('First one. Second one.\n\nTanks: 12\nThird one.')];
    expect(sentences.map((s) => [s.text, s.wholeLine, s.line])).toEqual([
      ['First one.', false, 0],
      ['Second one.', false, 0],
      ['Tanks: 12', true, 2],
      ['Third one.', true, 3],
    ]);
  });

  it('joins a long line wrapped by hand to the next, keeping its newline so offsets still hold', () => {
    const text = 'The General Staff said Russia had lost 1,200 soldiers and 30 artillery\nsystems in the past day. A new line follows.';
    const [wrapped, next] = [...splitSentences(text)];
    expect(wrapped).toMatchObject({ text: 'The General Staff said Russia had lost 1,200 soldiers and 30 artillery\nsystems in the past day.', line: 0 });
    expect(text.slice(wrapped!.start, wrapped!.end)).toBe(wrapped!.text);
    expect(next).toMatchObject({ text: 'A new line follows.', line: 0 });
  });

  it('keeps short lines apart even when the next begins in lower case', () => {
    expect([...splitSentences('Losses so far\nfrom the update')].map((s) => s.line)).toEqual([0, 1]);
  });

  it('trims white space around a sentence and skips empty pieces', () => {
    const text = '   Russia lost 5 jets.   \n\n   \n';
    expect([...splitSentences(text)]).toEqual([{ text: 'Russia lost 5 jets.', start: 3, end: 22, headline: false, wholeLine: true, endsLine: true, line: 0 }]);
  });
});

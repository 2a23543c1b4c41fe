// Stage: how a line is read in the light of the lines before it — a list item with the line that
// leads into it, a table row with its column heads — and where every read character stands.
import type { Lexicon } from '../lang/lexicon.js';
import type { Sentence } from '../model.js';
import { findNumbers } from './numbers.js';
import type { RawSentence } from './sentences.js';

/** Lines longer than this after a lead-in are prose again, not list items. */
const LIST_ITEM_LENGTH = 100;
/**
 * A section heading ("Heavy personnel losses"): a short line of the body, of a few words, with no
 * full stop, number, comma or slash (a photo credit has those), not broken off mid-phrase.
 */
const HEADING = /^\p{Lu}[^\d,/.!?:;"”|]{0,60}$/u;
const HEADING_WORDS = 8;
const ENDS_MID_PHRASE = /\b(?:on|in|of|the|a|an|and|or|to|for|by|at|with|from|that|as)$/i;

/** A table cell that is a metric word alone ("| Tanks |"): compiled once per lexicon. */
const metricCells = new WeakMap<Lexicon, RegExp>();
function metricCellOf(lexicon: Lexicon): RegExp {
  let found = metricCells.get(lexicon);
  if (!found) metricCells.set(lexicon, (found = new RegExp(`^(?:${lexicon.metrics.phrases.map(([phrase]) => phrase).join('|')})$`, 'iu')));
  return found;
}

/** A read text built from pieces of the article, each remembering where it came from. */
class ReadText {
  text = '';
  private readonly pieces: Array<{ at: number; source: number }> = [];
  add(text: string, source: number): this {
    this.pieces.push({ at: this.text.length, source });
    this.text += text;
    return this;
  }
  /** Words of the reader's own (a separator) map to the start of the piece after them. */
  glue(text: string): this {
    this.text += text;
    return this;
  }
  toArticle(offset: number): number {
    let piece = this.pieces[0]!;
    for (const p of this.pieces) if (p.at <= offset) piece = p;
    return piece.source + Math.max(0, offset - piece.at);
  }
}

interface Cell {
  text: string;
  start: number;
}

/** The cells of a table line ("| a | b |") with their article offsets. */
function tableCells(sentence: RawSentence): Cell[] | null {
  if (!/^\|.*\|$/.test(sentence.text)) return null;
  const cells: Cell[] = [];
  let at = 1;
  for (const raw of sentence.text.slice(1, -1).split('|')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: sentence.start + at + lead });
    at += raw.length + 1;
  }
  return cells;
}

/** Reads the article's sentences one after another, keeping the lead-in of a list and the heads of a table. */
export class LineReader {
  /** The line a list hangs from; one with figures of its own ("destroyed 1,080 soldiers, and the following equipment:") is not read again with each item. */
  private leadIn: { text: string; start: number; figures: boolean } | null = null;
  private columns: Cell[] | null = null;
  private readonly metricCell: RegExp;

  constructor(private readonly lexicon: Lexicon) {
    this.metricCell = metricCellOf(lexicon);
  }

  read(raw: RawSentence): Sentence {
    const quote = { start: raw.start, end: raw.end };
    const cells = raw.wholeLine ? tableCells(raw) : null;
    let body = new ReadText().add(raw.text, raw.start);
    if (!cells) {
      this.columns = null;
    } else if (cells.some((cell) => this.metricCell.test(cell.text)) && findNumbers(raw.text, this.lexicon.numbers).length === 0) {
      this.columns = cells;
    } else if (this.columns?.length === cells.length) {
      body = this.withHeads(cells, this.columns);
    }
    const listItem = this.leadIn !== null && raw.wholeLine && (cells !== null || body.text.length <= LIST_ITEM_LENGTH);
    let read = body;
    let leadInEnd: number | undefined;
    if (listItem && !this.leadIn!.figures) {
      read = new ReadText().add(this.leadIn!.text, this.leadIn!.start).glue(' ');
      leadInEnd = this.leadIn!.text.length;
      this.append(read, body, raw);
    } else if (!listItem) {
      this.leadIn = raw.endsLine && raw.text.endsWith(':') ? { text: raw.text, start: raw.start, figures: findNumbers(raw.text, this.lexicon.numbers).length > 0 } : null;
    }
    const heading = !raw.headline && raw.wholeLine && HEADING.test(raw.text) && raw.text.split(/\s+/).length <= HEADING_WORDS && !ENDS_MID_PHRASE.test(raw.text);
    return { text: read.text, quote, toArticle: (offset) => read.toArticle(offset), headline: raw.headline, heading, line: raw.line, listItem, leadInEnd, caption: raw.caption === true };
  }

  /** "| Nov 22 | 1,430 | 12 |" under "| Date | Personnel | Tanks |" reads "Nov 22 | Personnel – 1,430 | Tanks – 12". */
  private withHeads(cells: Cell[], columns: Cell[]): ReadText {
    const text = new ReadText();
    cells.forEach((cell, i) => {
      if (i > 0) text.glue(' | ');
      const head = columns[i]!;
      if (this.metricCell.test(head.text)) text.add(head.text, head.start).glue(' – ');
      text.add(cell.text, cell.start);
    });
    return text;
  }

  private append(to: ReadText, body: ReadText, raw: RawSentence) {
    // The body's pieces keep their own sources: re-add them piece by piece through the mapping.
    let from = 0;
    for (let offset = 1; offset <= body.text.length; offset++) {
      if (offset === body.text.length || body.toArticle(offset) !== body.toArticle(offset - 1) + 1) {
        to.add(body.text.slice(from, offset), body.toArticle(from));
        from = offset;
      }
    }
    if (body.text.length === 0) to.add('', raw.start);
  }
}

// How a line is read in the light of the lines before it: a list item with the line that leads
// into it, a table row with its column heads.
import { findMentions } from './mentions.js';
import type { Sentence } from './sentences.js';
import { METRIC_PHRASES } from './vocabulary/metrics.js';

/** Lines longer than this after a lead-in are prose again, not list items. */
const LIST_ITEM_LENGTH = 100;
/** A table cell that only names a metric: a column head. */
const METRIC_CELL = new RegExp(`^(?:${METRIC_PHRASES.map(([phrase]) => phrase).join('|')})$`, 'i');

/** What the lines before say about the next: the line leading into a list, a table's column heads. */
export interface LineContext {
  leadIn: string | null;
  columns: string[] | null;
}

export const newLineContext = (): LineContext => ({ leadIn: null, columns: null });

const tableCells = (line: string): string[] | null => (/^\|.*\|$/.test(line) ? line.slice(1, -1).split('|').map((cell) => cell.trim()) : null);

/**
 * The text a sentence is read as: a list item with the line that leads into it ("Russia lost in the
 * past day:" then "1,520 soldiers"), a table row with its column heads ("| Nov 22 | 1,430 | 12 |"
 * under "| Date | Personnel | Tanks |"), anything else as it stands. Updates `lines` for the next.
 */
export function textToRead(sentence: Sentence, lines: LineContext): string {
  const cells = sentence.wholeLine ? tableCells(sentence.text) : null;
  let text = sentence.text;
  if (!cells) {
    lines.columns = null;
  } else if (cells.some((cell) => METRIC_CELL.test(cell)) && findMentions(text).length === 0) {
    lines.columns = cells;
  } else if (lines.columns?.length === cells.length) {
    const columns = lines.columns;
    text = cells.map((cell, i) => (METRIC_CELL.test(columns[i]!) ? `${columns[i]} – ${cell}` : cell)).join(' | ');
  }
  const listItem = lines.leadIn !== null && sentence.wholeLine && (cells !== null || text.length <= LIST_ITEM_LENGTH);
  if (listItem) return `${lines.leadIn} ${text}`;
  lines.leadIn = sentence.wholeLine && text.endsWith(':') && findMentions(text).length === 0 ? text : null;
  return text;
}

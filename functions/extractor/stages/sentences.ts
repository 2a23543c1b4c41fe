// Stage: the article's sentences and lines, with where each stands in the text.

/** A sentence of the article, with where it stands in the text. */
export interface RawSentence {
  text: string;
  start: number;
  end: number;
  /** A line without a full stop at the top of the article: a headline, read in title case. */
  headline: boolean;
  /** The sentence is its line, whole: a list item may be one. */
  wholeLine: boolean;
  /** Nothing follows it on its line: "… equipment. The numbers include:" leads in a list. */
  endsLine: boolean;
  /** The logical line it stands on, counted from 0. */
  line: number;
  /** Its line is a photo's caption (it carries a credit): set only when so. */
  caption?: true;
}

/** A caption with its credit is a short line: a paragraph that merely mentions a photo agency is no caption. */
const CAPTION_LENGTH = 400;

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'e.g', 'i.e', 'inc',
  'ltd', 'co', 'jr', 'sr', 'approx', 'est', 'dept', 'fig', 'mt',
]);

/**
 * A full stop, then a capital or a digit in any script ("… осіб. Крім того, …"), past closing and opening quotes;
 * or a full stop a page lost its space after, between a word and a capitalised one ("… in a statement.The Ukrainian …").
 */
const BOUNDARY = /[.!?]+["”’»)\]]*\s+(?=["“‘«(\[]?[\p{Lu}\d])|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu;

/**
 * A physical line at least this long that stops mid-sentence — before a lower-case word, or on a
 * word no sentence ends with ("said on" / "Friday.") — was wrapped by hand.
 */
const WRAP_WIDTH = 50;
const HEADLINE_ENDS_WITH_SPEAKER = /,\s*[\p{L}'’ -]{2,40}\s(?:says|said)$/u;
const ENDS_MID_PHRASE = /\b(?:on|in|of|the|a|an|and|or|to|for|by|at|with|from|that|said|says|as)$/i;

/**
 * The text's lines, each as `reading` reads it (of the same length), with lines wrapped by hand
 * joined again ("… and 30 artillery\nsystems in the past day"): each keeps its newlines, so it is
 * still the text at its offsets. One at a time, so a long article is never held read whole.
 */
function* logicalLines(text: string, reading: (line: string) => string): Generator<{ line: string; start: number }> {
  let last: { line: string; start: number } | null = null;
  let count = 0;
  let start = 0;
  let previous = '';
  for (const raw of text.split('\n')) {
    const physical = reading(raw);
    // "…, Ukraine says" atop the article is a headline whose attribution ends it, not a line wrapped before its lead.
    const headlineTail = count === 1 && HEADLINE_ENDS_WITH_SPEAKER.test(previous) && /^\p{Lu}/u.test(physical);
    const goesOn = previous.length >= WRAP_WIDTH && physical.length > 0 && !headlineTail && ((/[\w,]$/.test(previous) && /^[a-z]/.test(physical)) || ENDS_MID_PHRASE.test(previous));
    if (last && goesOn) last.line += `\n${physical}`;
    else {
      if (last) yield last;
      last = { line: physical, start };
      count++;
    }
    start += physical.length + 1;
    previous = physical;
  }
  if (last) yield last;
}

/**
 * Splits text into sentences, one at a time: every line on its own, then at full stops that are
 * not abbreviations. `reading` gives a line as it is read, of the same length.
 */
export function* splitSentences(text: string, photoCredit?: RegExp, reading: (line: string) => string = (line) => line): Generator<RawSentence> {
  let seenBody = false;
  let lineIndex = 0;
  for (const { line, start: lineStart } of logicalLines(text, reading)) {
    const sentences: RawSentence[] = [];
    const isHeadline = !seenBody && line.trim().length > 0 && !/[.!?]["”’)]?\s*$/.test(line.trim());
    if (line.trim().length > 0 && !isHeadline) seenBody = true;
    let pieceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(line); match; match = BOUNDARY.exec(line)) {
      const before = /([\w.]+)[.!?]*["”’»)\]]*\s*$/.exec(line.slice(Math.max(0, match.index - 12), match.index + 1));
      const word = (before?.[1] ?? '').replace(/\.$/, '').toLowerCase();
      if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
      push(sentences, line, lineStart, lineIndex, pieceStart, match.index + match[0].trimEnd().length, isHeadline);
      pieceStart = match.index + match[0].length;
    }
    push(sentences, line, lineStart, lineIndex, pieceStart, line.length, isHeadline);
    if (photoCredit && line.length <= CAPTION_LENGTH && photoCredit.test(line)) for (const sentence of sentences) sentence.caption = true;
    yield* sentences;
    lineIndex++;
  }
}

/**
 * Real sentences are far shorter; a longer run (a table flattened to one line, garbage) is cut
 * at white space so the work per sentence, some of it quadratic in its length, stays bounded.
 */
export const MAX_SENTENCE_LENGTH = 1000;

function push(out: RawSentence[], line: string, lineStart: number, lineIndex: number, from: number, to: number, headline: boolean) {
  while (to - from > MAX_SENTENCE_LENGTH) {
    const space = line.lastIndexOf(' ', from + MAX_SENTENCE_LENGTH);
    const cut = space > from ? space : from + MAX_SENTENCE_LENGTH;
    pushPiece(out, line, lineStart, lineIndex, from, cut, headline);
    from = cut;
  }
  pushPiece(out, line, lineStart, lineIndex, from, to, headline);
}

function pushPiece(out: RawSentence[], line: string, lineStart: number, lineIndex: number, from: number, to: number, headline: boolean) {
  const raw = line.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const endsLine = line.slice(to).trim() === '';
  const wholeLine = endsLine && line.slice(0, from).trim() === '';
  out.push({ text, start: lineStart + from + leading, end: lineStart + from + leading + text.length, headline, wholeLine, endsLine, line: lineIndex });
}

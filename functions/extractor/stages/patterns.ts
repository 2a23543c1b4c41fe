// Helpers for reading a vocabulary list in one pass over a text.
import type { Script } from '../lang/lexicon.js';
/**
 * One regular expression for a whole vocabulary list: a single pass over the text finds every
 * entry, and the capture group that matched tells which entry it was. Entries must use only
 * non-capturing groups. Where two entries match at one position, the earlier entry wins.
 */
export interface Alternation<T> {
  regex: RegExp;
  /** The entry a match of `regex` (or of a larger pattern embedding it at `offset`) stands for. */
  valueOf(match: RegExpExecArray, offset?: number): T;
  /** The bare alternation, to embed in a larger pattern. */
  source: string;
}

export function alternation<T>(entries: ReadonlyArray<readonly [string, T]>, script: Script, boundaries = true): Alternation<T> {
  const source = entries.map(([pattern]) => `(${pattern})`).join('|');
  // Word boundaries in the language's script: a word character or a hyphen may not touch the match.
  const regex = new RegExp(boundaries ? `(?<![${script.word}-])(?:${source})(?![${script.word}-])` : source, `gi${script.flags}`);
  return {
    regex,
    source,
    valueOf(match, offset = 1) {
      for (let i = 0; i < entries.length; i++) if (match[i + offset] !== undefined) return entries[i]![1];
      throw new Error('no alternative matched');
    },
  };
}

/** Every match of a global regular expression, from the start of the text (an array: cheaper than a generator on this hot path). */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    matches.push(m);
  }
  return matches;
}

// Rules: how exact a figure is, from the words right before it.
import type { Qualifier } from '../../core/claim.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Figure } from '../model.js';
import { alternation, type Alternation } from '../stages/patterns.js';
import { rule, type Rule } from './registry.js';

export interface QualifierContext {
  text: string;
  lexicon: Lexicon;
  figure: Figure;
}

interface Compiled {
  words: Alternation<Qualifier>;
  before: RegExp;
}
const compiledOf = new WeakMap<Lexicon, Compiled>();
function compiled(lexicon: Lexicon): Compiled {
  let found = compiledOf.get(lexicon);
  if (!found) {
    // The longest phrase first, so "more than" wins over "than".
    const { word, flags } = lexicon.script;
    const words = alternation([...lexicon.qualifiers].sort((a, b) => b[0].length - a[0].length), lexicon.script, false);
    found = { words, before: new RegExp(`(?<![${word}])(?:${words.source})\\s+(?:\\$\\s?|US\\$\\s?)?$`, `i${flags}`) };
    compiledOf.set(lexicon, found);
  }
  return found;
}

/** How far before a figure its qualifier may start. */
const REACH = 24;

/** The qualifying phrase that ends right at `end` ("more than " before a figure), if any. */
function phraseEndingAt(c: QualifierContext, end: number) {
  const from = Math.max(0, end - REACH);
  const { words, before } = compiled(c.lexicon);
  const match = before.exec(c.text.slice(from, end));
  return match ? { value: words.valueOf(match), span: { start: from + match.index, end } } : null;
}

export const QUALIFIER_RULES: ReadonlyArray<Rule<QualifierContext, Qualifier>> = [
  rule('qualifier.raisedTo', '"brought the total up to 627,790": the level a total was raised to is as stated', (c) => {
    const from = Math.max(0, c.figure.mention.start - 120);
    const match = c.lexicon.raisedTo.exec(c.text.slice(from, c.figure.mention.start));
    return match ? { value: 'exact', span: { start: from + match.index, end: c.figure.mention.start } } : null;
  }),
  rule('qualifier.phraseBefore', '"more than", "nearly", "about", "up to" right before the figure', (c) => phraseEndingAt(c, c.figure.mention.start)),
  rule('qualifier.convertedAmount', '"more than €1.3 billion ($1.4 billion)": a converted amount is qualified as the amount it converts', (c) => {
    const from = Math.max(0, c.figure.mention.start - 40);
    const converted = c.lexicon.numbers.convertedFrom.exec(c.text.slice(from, c.figure.mention.start));
    return converted ? phraseEndingAt(c, from + converted.index) : null;
  }),
  rule('qualifier.exact', 'no qualifying words: the figure as stated', (c) => ({ value: 'exact', span: { start: c.figure.mention.start, end: c.figure.mention.end } })),
];

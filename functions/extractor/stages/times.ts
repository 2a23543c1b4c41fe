// Stage: the time expressions of a sentence, each read at once into what it means (a TimeValue)
// by the pattern that matched it; nothing downstream reads their words again.
import type { Lexicon, TimePattern } from '../lang/lexicon.js';
import type { TimeExpression } from '../model.js';
import { gated, gatedMatches, type Gated } from './patterns.js';

interface CompiledTimes {
  /** All patterns in one alternation, each in a group of its own (named groups stripped). */
  any: Gated;
  /** Each pattern on its own, sticky, to read its named groups where it matched (its lookbehind sees the sentence). */
  own: RegExp[];
  patterns: readonly TimePattern[];
}

const compiled = new WeakMap<Lexicon, CompiledTimes>();

function compile(lexicon: Lexicon): CompiledTimes {
  let found = compiled.get(lexicon);
  if (!found) {
    const patterns = lexicon.time.patterns;
    const unnamed = patterns.map((p) => p.pattern.replace(/\(\?<[a-zA-Z]\w*>/g, '(?:'));
    found = {
      any: gated(unnamed, `(?<![${lexicon.script.word}-])`, `(?![${lexicon.script.word}])`, `gi${lexicon.script.flags}`, lexicon.script),
      own: patterns.map((p) => new RegExp(`(?:${p.pattern})(?![${lexicon.script.word}])`, `iy${lexicon.script.flags}`)),
      patterns,
    };
    compiled.set(lexicon, found);
  }
  return found;
}

/** Every time expression in a sentence, left to right, with what it means. */
export function findTimes(sentence: string, lexicon: Lexicon): TimeExpression[] {
  const { any, own, patterns } = compile(lexicon);
  const expressions: TimeExpression[] = [];
  for (const m of gatedMatches(any, sentence)) {
    const index = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    if (index < 0) continue;
    const pattern = own[index]!;
    pattern.lastIndex = m.index;
    const groups = pattern.exec(sentence)?.groups ?? {};
    const value = patterns[index]!.value(groups);
    const { name, forward, weak } = patterns[index]!;
    if (value) expressions.push({ value, pattern: name, forward, weak, start: m.index, end: m.index + m[0].length });
  }
  return expressions;
}

// Stage: the time expressions of a sentence, each read at once into what it means (a TimeValue)
// by the pattern that matched it; nothing downstream reads their words again.
import type { Lexicon, TimePattern } from '../lang/lexicon.js';
import type { TimeExpression } from '../model.js';
import { gated, gatedMatches, type Gated } from './patterns.js';

interface CompiledTimes {
  /** All patterns in one alternation, each in a group of its own (named groups stripped). */
  any: Gated;
  /** Each pattern with named groups on its own, sticky, to read them where it matched (its lookbehind sees the sentence); null for one without. */
  own: Array<RegExp | null>;
  patterns: readonly TimePattern[];
}

const compiled = new WeakMap<Lexicon, CompiledTimes>();
const NAMED_GROUPS = /\(\?<[a-zA-Z]\w*>/g;
const NAMED_GROUP = /\(\?<[a-zA-Z]\w*>/;

function compile(lexicon: Lexicon): CompiledTimes {
  let found = compiled.get(lexicon);
  if (!found) {
    const patterns = lexicon.time.patterns;
    const unnamed = patterns.map((p) => p.pattern.replace(NAMED_GROUPS, '(?:'));
    found = {
      any: gated(unnamed, `(?<![${lexicon.script.word}-])`, `(?![${lexicon.script.word}])`, `gi${lexicon.script.flags}`, lexicon.script),
      own: patterns.map((p) => (NAMED_GROUP.test(p.pattern) ? new RegExp(`(?:${p.pattern})(?![${lexicon.script.word}])`, `iy${lexicon.script.flags}`) : null)),
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
    // A pattern without named groups has none to read: its value needs no second match.
    const pattern = own[index]!;
    let groups: Record<string, string | undefined> = {};
    if (pattern) {
      pattern.lastIndex = m.index;
      groups = pattern.exec(sentence)?.groups ?? {};
    }
    const value = patterns[index]!.value(groups);
    const { name, forward, weak } = patterns[index]!;
    if (value) expressions.push({ value, pattern: name, forward, weak, start: m.index, end: m.index + m[0].length });
  }
  return expressions;
}

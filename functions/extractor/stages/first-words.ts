// The words a regular expression's matches can open with, read from its source: a vocabulary
// scan then runs its pattern only where a sentence's word is one of them (see patterns.ts). The
// answer may hold words no match opens with, never miss one; where the source is beyond this
// reading (a class like `\w` or `\p{L}` in the first word, a back-reference, an unbounded
// repetition of word characters) it is null, and the pattern scans every position as before.

/** How a language's words are told: which characters make a word, and whether case is ignored. */
export interface WordRule {
  isWordChar(char: string): boolean;
  ignoreCase: boolean;
}

/** Sets larger than this are not worth a look-up table: the pattern scans everywhere instead. */
const LIMIT = 400;

/**
 * The prefixes read so far, as strings: the first word, then SEP once a non-word character has
 * ended it, then the second word. `open` ones may go on; `closed` ones are done ("w1 SEP w2", or
 * "w1 SEP *" where the match may end, or the reading give up, before a second word); `stems` are
 * first words a longer word may open with ("втрат[а-яіїєґʼ]*"), any second word after.
 */
interface Prefixes {
  open: Set<string>;
  closed: Set<string>;
  stems: Set<string>;
}

const SEP = '\u0001';
const ANY = '*';
const none = (): Set<string> => new Set();

class Unbounded extends Error {}

type Node =
  | { type: 'alt'; options: Node[][] }
  | { type: 'chars'; chars: string[] | null; other: boolean } // chars null: any word character may come
  | { type: 'empty' } // assertions, look-arounds: they consume nothing
  | { type: 'repeat'; node: Node; min: number; max: number };

/** Parses the subset of JavaScript's pattern syntax the lexicons use; anything else throws Unbounded. */
class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly rule: WordRule,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Unbounded();
    return node;
  }

  private alternation(): Node {
    const options: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return { type: 'alt', options };
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') nodes.push(this.quantified(this.atom()));
    return nodes;
  }

  private quantified(node: Node): Node {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return { type: 'repeat', node, min, max };
  }

  private atom(): Node {
    const c = this.source[this.at++]!;
    if (c === '(') {
      const rest = this.source.slice(this.at);
      let lookaround = false;
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
      else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.at, lookaround] = [this.at + 3, true];
      else if (rest.startsWith('?<')) this.at = this.source.indexOf('>', this.at) + 1;
      else if (rest.startsWith('?')) throw new Unbounded();
      const inner = this.alternation();
      if (this.source[this.at++] !== ')') throw new Unbounded();
      return lookaround ? { type: 'empty' } : inner;
    }
    if (c === '^' || c === '$') return { type: 'empty' };
    if (c === '.') return { type: 'chars', chars: null, other: true };
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false) as Node;
    return this.literal(c);
  }

  private literal(char: string): Node {
    return this.rule.isWordChar(char) ? { type: 'chars', chars: [char], other: false } : { type: 'chars', chars: [], other: true };
  }

  /** An escape outside or (`inClass`) inside a class: a node, or in a class the characters it stands for. */
  private escape(inClass: boolean): Node | { chars: string[] | null; other: boolean } {
    const c = this.source[this.at++]!;
    const set = (chars: string[] | null, other: boolean) => (inClass ? { chars, other } : ({ type: 'chars', chars, other } as Node));
    if (c === 'd') return set('0123456789'.split(''), false);
    if (c === 'D' || c === 'W' || c === 'S' || c === 'w') return set(null, true);
    if (c === 's') return set([], true);
    if (c === 'b' || c === 'B') {
      if (inClass) return set([], true); // [\b] is a backspace
      return { type: 'empty' };
    }
    if (c === 'p' || c === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return set(null, true);
    }
    if (/\d/.test(c) || c === 'k') throw new Unbounded(); // back-references
    if (c === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}/.exec(this.source.slice(this.at));
      if (!m) throw new Unbounded();
      this.at += m[0].length;
      const char = String.fromCodePoint(parseInt(m[1] ?? m[0], 16));
      return inClass ? this.charsOf(char) : this.literal(char);
    }
    if (c === 'x') {
      const char = String.fromCharCode(parseInt(this.source.slice(this.at, this.at + 2), 16));
      this.at += 2;
      return inClass ? this.charsOf(char) : this.literal(char);
    }
    if ('nrtfv0'.includes(c)) return set([], true);
    if (/[A-Za-z]/.test(c)) throw new Unbounded(); // \c and others the lexicons do not use
    return inClass ? this.charsOf(c) : this.literal(c);
  }

  private charsOf(char: string): { chars: string[]; other: boolean } {
    return this.rule.isWordChar(char) ? { chars: [char], other: false } : { chars: [], other: true };
  }

  private charClass(): Node {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let chars: string[] | null = [];
    let other = false;
    const add = (part: { chars: string[] | null; other: boolean }) => {
      other ||= part.other;
      chars = chars === null || part.chars === null ? null : [...chars, ...part.chars];
    };
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Unbounded();
      const low = this.classChar();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && low.single !== null) {
        this.at++;
        const high = this.classChar();
        if (high.single === null) throw new Unbounded();
        const [a, b] = [low.single.codePointAt(0)!, high.single.codePointAt(0)!];
        if (b - a > 400) {
          add({ chars: null, other: true });
          continue;
        }
        for (let code = a; code <= b; code++) add(this.charsOf(String.fromCodePoint(code)));
      } else add(low.part);
    }
    this.at++;
    // A negated class may match word characters this reading does not list.
    if (negated) return { type: 'chars', chars: null, other: true };
    return { type: 'chars', chars, other };
  }

  private classChar(): { single: string | null; part: { chars: string[] | null; other: boolean } } {
    if (this.source[this.at] === '\\') {
      this.at++;
      const next = this.source[this.at]!;
      if (next === 'u' || next === 'x' || !/[A-Za-z0-9]/.test(next)) {
        const start = this.at;
        const part = this.escape(true) as { chars: string[] | null; other: boolean };
        // The character itself, for a range.
        const text = this.source.slice(start, this.at);
        const single = next === 'u' || next === 'x' ? String.fromCodePoint(parseInt(text.replace(/^[ux]\{?|\}$/g, ''), 16)) : next;
        return { single, part };
      }
      return { single: null, part: this.escape(true) as { chars: string[] | null; other: boolean } };
    }
    const char = this.unicode ? String.fromCodePoint(this.source.codePointAt(this.at)!) : this.source[this.at]!;
    this.at += char.length;
    return { single: char, part: this.charsOf(char) };
  }
}

function fold(chars: string[], rule: WordRule): string[] {
  return rule.ignoreCase ? [...new Set(chars.map((c) => c.toLowerCase()))] : chars;
}

const sizeOf = (prefixes: Prefixes): number => prefixes.open.size + prefixes.closed.size + prefixes.stems.size;

/**
 * Past LIMIT, second words are let go (any word may follow) before the reading gives up: first
 * those of the first word that has the most ("in" before every year, a digit before every month),
 * until the first words alone are too many.
 */
function check(prefixes: Prefixes): Prefixes {
  if (sizeOf(prefixes) <= LIMIT) return prefixes;
  const byFirst = new Map<string, string[]>();
  for (const set of [prefixes.open, prefixes.closed]) {
    for (const prefix of set) {
      const sep = prefix.indexOf(SEP);
      if (sep < 0) continue;
      const first = prefix.slice(0, sep);
      const seconds = byFirst.get(first);
      if (seconds) seconds.push(prefix);
      else byFirst.set(first, [prefix]);
    }
  }
  for (const [first, seconds] of [...byFirst].sort((a, b) => b[1].length - a[1].length)) {
    if (sizeOf(prefixes) <= LIMIT) break;
    for (const prefix of seconds) prefixes.open.delete(prefix) || prefixes.closed.delete(prefix);
    prefixes.closed.add(first + SEP + ANY);
  }
  if (sizeOf(prefixes) > LIMIT) throw new Unbounded();
  return prefixes;
}

function merge(into: Prefixes, from: Prefixes, open = true): void {
  if (open) for (const s of from.open) into.open.add(s);
  for (const s of from.closed) into.closed.add(s);
  for (const s of from.stems) into.stems.add(s);
}

/** What is known of open prefixes a node is beyond reading: a first word still open is a stem; a second word, any word. */
function giveUp(open: Set<string>): Prefixes {
  const out: Prefixes = { open: none(), closed: none(), stems: none() };
  for (const prefix of open) {
    const sep = prefix.indexOf(SEP);
    if (sep < 0) out.stems.add(prefix);
    else out.closed.add(prefix.slice(0, sep) + SEP + ANY);
  }
  return out;
}

/** The prefixes after `node`, from the open ones before it: a superset of what it could match. */
function step(node: Node, open: Set<string>, rule: WordRule): Prefixes {
  if (open.size === 0) return { open, closed: none(), stems: none() };
  try {
    return stepExactly(node, open, rule);
  } catch (error) {
    if (!(error instanceof Unbounded)) throw error;
    return giveUp(open);
  }
}

function stepExactly(node: Node, open: Set<string>, rule: WordRule): Prefixes {
  switch (node.type) {
    case 'empty':
      return { open, closed: none(), stems: none() };
    case 'chars': {
      if (node.chars === null) throw new Unbounded();
      const chars = fold(node.chars, rule);
      const out: Prefixes = { open: none(), closed: none(), stems: none() };
      for (const prefix of open) {
        for (const c of chars) out.open.add(prefix + c);
        if (!node.other) continue;
        // A non-word character ends the first word, goes on between the words, or ends the second.
        const sep = prefix.indexOf(SEP);
        if (sep < 0) out.open.add(prefix + SEP);
        else if (sep === prefix.length - 1) out.open.add(prefix);
        else out.closed.add(prefix);
      }
      return check(out);
    }
    case 'alt': {
      const out: Prefixes = { open: none(), closed: none(), stems: none() };
      for (const option of node.options) merge(out, sequence(option, open, rule));
      return check(out);
    }
    case 'repeat': {
      const out: Prefixes = { open: none(), closed: none(), stems: none() };
      let current = open;
      for (let i = 0; i < node.min; i++) {
        const done = step(node.node, current, rule);
        merge(out, done, false);
        current = done.open;
      }
      if (node.max === Infinity) {
        // Word characters repeated: the word goes on as far as the text's does.
        const once = step(node.node, current, rule);
        if ([...once.open].some((s) => !current.has(s) && !s.endsWith(SEP)) || once.stems.size > 0) {
          merge(out, once, false);
          merge(out, giveUp(current));
          return check(out);
        }
      }
      for (const s of current) out.open.add(s);
      const limit = node.max === Infinity ? 64 : node.max - node.min;
      for (let i = 0; i < limit && current.size > 0; i++) {
        const done = step(node.node, current, rule);
        merge(out, done, false);
        const fresh = new Set([...done.open].filter((s) => !out.open.has(s)));
        for (const s of fresh) out.open.add(s);
        current = fresh;
        check(out);
      }
      if (current.size > 0 && node.max === Infinity) throw new Unbounded();
      return out;
    }
  }
}

function sequence(nodes: Node[], open: Set<string>, rule: WordRule): Prefixes {
  const out: Prefixes = { open: none(), closed: none(), stems: none() };
  let current = open;
  for (const node of nodes) {
    const done = step(node, current, rule);
    merge(out, done, false);
    current = done.open;
  }
  for (const s of current) out.open.add(s);
  return check(out);
}

/** The words a match may open with: its first word and the word after it (null: any word, or none). */
export interface FirstWords {
  pairs: Array<readonly [string, string | null]>;
  /** First words a longer word may open with, any word after. */
  stems: Set<string>;
}

/**
 * Every first word (lower-cased when case is ignored) a match of `source` can open with, and the
 * word after it, where a match must end where a word does; null when some match may open with
 * no word character (or match nothing), or the source is beyond this reading.
 */
export function firstWords(source: string, rule: WordRule, unicode: boolean): FirstWords | null {
  let node: Node;
  try {
    node = new Parser(source, rule, unicode).parse();
  } catch (error) {
    if (error instanceof Unbounded) return null;
    throw error;
  }
  const done = step(node, new Set(['']), rule);
  const pairs = new Map<string, readonly [string, string | null]>();
  // A match may end after its first word, or between the words: any word may come next.
  for (const prefix of [...done.open, ...done.closed]) {
    const sep = prefix.indexOf(SEP);
    const first = sep < 0 ? prefix : prefix.slice(0, sep);
    const second = sep < 0 || sep === prefix.length - 1 || prefix.slice(sep + 1) === ANY ? null : prefix.slice(sep + 1);
    pairs.set(`${first}${SEP}${second ?? ANY}`, [first, second]);
  }
  if ([...pairs.values()].some(([first]) => first === '') || done.stems.has('')) return null;
  return { pairs: [...pairs.values()], stems: done.stems };
}

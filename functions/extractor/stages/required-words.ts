// The words every match of a pattern must contain, read from the pattern's source: a vocabulary
// entry is tried on a sentence only when one of its words is there. Handles the subset of regular
// expression syntax the lexicons use; anything it does not understand requires nothing.

/** Literal runs shorter than this are too common to be worth checking. */
const MIN_WORD = 3;

interface Node {
  /** Words one of which every match contains; null when a match may contain none. */
  required: Set<string> | null;
  /** The literal letters the node matches when it is one fixed string of letters, for joining runs. */
  literal: string | null;
}

const NONE: Node = { required: null, literal: null };

/** Lower-case words of a pattern, one of which every match contains; null when none can be told. */
export function requiredWords(source: string): string[] | null {
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    return node.required ? [...node.required] : null;
  } catch {
    return null;
  }
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const required = new Set<string>();
    for (const branch of branches) {
      if (!branch.required) return NONE;
      for (const word of branch.required) required.add(word);
    }
    return { required, literal: null };
  }

  /** Atoms one after another: their letters join into words; the most selective word set wins. */
  private sequence(): Node {
    const parts: Node[] = [];
    let run = '';
    let best: Set<string> | null = null;
    const choose = (candidate: Set<string> | null) => {
      if (candidate && (!best || shortest(candidate) > shortest(best))) best = candidate;
    };
    const endRun = () => {
      if (run.length >= MIN_WORD) choose(new Set([run]));
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (min === 1 && max === 1 && atom.literal !== null) {
        run += atom.literal;
        if (atom.literal === '' ) endRun();
        continue;
      }
      endRun();
      if (min >= 1) choose(atom.required);
      parts.push(atom);
    }
    endRun();
    return { required: best, literal: null };
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape();
    this.at++;
    if (char === '.' || char === '^' || char === '$') return { required: null, literal: '' };
    return { required: null, literal: /\p{L}/u.test(char) ? char.toLowerCase() : '' };
  }

  private group(): Node {
    this.at++; // (
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<[A-Za-z]\w*>/.test(this.source.slice(this.at))) this.at = this.source.indexOf('>', this.at) + 1;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return lookaround ? { required: null, literal: '' } : { required: inner.required, literal: null };
  }

  /** A class of one letter in its two cases ("[Dd]") is that letter; any other class ends a word. */
  private charClass(): Node {
    const end = this.source.indexOf(']', this.at + 2);
    if (end < 0) throw new Error('unclosed class');
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    const letters = new Set(body.toLowerCase());
    return { required: null, literal: letters.size === 1 && /^\p{L}+$/u.test(body) ? [...letters][0]! : '' };
  }

  private escape(): Node {
    const next = this.source[this.at + 1]!;
    if (next === 'p' || next === 'P') {
      const close = this.source.indexOf('}', this.at);
      this.at = close + 1;
      return { required: null, literal: '' };
    }
    this.at += 2;
    // \. \' \- are literal punctuation (no letters); \b \s \d \w are classes or anchors.
    return { required: null, literal: '' };
  }

  private quantifier(): { min: number; max: number } {
    const char = this.source[this.at];
    let q = { min: 1, max: 1 };
    if (char === '?') q = { min: 0, max: 1 };
    else if (char === '*') q = { min: 0, max: Infinity };
    else if (char === '+') q = { min: 1, max: Infinity };
    else if (char === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return q;
      this.at += m[0].length;
      const min = Number(m[1]);
      if (this.source[this.at] === '?') this.at++;
      return { min, max: m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]) };
    } else return q;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return q;
  }
}

const shortest = (words: Set<string>): number => Math.min(...[...words].map((w) => w.length));

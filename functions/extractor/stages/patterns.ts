// Helpers for reading a vocabulary list in one pass over a text.
import type { Script } from '../lang/lexicon.js';
import { firstWords, type WordRule } from './first-words.js';
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
  /** Between word boundaries: the words its matches open with (see `gated`). */
  gate: Gated | null;
}

export function alternation<T>(entries: ReadonlyArray<readonly [string, T]>, script: Script, boundaries = true): Alternation<T> {
  const source = entries.map(([pattern]) => `(${pattern})`).join('|');
  // Word boundaries in the language's script: a word character or a hyphen may not touch the match.
  const gate = boundaries ? gated(entries.map(([pattern]) => pattern), `(?<![${script.word}-])`, `(?![${script.word}-])`, `gi${script.flags}`, script) : null;
  const regex = gate?.regex ?? new RegExp(source, `gi${script.flags}`);
  return {
    regex,
    source,
    gate,
    valueOf(match, offset = 1) {
      for (let i = 0; i < entries.length; i++) if (match[i + offset] !== undefined) return entries[i]![1];
      throw new Error('no alternative matched');
    },
  };
}

/** Every match of an alternation in a text, from its start. */
export const scan = <T>(words: Alternation<T>, text: string): RegExpExecArray[] => (words.gate ? gatedMatches(words.gate, text) : matchesOf(words.regex, text));

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

// Vocabulary scans by words. Irregexp tries every entry of an alternation at every word start,
// so a scan costs entries × words. `gated` reads, from each entry's source, the words its matches
// can open with (first-words.ts) and keeps them in a hash table; a sentence is cut into words once
// (their starts and hashes, shared by every vocabulary of its script), and each vocabulary runs a
// sticky pattern of only the entries a word may open, at only the words that may open one. The
// matches, their order and their groups are those of the whole alternation's global scan.

/** A language's words as the scans cut them, and the last text cut (every vocabulary scans the same sentence in turn). */
interface WordScript {
  rule: WordRule;
  unicode: boolean;
  /** By code unit: 0 not yet asked, 1 a word character, 2 not, 3 a word character whose case folds otherwise in a Unicode pattern than by toLowerCase (ſ, K, ᲀ …) or that is half of an astral one: a text holding one is scanned everywhere. */
  kind: Uint8Array;
  /** By code unit, the lower-case code unit (0: not yet asked). */
  lower: Uint16Array;
  /** The longest stem a vocabulary of the script looks up. */
  stemDepth: number;
  text: string | null;
  usable: boolean;
  count: number;
  starts: Int32Array;
  lengths: Int32Array;
  hashes: Int32Array;
  /** Per word, the hashes of its first 1 … stemDepth characters. */
  prefixes: Int32Array;
  /** The first words of each gated vocabulary of the script, by its bit. */
  vocabularies: string[][];
  /** Bits of the vocabularies every word is a candidate of (those with stems). */
  always: number;
  /** By word, the bits of the vocabularies a match of which it may open. */
  masks: WordTable<number>;
  /** The words of the text cut last that may open a match of some vocabulary, and of which ones. */
  candidates: Int32Array;
  candidateMasks: Int32Array;
  candidateCount: number;
}

const RISKY = /[\u017f\u0130\u0131\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u1c80-\u1c88\u1e9b\u1e9e\u1fbe\u2126\u212a\u212b\ud800-\udfff]/;

const scripts = new Map<string, WordScript>();
function wordScript(script: Script): WordScript {
  const key = `${script.word}/${script.flags}`;
  let found = scripts.get(key);
  if (!found) {
    const test = new RegExp(`^[${script.word}]$`, script.flags);
    found = {
      rule: { isWordChar: (c) => test.test(c), ignoreCase: true },
      unicode: script.flags === 'u',
      kind: new Uint8Array(65536),
      lower: new Uint16Array(65536),
      stemDepth: 0,
      text: null,
      usable: false,
      count: 0,
      starts: new Int32Array(64),
      lengths: new Int32Array(64),
      hashes: new Int32Array(64),
      prefixes: new Int32Array(0),
      vocabularies: [],
      always: 0,
      masks: { mask: 0, hashes: new Int32Array(1), slots: new Int32Array(1), values: [] },
      candidates: new Int32Array(64),
      candidateMasks: new Int32Array(64),
      candidateCount: 0,
    };
    scripts.set(key, found);
  }
  return found;
}

function kindOf(script: WordScript, code: number): number {
  let kind = script.kind[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    kind = !script.rule.isWordChar(char) && !(code >= 0xd800 && code <= 0xdfff) ? 2 : script.unicode && (RISKY.test(char) || lower.length !== 1) ? 3 : script.rule.isWordChar(char) ? 1 : 2;
    script.kind[code] = kind;
    script.lower[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return kind;
}

const FNV = 0x811c9dc5;
const mix = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 15)) & mask;

/** The hash of a word (already lower-cased) as the scans hash a text's. */
function hashOf(script: WordScript, word: string): number {
  let hash = FNV;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    kindOf(script, code);
    hash = mix(hash, script.lower[code]!);
  }
  return hash;
}

/** Cuts `text` into words, unless it was the text cut last; false when the text must be scanned everywhere. */
function cut(script: WordScript, text: string): boolean {
  if (script.text === text) return script.usable;
  script.text = text;
  script.usable = false;
  const depth = script.stemDepth;
  let count = 0;
  let start = -1;
  let hash = FNV;
  if (script.starts.length < text.length / 2 + 2) {
    const size = Math.ceil(text.length / 2) + 64;
    script.starts = new Int32Array(size);
    script.lengths = new Int32Array(size);
    script.hashes = new Int32Array(size);
    script.candidates = new Int32Array(size);
    script.candidateMasks = new Int32Array(size);
  }
  const masks = script.masks;
  const always = script.always;
  let candidates = 0;
  if (depth > 0 && script.prefixes.length < script.starts.length * depth) script.prefixes = new Int32Array(script.starts.length * depth);
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const kind = script.kind[code] || kindOf(script, code);
    if (kind === 3) return false;
    if (kind === 1) {
      if (start < 0) {
        start = i;
        hash = FNV;
      }
      hash = mix(hash, script.lower[code]!);
      const at = i - start;
      if (at < depth) script.prefixes[count * depth + at] = hash;
    } else if (start >= 0) {
      script.starts[count] = start;
      script.lengths[count] = i - start;
      script.hashes[count] = hash;
      const found = lookUp(masks, hash);
      const mask = (found === 0 ? 0 : masks.values[found - 1]!) | always;
      if (mask !== 0) {
        script.candidates[candidates] = count;
        script.candidateMasks[candidates++] = mask;
      }
      count++;
      start = -1;
    }
  }
  script.count = count;
  script.candidateCount = candidates;
  script.usable = true;
  return true;
}

/** The entries of an alternation a word (and the word after it) may open a match of, and their pattern, compiled when first needed. */
interface Bucket {
  entries: number[];
  sticky: RegExp | null;
}

/**
 * A hash table of words to what they open, by open addressing: each slot holds a word's whole hash
 * and 1 + the index of its value in `values` (0: empty), so a word of the text finds only its own
 * entries (a slot standing for every word that hashed to it made one word in four a candidate).
 */
interface WordTable<T> {
  mask: number;
  hashes: Int32Array;
  slots: Int32Array;
  values: T[];
}

function tableOf<T>(script: WordScript, words: Map<string, T>, join: (a: T, b: T) => T): WordTable<T> {
  let size = 64;
  while (size < words.size * 2) size *= 2;
  const table: WordTable<T> = { mask: size - 1, hashes: new Int32Array(size), slots: new Int32Array(size), values: [] };
  for (const [word, value] of words) {
    const hash = hashOf(script, word);
    let slot = slotOf(hash, table.mask);
    while (table.slots[slot] !== 0 && table.hashes[slot] !== hash) slot = (slot + 1) & table.mask;
    const at = table.slots[slot]!;
    // Two words of one hash: it stands for both (a word of either tries the entries of both).
    if (at === 0) {
      table.hashes[slot] = hash;
      table.slots[slot] = table.values.push(value);
    } else table.values[at - 1] = join(table.values[at - 1]!, value);
  }
  return table;
}

/** 1 + the index of the value of the word of `hash` in the table, 0 when it has none. */
function lookUp<T>(table: WordTable<T>, hash: number): number {
  for (let slot = slotOf(hash, table.mask); table.slots[slot] !== 0; slot = (slot + 1) & table.mask) if (table.hashes[slot] === hash) return table.slots[slot]!;
  return 0;
}

const union = (a: number[], b: number[]): number[] => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** What a first word opens: entries whatever word comes next, entries by the next word, and the buckets of the two together. */
interface Opener {
  any: number[];
  byNext: WordTable<number[]>;
  /** By the next word's place in `byNext` (0: no entry by the next word). */
  buckets: Map<number, Bucket | null>;
}

/**
 * A vocabulary's alternation between word boundaries (every match opens a word and ends one),
 * scanned only from the words its entries can open with, and there with only those entries.
 */
export interface Gated {
  regex: RegExp;
  script: WordScript;
  /** null: some entry may open otherwise than with a word, or is beyond firstWords' reading: the whole alternation scans every position. */
  openers: WordTable<Opener> | null;
  /** Stems of first words: their entries, whatever word comes next. */
  stems: WordTable<number[]> | null;
  stemLengths: number[];
  /** Buckets of a word and its stems together, by their slots. */
  unions: Map<string, Bucket | null>;
  make(entries: number[]): RegExp;
  groups: number;
  /** The vocabulary's bit among its script's. */
  bit: number;
  sources: readonly string[];
  /** Scans left before the words are read (see PLAIN_SCANS); -1 once they are. */
  plainScans: number;
}

/**
 * A vocabulary's first words are read after this many scans of the whole alternation, not when it
 * is built: the reading takes tens of milliseconds (the time expressions' most), which a cold
 * start's first article should not wait for, and pays only over many sentences.
 */
const PLAIN_SCANS = 400;

/**
 * `sources`: the entries, each one capture group's contents (no capture groups of their own);
 * `before` and `after` the boundaries around the alternation, which must keep a match from opening
 * after a word character and from ending before one.
 */
export function gated(sources: readonly string[], before: string, after: string, flags: string, script: Script): Gated {
  const words = wordScript(script);
  const regex = new RegExp(`${before}(?:${sources.map((s) => `(${s})`).join('|')})${after}`, flags);
  const gate: Gated = {
    regex,
    script: words,
    openers: null,
    stems: null,
    stemLengths: [],
    unions: new Map(),
    make: (entries) => new RegExp(`${before}(?:${entries.map((i) => `(${sources[i]})`).join('|')})${after}`, flags.replace('g', '') + 'y'),
    groups: sources.length,
    bit: 0,
    sources,
    plainScans: PLAIN_SCANS,
  };
  return gate;
}

/** Reads the first words of a gated vocabulary's entries now (the scans do after PLAIN_SCANS of their own). */
export function prepared(gate: Gated): Gated {
  if (gate.plainScans < 0) return gate;
  gate.plainScans = -1;
  const { sources, regex, script: words } = gate;
  if (!regex.ignoreCase || words.vocabularies.length >= 30) return gate;
  const byFirst = new Map<string, { any: Set<number>; next: Map<string, Set<number>> }>();
  const byStem = new Map<string, Set<number>>();
  for (const [entry, source] of sources.entries()) {
    const first = firstWords(source, words.rule, regex.unicode);
    if (!first) return gate;
    for (const [word, next] of first.pairs) {
      let opener = byFirst.get(word);
      if (!opener) byFirst.set(word, (opener = { any: new Set(), next: new Map() }));
      if (next === null) opener.any.add(entry);
      else {
        let list = opener.next.get(next);
        if (!list) opener.next.set(next, (list = new Set()));
        list.add(entry);
      }
    }
    for (const stem of first.stems) {
      let list = byStem.get(stem);
      if (!list) byStem.set(stem, (list = new Set()));
      list.add(entry);
    }
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const openers = new Map<string, Opener>();
  for (const [word, { any, next }] of byFirst) {
    const byNext = tableOf(words, new Map([...next].map(([w, set]) => [w, sorted(set)])), union);
    openers.set(word, { any: sorted(any), byNext, buckets: new Map() });
  }
  // Two first words of one hash: their entries together, by the next words of both.
  const joinOpeners = (a: Opener, b: Opener): Opener => {
    const next = new Map<string, number[]>();
    for (const o of [a, b]) for (const [w, set] of byFirst.entries()) if (openers.get(w) === o) for (const [n, s] of set.next) next.set(n, union(next.get(n) ?? [], sorted(s)));
    return { any: union(a.any, b.any), byNext: tableOf(words, next, union), buckets: new Map() };
  };
  gate.openers = tableOf(words, openers, joinOpeners);
  gate.bit = 1 << words.vocabularies.length;
  words.vocabularies.push([...byFirst.keys()]);
  if (byStem.size > 0) words.always |= gate.bit;
  masksOf(words);
  if (byStem.size > 0) {
    gate.stems = tableOf(words, new Map([...byStem].map(([w, set]) => [w, sorted(set)])), union);
    gate.stemLengths = [...new Set([...byStem.keys()].map((s) => s.length))].sort((a, b) => a - b);
    words.stemDepth = Math.max(words.stemDepth, gate.stemLengths[gate.stemLengths.length - 1]!);
    words.text = null;
  }
  return gate;
}

/** The table of which vocabularies a word may open a match of, built again as each vocabulary is gated. */
function masksOf(script: WordScript): void {
  const bits = new Map<string, number>();
  script.vocabularies.forEach((words, i) => {
    for (const word of words) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  script.masks = tableOf(script, bits, (a, b) => a | b);
  script.text = null;
}

const bucket = (entries: number[]): Bucket | null => (entries.length === 0 ? null : { entries, sticky: null });
const sticky = (gate: Gated, bucket: Bucket): RegExp => (bucket.sticky ??= gate.make(bucket.entries));

/** The bucket of the word `i` of the text cut last (and the word after it), or null when no entry may open there. */
function bucketAt(gate: Gated, script: WordScript, i: number): Bucket | null {
  const openers = gate.openers!;
  const at = lookUp(openers, script.hashes[i]!);
  let found: Bucket | null = null;
  let slot = 0;
  if (at !== 0) {
    const opener = openers.values[at - 1]!;
    if (i + 1 < script.count) slot = lookUp(opener.byNext, script.hashes[i + 1]!);
    const known = opener.buckets.get(slot);
    if (known !== undefined) found = known;
    else opener.buckets.set(slot, (found = bucket(slot === 0 ? opener.any : union(opener.any, opener.byNext.values[slot - 1]!))));
  }
  if (!gate.stems) return found;
  let key = found ? `${at}.${slot}` : '';
  let only = found;
  let parts = found ? 1 : 0;
  const length = script.lengths[i]!;
  const depth = script.stemDepth;
  for (const stemLength of gate.stemLengths) {
    if (stemLength > length) break;
    const hash = stemLength === length ? script.hashes[i]! : script.prefixes[i * depth + stemLength - 1]!;
    const stem = lookUp(gate.stems, hash);
    if (stem === 0) continue;
    key += `,${stem}`;
    parts++;
    only = null;
  }
  if (parts === 0) return null;
  if (parts === 1 && only) return only;
  let joined = gate.unions.get(key);
  if (joined === undefined) {
    let entries = found ? found.entries : [];
    for (const part of key.split(',').slice(1)) entries = union(entries, gate.stems.values[Number(part) - 1]!);
    gate.unions.set(key, (joined = bucket(entries)));
  }
  return joined;
}

/** Every match of a gated alternation, as `matchesOf(gate.regex, text)` finds them. */
export function gatedMatches(gate: Gated, text: string): RegExpExecArray[] {
  const script = gate.script;
  if (gate.plainScans >= 0 && --gate.plainScans <= 0) prepared(gate);
  if (!gate.openers || !cut(script, text)) return matchesOf(gate.regex, text);
  const matches: RegExpExecArray[] = [];
  let from = 0;
  const bit = gate.bit;
  for (let c = 0; c < script.candidateCount; c++) {
    if ((script.candidateMasks[c]! & bit) === 0) continue;
    const i = script.candidates[c]!;
    const start = script.starts[i]!;
    if (start < from) continue;
    const bucket = bucketAt(gate, script, i);
    if (!bucket) continue;
    const pattern = sticky(gate, bucket);
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    // The groups of the whole alternation: the entry that matched at its own place.
    const full = new Array<string | undefined>(gate.groups + 1).fill(undefined) as unknown as RegExpExecArray;
    full[0] = m[0];
    for (let g = 0; g < bucket.entries.length; g++) if (m[g + 1] !== undefined) full[bucket.entries[g]! + 1] = m[g + 1]!;
    full.index = m.index;
    full.input = text;
    matches.push(full);
    from = start + Math.max(1, m[0].length);
  }
  return matches;
}

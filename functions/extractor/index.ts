// The extractor: every figure in a war-news article, as claims with subject, metric, value,
// period, claimant, the sentence behind it and the evidence for each decision. Pure: no I/O,
// never throws, linear in the text. A pipeline of stages (docs/extractor.md):
//   segment → numbers → times → tags → figures (metric rules) → attributes (rule registries)
//   → discourse → calendar → merge.
import type { LocatedClaim } from '../core/claim.js';
import { isIsoDate } from '../core/calendar.js';
import { detectLanguage, lexiconFor } from './lang/index.js';
import { advance, applyPatches, mayBePatched, startDiscourse } from './stages/discourse.js';
import { LineReader } from './stages/lines.js';
import { Repeats } from './stages/merge.js';
import { joinModelNumbers } from './stages/numbers.js';
import { readSentence } from './stages/read.js';
import { splitSentences } from './stages/sentences.js';

export interface ExtractOptions {
  /** The article's publication date, `YYYY-MM-DD`; relative dates are resolved against it. */
  published?: string | null;
  /** ISO 639-1 code of the article's language; detected from the text when left out. */
  language?: string;
}

export interface ExtractResult {
  claims: LocatedClaim[];
  /** The language the text was read in (ISO 639-1), or the one detected when no lexicon reads it. */
  language: string;
  warnings: string[];
}

export { EXTRACTOR_VERSION } from './version.js';

const CURLY_APOSTROPHES = /[‘’]/g;
const DASHES = /[‒―−]/g;

/** Extracts the claims of one article's clean text. Never throws. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  let published = options.published ?? null;
  if (published && !isIsoDate(published)) {
    warnings.push(`ignored publication date "${published}": not a YYYY-MM-DD date`);
    published = null;
  }
  if (!published) warnings.push('no publication date: relative dates are left unresolved');
  const language = options.language ?? detectLanguage(text);
  const lexicon = lexiconFor(language);
  if (!lexicon) {
    if (language !== 'und') warnings.push(`no lexicon reads language "${language}" yet: no claims were read`);
    return { claims: [], language, warnings };
  }
  // Curly apostrophes read as straight ones, every dash as an en dash, and a model's number as
  // part of its name (all the same length, so offsets hold); quotes are cut from the text as given.
  const reading = (line: string) => joinModelNumbers(line.replace(CURLY_APOSTROPHES, "'").replace(DASHES, '–'), lexicon.numbers);
  const reader = new LineReader(lexicon);
  let state = startDiscourse(published);
  const repeats = new Repeats(published);
  for (const raw of splitSentences(text, lexicon.grammar.photoCredit, reading)) {
    try {
      const outcome = readSentence(reader.read(raw), state, lexicon, text);
      const next = advance(state, outcome, lexicon);
      applyPatches(next.patches, text);
      repeats.read(outcome.drafts);
      state = next.state;
      repeats.settle((draft) => mayBePatched(state, draft));
    } catch (error) {
      warnings.push(`skipped a sentence at ${raw.start}: ${(error as Error).message}`);
    }
  }
  return { claims: repeats.claims(), language: lexicon.language, warnings };
}

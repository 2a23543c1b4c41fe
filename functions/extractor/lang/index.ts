// The languages the extractor reads, by ISO 639-1 code.
import { englishLexicon } from './en/index.js';
import type { Lexicon } from './lexicon.js';
import { ukrainianLexicon } from './uk/index.js';

/**
 * Each language's lexicon is compiled the first time an article in it is read, so a cold start
 * compiles only the patterns of the language it meets (Ukrainian's Unicode-aware ones cost a few
 * milliseconds that an English article never needs).
 */
const BUILDERS: Readonly<Record<string, () => Lexicon>> = { en: englishLexicon, uk: ukrainianLexicon };
const built = new Map<string, Lexicon>();

/** The lexicon that reads a language, or undefined when none does yet. */
export function lexiconFor(language: string): Lexicon | undefined {
  let lexicon = built.get(language);
  if (!lexicon && Object.hasOwn(BUILDERS, language)) built.set(language, (lexicon = BUILDERS[language]!()));
  return lexicon;
}

export { detectLanguage } from './detect.js';

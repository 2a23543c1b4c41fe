// The languages the extractor reads, by ISO 639-1 code.
import { en } from './en/index.js';
import type { Lexicon } from './lexicon.js';
import { uk } from './uk/index.js';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, uk };

export { detectLanguage } from './detect.js';

// Which language an article is written in, from its letters: enough to pick a lexicon.

/** Letters only Ukrainian writes among the Cyrillic languages, and letters only Russian writes. */
const UKRAINIAN = /[іїєґІЇЄҐ]/g;
const RUSSIAN = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** How much of a long article is looked at: its language shows in the first few thousand letters. */
const SAMPLE = 20_000;

const count = (regex: RegExp, text: string) => text.match(regex)?.length ?? 0;

/** ISO 639-1 code: `en`, `uk`, `ru`; `und` when the text has no letters to tell by. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const cyrillic = count(CYRILLIC, sample);
  const latin = count(LATIN, sample);
  if (cyrillic === 0 && latin === 0) return 'und';
  if (latin >= cyrillic) return 'en';
  return count(UKRAINIAN, sample) >= count(RUSSIAN, sample) ? 'uk' : 'ru';
}

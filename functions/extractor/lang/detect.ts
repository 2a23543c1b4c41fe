// Which language an article is written in, from its letters: enough to pick a lexicon.

/** Letters only Ukrainian writes among the Cyrillic languages, and letters only Russian writes. */
const UKRAINIAN = new Set('іїєґІЇЄҐ');
const RUSSIAN = new Set('ыэъёЫЭЪЁ');

/** How much of an article is looked at: its language shows in the first few thousand characters. */
const SAMPLE = 4_000;

/** A link is Latin in any language ("https://t.me/…" under a Ukrainian post): its letters are not counted. */
const LINK = /https?:\/\/\S*|www\.\S*/y;

const isLatin = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** ISO 639-1 code: `en`, `uk`, `ru`; `und` when the text has no letters to tell by. */
export function detectLanguage(text: string): string {
  let latin = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let russian = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLatin(code)) {
      // Only at a word's start, and only "http" or "www." may open a link (the pattern is tried at few words).
      if ((code === 104 || code === 119) && (i === 0 || !isLatin(text.charCodeAt(i - 1))) && (text.startsWith('http', i) || text.startsWith('www.', i))) {
        LINK.lastIndex = i;
        if (LINK.test(text)) {
          i = LINK.lastIndex - 1;
          continue;
        }
      }
      latin++;
    } else if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      const char = text[i]!;
      if (UKRAINIAN.has(char)) ukrainian++;
      else if (RUSSIAN.has(char)) russian++;
    }
  }
  if (latin === 0 && cyrillic === 0) return 'und';
  if (latin >= cyrillic) return 'en';
  return ukrainian >= russian ? 'uk' : 'ru';
}

// Language detection (lang/detect.ts): which lexicon reads an article, from its letters.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/extractor/lang/index.js';

describe('language detection', () => {
  it.each([
    ['Генштаб: ворог втратив 1190 військових', 'uk'],
    ['Танків – 4', 'uk'],
    ['Втрати ворога на 08.08.2026 #Генштаб https://t.me/GeneralStaffZSU', 'uk'],
    ['Минобороны России: ВСУ потеряли 1200 военных', 'ru'],
    ['Russia lost 1,190 soldiers, Kyiv says', 'en'],
    ['Russia lost 1,190 soldiers (https://www.example.org/news/2026/08/08/losses)', 'en'],
    ['1 190 (+12)', 'und'],
  ])('detects "%s" as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

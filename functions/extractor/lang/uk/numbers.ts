// How Ukrainian writes numbers: digits with spaces between thousands ("1 456 610") or none, a
// decimal comma before a scale word ("29,2 тис."), numbers in words in their cases, and the words
// around a number that make it something other than a count of the war.
import type { NumberWords } from '../lexicon.js';
import { MONTH } from './calendar.js';
import { APOSTROPHE, END, START, TAIL } from './words.js';

/** Never matches: for readings Ukrainian has no words for. */
export const NEVER = /(?!)/gu;

/** Spelled-out numbers, read only when a counted noun follows ("чотири танки", "сім одиниць техніки"). */
const WORDS: Readonly<Record<string, number>> = {
  один: 1, одна: 1, одне: 1, одну: 1, одного: 1, одній: 1, одним: 1, одною: 1,
  два: 2, дві: 2, двох: 2, двом: 2, двома: 2, двоє: 2,
  три: 3, трьох: 3, трьом: 3, трьома: 3, троє: 3,
  чотири: 4, чотирьох: 4, чотирьом: 4, четверо: 4,
  "п'ять": 5, "п'яти": 5, "п'ятьох": 5, "п'ятеро": 5,
  шість: 6, шести: 6, шістьох: 6, шестеро: 6,
  сім: 7, семи: 7, сімох: 7,
  вісім: 8, восьми: 8, вісьмох: 8,
  "дев'ять": 9, "дев'яти": 9,
  десять: 10, десяти: 10, десятьох: 10,
  одинадцять: 11, дванадцять: 12, тринадцять: 13, чотирнадцять: 14, "п'ятнадцять": 15,
  двадцять: 20, двадцяти: 20, тридцять: 30, тридцяти: 30, сорок: 40, сорока: 40, "п'ятдесят": 50,
  сто: 100, сотню: 100, тисяча: 1000, тисячу: 1000, 'півтори тисячі': 1500, 'дві тисячі': 2000, 'три тисячі': 3000,
  мільйон: 1_000_000, 'півмільйона': 500_000,
};

/** Scale words after a figure: "29,2 тис.", "1,5 млн", "159 тисяч". */
const SCALE_WORDS = 'тисяч[аіу]?|тис|мільйон(?:а|ів|и)?|млн|мільярд(?:а|ів|и)?|млрд';
const scale = (word: string): number => {
  const lower = word.toLowerCase();
  return lower.startsWith('тис') ? 1e3 : lower.startsWith('мільйон') || lower === 'млн' ? 1e6 : lower.startsWith('мільярд') || lower === 'млрд' ? 1e9 : 1;
};

/** "1 456 610", "1,456,610" (in copy that follows English), "29,2" before a scale word, "1456610". */
const DIGITS = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+,\d{1,2}(?=[ \u00a0]?(?:${SCALE_WORDS}))|\d+`;

/** Money in other currencies than the US dollar: the claim format counts money in USD only. */
const OTHER_CURRENCIES = `євро|гривень|гривні|гривня|грн|рубл${TAIL}|фунт${TAIL}|єн|юан${TAIL}|франк${TAIL}|злот${TAIL}|крон${TAIL}|EUR|GBP|UAH|RUB`;

/** Words after a figure that make it something other than a count of the war (ages, sizes, times, shares, places). */
const NON_CLAIM_UNITS =
  `%|відсот${TAIL}|рок(?:и|ів|у|ам)|рік|р\\.|річн${TAIL}|градус${TAIL}|°|км|кілометр${TAIL}|метр(?:и|ів|а)?|миль|гектар${TAIL}|годин${TAIL}|хвилин${TAIL}|секунд${TAIL}|діб|доби|добу|дн(?:і|ів|я)|день|тиж(?:день|ні|нів|ня)|місяц${TAIL}|місяць|раз(?:и|ів)?|кг|кілограм${TAIL}|тонн${TAIL}|мм|міліметр${TAIL}|калібр${TAIL}|населен${TAIL} пункт${TAIL}|сіл|сел(?:а|о)|міст(?:а|о)?`;
/** "1627-й день", "24-го": an ordinal. */
const ORDINAL_ENDINGS = '-(?:й|го|ий|ій|ого|ої|ї|му|те|ма|ти)';

const WORD_LIST = Object.keys(WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, APOSTROPHE));

function valueOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/ʼ/g, "'").replace(/\s+/g, ' ');
  if (/^\d+$/.test(lower)) return Number(lower);
  return WORDS[lower];
}

export const NUMBERS: NumberWords = {
  // Groups: 1 increment "(+" or "+", 2 dollar sign, 3 digits, 4 scale word, 5 scale letter (none in Ukrainian).
  figure: new RegExp(String.raw`(?<![\p{L}\d_.,/:$€£+-])(\(\+\s?|\+)?(\$\s?|US\$\s?)?(${DIGITS})(?:[ \u00a0]?(${SCALE_WORDS})${END}\.?|((?!)))?`, 'giu'),
  spelled: new RegExp(`${START}(${WORD_LIST.join('|')})${END}`, 'giu'),
  valueOf,
  scale,
  listedOne: NEVER,
  // Only a dash makes a range: "до" before a figure is "up to" ("до 555 військових").
  rangeLink: new RegExp(String.raw`^(?:\s*[–—-]\s*)(\$\s?)?(\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d{1,2})?)(?:[ \u00a0]?(${SCALE_WORDS})${END}\.?)?`, 'iu'),
  spelledDollarsAfter: /(?!)/u,
  betweenBefore: new RegExp(`${START}(?:між|від)\\s+(?:\\$\\s?)?$`, 'iu'),
  nonClaimAfter: new RegExp(`^(?:${ORDINAL_ENDINGS}|[\\s-]?(?:${NON_CLAIM_UNITS}))${END}`, 'iu'),
  otherCurrencyAfter: new RegExp(`^\\s?(?:${OTHER_CURRENCIES})${END}`, 'iu'),
  dollarsAfter: new RegExp(`^\\s(?:доларів|долари|долар)(?:\\s+США)?${END}`, 'iu'),
  otherCurrencyBefore: /(?:\b(?:EUR|GBP|UAH|RUB)\s?|[€£¥₴₽]\s?)$/u,
  convertedFrom: /(?:[€£₴₽]\s?[\d.,]+(?:\s*(?:млрд|млн)\p{L}*)?)\s*\(\s*$/u,
  monthBefore: new RegExp(`${START}${MONTH}\\s*$`, 'iu'),
  monthAfter: new RegExp(`^(?:-?(?:го|е))?\\s*${MONTH}${END}`, 'iu'),
  yearBefore: new RegExp(`${START}(?:у|в|з|із|від|до|по|за|протягом|упродовж|впродовж|наприкінці|на початку|з початку|від початку|у середині|станом на|після|перед|до кінця)\\s+$`, 'iu'),
  ordinalBefore: new RegExp(`(?:#|№)\\s*$|${START}(?:віком|у віці|віку)\\s+(?:від\\s+)?(?:\\d{1,3}\\s*(?:до|-|–)\\s*)?$`, 'iu'),
  // A Latin model name before its number ("Leopard 2 та"): joined, so the number is no figure.
  modelNumber: /(?<![\p{L}])([A-Z][a-z]+) (?=\d{1,4} \p{Ll})/gu,
  notModelNames: /^(?!)/u,
};

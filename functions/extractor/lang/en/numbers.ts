// How English writes numbers: digits with separators, scale words, numbers in words, and the
// words around a number that make it something other than a count of the war.
import type { NumberWords } from '../lexicon.js';
import { MONTH } from './calendar.js';

/** Spelled-out numbers, read only when a counted noun follows ("seven tanks", "a dozen drones"). */
const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, 'a dozen': 12, dozen: 12, 'a hundred': 100, 'one hundred': 100,
  'a thousand': 1000, 'one thousand': 1000, 'half a million': 500_000, 'a quarter of a million': 250_000, 'quarter of a million': 250_000, 'a million': 1_000_000, 'one million': 1_000_000,
};

/** Scale words after a figure: "1.2 million", "$8 billion", "$60-billion", "50K", "159 thousand". */
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const SCALE_WORDS = 'million|billion|trillion|thousands?|hundred|bn|mln|mn|tn';

/** Money in other currencies than the US dollar: the claim format counts money in USD only. */
const OTHER_CURRENCIES =
  'euros?|EUR\\b|pounds?|GBP|sterling|hryvnias?|UAH|rubles?|roubles?|RUB\\b|yen|yuan|(?:Swiss )?francs?|(?:Canadian|Australian|Hong Kong|New Zealand) dollars?|kroner|kronor|krona|zlotys?|z\u0142oty';
/** Currency codes and signs that stand before a figure: "NOK 1.1 billion", "€1.3 billion", "£500 million". */
const OTHER_CURRENCY_CODES = '(?:\\b(?:EUR|GBP|NOK|SEK|DKK|CHF|CAD|AUD|NZD|JPY|PLN|CZK|UAH|RUB)\\s?|[€£¥₴₽]\\s?)';

/**
 * Words after a figure, or joined to it by a hyphen ("2,000-pound"), that make it something other
 * than a count of the war (ages, sizes, weights, times, shares).
 */
const NON_CLAIM_UNITS =
  '%|percent|per ?cent|-year-old|-year|years?(?: old)?|year-olds?|degrees?|°|km|kilometers?|kilometres?|miles?|meters?|metres?|square|sq|hectares?|hours?|-hour|days?|weeks?|months?|minutes?|seconds?|times|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|th\\b|st\\b|nd\\b|rd\\b|mm\\b|millimet(?:er|re)s?|calibre|caliber|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|settlements|villages|towns' +
  // A milestone a tally nears or passes: "the 250,000 troop-loss mark".
  '|(?:[\\w-]+\\s+)?(?:mark|milestone|threshold)\\b' +
  // A rate per ground gained: "99 soldiers for every square kilometre", "68 casualties per square kilometer", "≈70 per sq. km".
  '|(?:[\\w-]+\\s+){0,2}?(?:per|for (?:each|every))\\s+(?:square|sq\\b|km\\b|kilomet(?:er|re)s?\\b|miles?\\b)';

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.]|\s?(?:${SCALE_WORDS}))|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?`;
const SEVERAL_WORDS = Object.keys(WORDS).filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length);
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** Spelled scales, as wire copy and translations write them: "three-thousand", "five hundred", "four-thousand-100", "two thousand five hundred". */
const SCALED = `(?:${TENS}|${UNITS})[\\s-](?:hundred|thousand|million|billion)(?:[\\s-](?:and[\\s-])?(?:(?:${TENS}|${UNITS})(?:[\\s-]hundred)?|\\d{1,3})(?![\\w,.]))?`;
const SCALED_PARTS = /^(.+?)[\s-](hundred|thousand|million|billion)(?:[\s-](?:and[\s-])?(.+?))?$/i;
const SCALE_OF: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

function valueOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (WORDS[lower] !== undefined) return WORDS[lower];
  const scaled = SCALED_PARTS.exec(lower);
  if (scaled) {
    const head = valueOf(scaled[1]!);
    const rest = scaled[3] ? valueOf(scaled[3]) : 0;
    return head !== undefined && rest !== undefined ? head * SCALE_OF[scaled[2]!.toLowerCase()]! + rest : undefined;
  }
  const hundreds = /^(.+?)[\s-]hundred$/.exec(lower);
  if (hundreds) {
    const head = valueOf(hundreds[1]!);
    return head !== undefined ? head * 100 : undefined;
  }
  const [tens, units] = lower.split('-');
  const t = WORDS[tens!];
  const u = units ? WORDS[units] : 0;
  return t !== undefined && u !== undefined ? t + u : undefined;
}

export const NUMBERS: NumberWords = {
  // Groups: 1 increment "(+" or "+", 2 dollar sign, 3 digits, 4 scale word, 5 scale letter.
  // A number glued to a letter of any script is a model's ("M113", and "М113" with a Cyrillic М in copy from Russian sources).
  figure: new RegExp(String.raw`(?<![\w\u0400-\u04ff.,/:$€£+-])(\(\+\s?|\+)?(\$\s?|US\$\s?|USD\s?)?(${DIGITS})(?:[\s-]?(${SCALE_WORDS})\b|(k|m|b)\b(?!['’]))?`, 'gi'),
  // … but not a vague count: "several dozen armored vehicles".
  spelled: new RegExp(String.raw`(?<!\b(?:several|few|many)\s)\b(${SCALED}|${SEVERAL_WORDS.join('|')}|${TENS}|${Object.keys(WORDS).filter((w) => !w.includes(' ')).join('|')})\b`, 'gi'),
  valueOf,
  scale: (word) => SCALES[word.toLowerCase()] ?? 1,
  // "…, a tank" lists one; "…, a total of 651 aircraft" counts nothing by its article.
  listedOne: /(?:\band|[,:])\s+(an?)(?=\s)(?!\s+(?:total|number|series|result|statement|report|record|lot|few|couple|further|new|recent|separate|similar)\b)/gi,
  // "no less than 7,000 and up to 15,000": "and up to" links a range too.
  rangeLink: new RegExp(String.raw`^(?:\s*(?:to|and(?:\s+up\s+to)?|or|-|–|—)\s*|[-–—])(\$\s?)?(\d[\d,. ]*\d|\d)(?:[\s-]?(${SCALE_WORDS})\b)?`, 'i'),
  spelledDollarsAfter: /^\s+(million|billion|trillion)\s+(?:(?:US|U\.S\.|American)\s+)?dollars\b/i,
  betweenBefore: /\bbetween\s+(?:\$\s?)?$/i,
  // … and a model's variant glued to its number: "Leopard 1A5" counts nothing.
  nonClaimAfter: new RegExp(`^[\\s-]?(?:${NON_CLAIM_UNITS})|^[A-Z]\\d`, 'i'),
  otherCurrencyAfter: new RegExp(`^\\s?(?:${OTHER_CURRENCIES})\\b`, 'i'),
  dollarsAfter: /^\s(?:(?:US|U\.S\.|American) )?dollars\b|^\sUSD\b/i,
  otherCurrencyBefore: new RegExp(`${OTHER_CURRENCY_CODES}$`),
  convertedFrom: new RegExp(`(?:${OTHER_CURRENCY_CODES}[\\d.,]+(?:\\s*(?:billion|million|bn|mn|m)\\b)?|[\\d.,]+(?:\\s*(?:billion|million))?\\s*(?:${OTHER_CURRENCIES}))\\s*\\(\\s*$`, 'i'),
  monthBefore: new RegExp(`${MONTH}\\s*$`, 'i'),
  monthAfter: new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`, 'i'),
  // … and after a possessive: "Russia's 2025 casualty rate".
  yearBefore: /\b(?:in|since|of|by|from|during|until|through|before|after|early|late|mid-?)\s+$|\w['’]s\s+$/i,
  // "#3", "No. 5", and ages: "men aged 18 to 25".
  ordinalBefore: /#\s*$|\bNo\.\s*$|\baged?\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$|\bage of\s+$|\d\s+shy of\s+(?:the\s+)?$/i,
  // "Leopard 1 tanks", and with a variant after it: "Leopard 1 A5 tanks".
  modelNumber: /\b([A-Z][a-z]+) (?=\d{1,4}(?: [A-Z]\d{1,2})? [a-z])/g,
  notModelNames: new RegExp(`^(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Russia|Ukraine|Kyiv|Kiev|Moscow)$`),
};

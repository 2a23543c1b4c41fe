/** Spelled-out numbers, read only when a counted noun follows ("seven tanks", "a dozen drones"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, 'a dozen': 12, dozen: 12, 'a hundred': 100, 'one hundred': 100,
  'a thousand': 1000, 'one thousand': 1000, 'half a million': 500_000, 'a million': 1_000_000, 'one million': 1_000_000,
};

/** Scale words after a figure: "1.2 million", "$8 billion", "$60-billion", "50K". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Money in other currencies than the US dollar: the claim format counts money in USD only. */
export const OTHER_CURRENCIES =
  'euros?|EUR\\b|pounds?|GBP|sterling|hryvnias?|UAH|rubles?|roubles?|RUB\\b|yen|yuan|(?:Swiss )?francs?|(?:Canadian|Australian|Hong Kong|New Zealand) dollars?|kroner|kronor|krona|zlotys?|z\u0142oty';

/** Currency codes that stand before a figure: "NOK 1.1 billion", "EUR 500 million". */
export const OTHER_CURRENCY_CODES = 'EUR|GBP|NOK|SEK|DKK|CHF|CAD|AUD|NZD|JPY|PLN|CZK|UAH|RUB';

/**
 * Words after a figure, or joined to it by a hyphen ("2,000-pound"), that make it something other
 * than a count of the war (ages, sizes, weights, times).
 */
export const NON_CLAIM_UNITS =
  '%|percent|per ?cent|-year-old|-year|years?(?: old)?|year-olds?|degrees?|°|km|kilometers?|kilometres?|miles?|meters?|metres?|square|sq|hectares?|hours?|days?|weeks?|months?|minutes?|seconds?|times|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|th\\b|st\\b|nd\\b|rd\\b|mm\\b|millimet(?:er|re)s?|calibre|caliber|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|people per';

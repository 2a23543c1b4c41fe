// Ukrainian names of months and weekdays in the cases news use them, written once: the time
// patterns and the number reader use them.
import { APOSTROPHE, END } from './words.js';

/** Genitive ("24 лютого"), locative ("у серпні"), nominative/accusative ("за серпень"), instrumental ("серпнем"). */
const MONTH_FORMS = [
  'січ(?:ень|ня|ні|нем)',
  'лют(?:ий|ого|ому|им)',
  'берез(?:ень|ня|ні|нем)',
  'квіт(?:ень|ня|ні|нем)',
  'трав(?:ень|ня|ні|нем)',
  'черв(?:ень|ня|ні|нем)',
  'лип(?:ень|ня|ні|нем)',
  'серп(?:ень|ня|ні|нем)',
  'верес(?:ень|ня|ні|нем)',
  'жовт(?:ень|ня|ні|нем)',
  'листопад(?:а|і|ом)?',
  'груд(?:ень|ня|ні|нем)',
];
/** A month in any case. */
export const MONTH = `(?:${MONTH_FORMS.join('|')})`;
/** A month in the genitive, as a date writes it: "8 серпня". */
export const MONTH_OF_DATE = '(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)';

/** Sunday first. Accusative ("у понеділок", "в середу"), genitive ("з понеділка", "до середи") and nominative. */
const WEEKDAY_FORMS = [
  'неділ(?:я|ю|і)',
  'понеділ(?:ок|ка)',
  'вівтор(?:ок|ка)',
  'серед(?:а|у|и)',
  'четвер(?:га)?',
  `п${APOSTROPHE}ятниц(?:я|ю|і)`,
  'субот(?:а|у|и)',
];
export const WEEKDAY = `(?:${WEEKDAY_FORMS.join('|')})`;

/** A year of this century or the last, with "року", "році", "рік" or "р." after it if written. */
export const YEAR = '(?:19|20)\\d{2}';
export const YEAR_WORD = `(?:\\s+(?:року|році|рік|р\\.)${END})?`;

/** The first three letters name the month: січ, лют, бер … гру. */
const MONTH_STEMS = ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру'];
/** "п" after "пон": п'ятниця. */
const WEEKDAY_STEMS = ['нед', 'пон', 'вів', 'сер', 'чет', 'п', 'суб'];

/** 0-based month of a name in any case, or -1. */
export const monthIndex = (name: string): number => MONTH_STEMS.indexOf(name.slice(0, 3).toLowerCase());
/** 0 (Sunday) … 6 (Saturday), or -1. */
export const weekdayIndex = (name: string): number => {
  const lower = name.toLowerCase();
  return WEEKDAY_STEMS.findIndex((stem) => lower.startsWith(stem));
};
export const yearOf = (text: string | undefined): number | null => (text ? Number(text) : null);

// English names of months and weekdays, written once: the time patterns and the number reader use them.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A month name or its abbreviation ("Sept.", "Feb"). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A year of this century or the last. */
export const YEAR = '(?:19|20)\\d{2}';

/** 0-based month of a name or abbreviation, or -1. */
export const monthIndex = (name: string): number => MONTH_NAMES.findIndex((m) => m.startsWith(name.replace(/\.$/, '').slice(0, 3).toLowerCase()));
/** 0 (Sunday) … 6 (Saturday), or -1. */
export const weekdayIndex = (name: string): number => WEEKDAY_NAMES.indexOf(name.toLowerCase());
export const yearOf = (text: string | undefined): number | null => (text ? Number(text) : null);

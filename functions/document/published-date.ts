// The one place that decides an article's publication date; the ingest and the CLI both ask it.
// Pure: the caller passes what it knows (the date a user gave, the page's metadata, the text, the upload time).
import type { PublishedFrom } from '../core/article.js';
import { isIsoDate, parseDateText } from '../core/calendar.js';
import type { IsoDate } from '../core/claim.js';

export interface DateEvidence {
  /** A date the user gave (the object's `published` metadata, the CLI's --published): YYYY-MM-DD. */
  given?: string | null;
  /** The date the page's own metadata states (HTML meta tags, JSON-LD). */
  html?: string | null;
  /** The article's clean text. */
  text: string;
  /** When the object was uploaded: the last resort, recorded as a guess. */
  uploaded?: Date | null;
}

export interface PublicationDate {
  published: IsoDate | null;
  from: PublishedFrom | null;
  /** True when nothing stated the date and the upload day stands in for it. */
  guessed: boolean;
  warnings: string[];
}

/**
 * In this order: the date given, the page's metadata, the text (a labelled date, a date line, a
 * dateline, the day a running total is given "to"), and only then the upload day, as a guess.
 */
export function decidePublishedDate(evidence: DateEvidence): PublicationDate {
  const warnings: string[] = [];
  if (evidence.given) {
    if (isIsoDate(evidence.given)) return { published: evidence.given, from: 'metadata', guessed: false, warnings };
    warnings.push(`ignored the publication date "${evidence.given}": not a YYYY-MM-DD date`);
  }
  if (evidence.html) return { published: evidence.html, from: 'html', guessed: false, warnings };
  const stated = dateInText(evidence.text);
  if (stated) return { ...stated, guessed: false, warnings };
  if (!evidence.uploaded) {
    warnings.push('no publication date in the metadata or the text: relative dates are left unresolved');
    return { published: null, from: null, guessed: false, warnings };
  }
  const uploaded = evidence.uploaded.toISOString().slice(0, 10);
  warnings.push(
    `no publication date in the metadata or the text: the upload day ${uploaded} stands in for it, so relative dates may be off ` +
      'and its claims stay out of series, latestTotals and disagreements unless a query sets includeUndated',
  );
  return { published: uploaded, from: 'uploadTime', guessed: true, warnings };
}

/** How far into the text a date line or dateline is looked for. */
const HEAD = 2000;
/** Month names in either case, so the patterns that need capitals elsewhere can still read "Nov." and "nov.". */
const MONTH = `(?:${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})[a-z]*\\.?`;
const YEAR = '(?:19|20)\\d{2}';
/** A full date, year included: "October 25, 2024", "Aug. 28, 2023", "Jan 23/2024", "3 Jan, 2023", "19.12.2023", "2024-10-25". */
const FULL_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+|\\s*/\\s*)${YEAR}|\\d{1,2}\\s+${MONTH},?\\s+${YEAR}|\\d{1,2}\\.\\d{1,2}\\.${YEAR}|${YEAR}-\\d{2}-\\d{2})`;
const TIME = '(?:[,\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';

/** A label starting a line, or after a byline's bar: "Post At: Jan 23/2024", "| Published October 25, 2024", "date 2024-07-24". */
const LABELLED = new RegExp(`(?:^|\\|)[ \\t]*(?:post(?:ed)?|published|updated|date)(?:\\s+(?:at|on))?\\s*:?\\s*(${FULL_DATE})`, 'im');
/** A line that is nothing but a date, perhaps with its weekday and time: "Aug. 28, 2023, 7:34 a.m.". */
const DATE_LINE = new RegExp(`^\\s*(?:[A-Z][a-z]+day,?\\s+)?(${FULL_DATE})${TIME}\\s*$`, 'im');
/** A date and the outlet that credits it, ending a line: "… 19.12.2023, Sputnik International". */
const CREDIT_LINE = new RegExp(`(?:^|[.!?]\\s+)(${FULL_DATE})${TIME},\\s+(?:[A-Z][\\w'-]*\\s?){1,4}$`, 'm');
/** "KYIV, Ukraine (AP) — Oct. 25, 2024", "LONDON, 25 October 2024 -": a dateline with a year. */
const DATELINE = new RegExp(`^[A-Z][A-Z .'-]{2,30}(?:,\\s*[A-Za-z .]{2,20})?\\s*[,(–—-]\\s*(${FULL_DATE})`, 'm');
/**
 * "losses from February 24, 2022 to October 17, 2024", the General Staff's "з 24.02.22 по 17.10.24":
 * the day of the report a running total is quoted from. The text cannot be older than its newest.
 */
const REPORT_DAY = new RegExp(
  `(?<!\\p{L})(?:from|з)\\s+(?:24\\s+February|February\\s+24|24\\.02\\.(?:20)?22)(?:,?\\s+2022)?,?\\s+(?:to|until|through|till|по)\\s+(${FULL_DATE}|\\d{1,2}\\.\\d{1,2}\\.\\d{2})(?![\\d.]*\\d)`,
  'giu',
);

/** A publication date the text states, and how it was found; null when it states none. */
export function dateInText(text: string): { published: IsoDate; from: PublishedFrom } | null {
  const head = text.slice(0, HEAD);
  for (const pattern of [LABELLED, DATE_LINE, CREDIT_LINE, DATELINE]) {
    const found = pattern.exec(head);
    const date = found ? parseDateText(found[1]!, null) : null;
    if (date) return { published: date, from: 'dateline' };
  }
  let newest: IsoDate | null = null;
  for (const match of text.matchAll(REPORT_DAY)) {
    const date = parseDateText(match[1]!, null);
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest ? { published: newest, from: 'report' } : null;
}

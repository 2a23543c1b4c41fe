// Key layout of the single table (docs/data-model.md explains each access pattern).
import type { StoredClaim } from '../core/article.js';

export const articleKey = (articleId: string) => ({ pk: `ARTICLE#${articleId}`, sk: 'ARTICLE' });
export const ARTICLE_CLAIM_PREFIX = 'CLAIM#';
export const claimKey = (claimId: string) => {
  const hash = claimId.lastIndexOf('#');
  return { pk: `ARTICLE#${claimId.slice(0, hash)}`, sk: `${ARTICLE_CLAIM_PREFIX}${claimId.slice(hash + 1)}` };
};
/** An article's clean text, in parts, per object version (its S3 sequencer): `TEXT#<sequencer>#<part>`. */
export const ARTICLE_TEXT_PREFIX = 'TEXT#';
export const articleTextPrefix = (sequencer: string) => `${ARTICLE_TEXT_PREFIX}${sequencer}#`;
export const articleTextKey = (articleId: string, sequencer: string, part: number) => ({
  pk: articleKey(articleId).pk,
  sk: `${articleTextPrefix(sequencer)}${String(part).padStart(4, '0')}`,
});
export const claimIdOfKey = (pk: string, sk: string) => `${pk.slice('ARTICLE#'.length)}#${sk.slice(ARTICLE_CLAIM_PREFIX.length)}`;

/**
 * An article's writes: the newest sequencer ever begun (what decides staleness), listed on gsi2
 * (`gsi2pk=WRITES`) from its beginning until its commit, while its claims may be half replaced,
 * so reconciling finds what a crash left.
 */
export const articleWriteKey = (articleId: string) => ({ pk: articleKey(articleId).pk, sk: 'WRITE' });
export const WRITES_PARTITION = 'WRITES';

/** gsi1: every article by publication date. */
export const ARTICLES_PARTITION = 'ARTICLES';
export const articleListSortKey = (published: string | null, articleId: string) => `${published ?? '0000-00-00'}#${articleId}`;

/** gsi1: claims of one subject and metric by the date they are for; gsi2: every claim by that date. */
export const claimsBySubjectMetric = (subject: string | null, metric: string) => `CLAIMS#${subject ?? '-'}#${metric}`;
export const ALL_CLAIMS_PARTITION = 'CLAIMS';
export const claimDate = (claim: Pick<StoredClaim, 'period' | 'article'>): string =>
  claim.period?.end ?? claim.period?.start ?? claim.article.published ?? '0000-00-00';
export const claimListSortKey = (claim: StoredClaim) => `${claimDate(claim)}#${claim.id}`;

/**
 * Day figures and running totals are filed by month: one item per (subject, metric, month) holds
 * every share of that month's days, `c:<DD>#<claimId>`, so a year is 13 items, not 366.
 */
export const MONTH_ITEM_PREFIX = 'MONTH#';
const monthOf = (date: string) => `${MONTH_ITEM_PREFIX}${date.slice(0, 7)}`;
export const monthShareName = (date: string, claimId: string) => `${CONTRIBUTION_PREFIX}${date.slice(8, 10)}#${claimId}`;
/** The day figures of a subject and metric, one item per month: the series rollup. */
export const seriesKey = (subject: string, metric: string, date: string) => ({ pk: `SERIES#${subject}#${metric}`, sk: monthOf(date) });
/** The running totals of a subject and metric, one item per month. */
export const totalsKey = (subject: string, metric: string, date: string) => ({ pk: `TOTAL#${subject}#${metric}`, sk: monthOf(date) });
/** gsi2: every running-totals month item of a subject, by month then metric (for totals as of a past date). */
export const totalsBySubject = (subject: string) => `TOTALMONTHS#${subject}`;
export const totalsBySubjectSortKey = (date: string, metric: string) => `${date.slice(0, 7)}#${metric}`;
/**
 * One item per (subject, metric) and week or month end: the claims for exactly that week or month
 * (`r:` shares) and the running totals of that last day (`t:` shares).
 */
export const periodKey = (subject: string, metric: string, granularity: 'WEEK' | 'MONTH', end: string) => ({ pk: `PERIOD#${subject}#${metric}`, sk: `${granularity}#${end}` });
/** The latest running total per metric and source, kept current at write time. */
export const latestTotalsKey = (subject: string) => ({ pk: `LATEST#${subject}`, sk: 'LATEST' });

/** One item per claimant, summing its month items; gsi1 lists them by name. */
export const sourceKey = (name: string) => ({ pk: `SOURCE#${name}`, sk: 'SOURCE' });
/** A claimant's share of each article published in one month (`YYYY-MM`, or `undated`). */
export const sourceMonthKey = (name: string, published: string | null) => ({
  pk: `SOURCE#${name}`,
  sk: `MONTH#${published ? published.slice(0, 7) : 'undated'}`,
});
export const SOURCES_PARTITION = 'SOURCES';

/** The official series: one item per metric and year of report dates (`dynamo/reference-items.ts`). */
export const referenceYearKey = (metric: string, year: string) => ({ pk: `REFERENCE#${metric}`, sk: `YEAR#${year}` });
export const referenceFileKey = (key: string) => ({ pk: `REFERENCEFILE#${key}`, sk: 'FILE' });

export const DEAD_LETTER_PARTITION = 'DEADLETTER';

/** Per-claim (or per-article) contributions to a rollup are top-level attributes with this prefix. */
export const CONTRIBUTION_PREFIX = 'c:';
/** In a period item: claims for exactly the period, and running totals of its last day. */
export const REPORTED_PREFIX = 'r:';
export const END_TOTAL_PREFIX = 't:';
/**
 * In the latest-totals item, per metric: a counter each refresh bumps first (`v:`), and the counter
 * value the entries (`c:`) were computed under (`w:`), so of concurrent refreshes the last to read writes last.
 */
export const LATEST_VERSION_PREFIX = 'v:';
export const LATEST_WRITTEN_PREFIX = 'w:';

/**
 * Per subject and month, each metric's latest total per source within that month (`c:<metric>`),
 * so totals as of a past date read the months before it in one Query.
 */
export const totalsSummaryKey = (subject: string, date: string) => ({ pk: `TOTALSUMMARY#${subject}`, sk: date.slice(0, 7) });
/** The counter a month item bumps at each change of its shares, so the newest summary of it wins. */
export const MONTH_VERSION_ATTRIBUTE = 'version';

// How domain records are laid out as items, and read back (docs/data-model.md, "Item shapes").
import type { Article, StoredClaim } from '../../core/article.js';
import { ALL_CLAIMS_PARTITION, CONTRIBUTION_PREFIX, MONTH_ITEM_PREFIX, claimKey, claimListSortKey, claimsBySubjectMetric } from '../keys.js';
import { figureOf, type DatedFigures, type Figure } from '../../aggregates/figure.js';
import type { LatestTotal } from '../../aggregates/running-totals.js';
import type { SourceRecord } from '../read-port.js';
import type { Item } from './table-client.js';

export const CLAIM_ATTRIBUTE = 'claim';

/** Claim attributes a query can filter on beyond its key, stored as top-level attributes of the claim item. */
export const CLAIM_FILTERS = ['kind', 'unit', 'periodKind', 'source', 'sourceGroup'] as const;

/**
 * A claim item holds the claim as one JSON string, with copies of what queries filter on as
 * top-level attributes. One attribute value instead of twenty makes a page of claims cheaper to
 * read and unmarshal (in DynamoDB Local, several times faster). Fields a claim gains later
 * pass through the JSON unchanged.
 */
export function claimItem(claim: StoredClaim): Item {
  return {
    ...claimKey(claim.id),
    kind: claim.kind,
    unit: claim.unit,
    periodKind: claim.period?.kind,
    source: claim.source,
    sourceGroup: claim.sourceGroup,
    [CLAIM_ATTRIBUTE]: JSON.stringify(claim),
    gsi1pk: claimsBySubjectMetric(claim.subject, claim.metric),
    gsi1sk: claimListSortKey(claim),
    gsi2pk: ALL_CLAIMS_PARTITION,
    gsi2sk: claimListSortKey(claim),
  };
}

export const toClaim = (item: Item): StoredClaim => JSON.parse(item[CLAIM_ATTRIBUTE]);

const STORAGE_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'sequencerKey']);
export const toArticle = (item: Item): Article => Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_ATTRIBUTES.has(k))) as Article;

/** What a delete leaves when it finds no article: a tombstone still needs the record's shape. */
export function emptyArticle(id: string): Article {
  return {
    id,
    bucket: '',
    key: id,
    status: 'DELETED',
    error: null,
    warnings: [],
    title: null,
    outlet: null,
    published: null,
    publishedFrom: null,
    format: null,
    size: 0,
    etag: null,
    sequencer: '0',
    claimCount: 0,
    ingestedAt: '',
  };
}

/** The attributes whose names start with a prefix (rollup shares, month sums): [the rest of the name, value]. */
export const prefixed = (item: Item, prefix: string): Array<[string, any]> =>
  Object.entries(item)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name.slice(prefix.length), value]);

/**
 * A claim's share of a rollup item is its figure as one JSON array string, not a map: one
 * attribute value to read instead of seven.
 */
export const encodeFigure = (claim: StoredClaim): string => {
  const f = figureOf(claim);
  return JSON.stringify([f.value, f.articleId, f.source, f.sourceGroup, f.qualifier, f.valueMax, f.undated ? 1 : 0]);
};

/**
 * The figures of a rollup item whose attribute names start with `prefix`, named by claim id.
 * Shares written before qualifiers were kept hold only the first four fields: they read as exact.
 */
export function figuresIn(item: Item, prefix = CONTRIBUTION_PREFIX): Figure[] {
  return prefixed(item, prefix).map(([claimId, encoded]) => {
    const [value, articleId, source, sourceGroup, qualifier = 'exact', valueMax = null, undated] = JSON.parse(encoded);
    return { claimId, articleId, source, sourceGroup, value, valueMax, qualifier, undated: undated === 1 };
  });
}

/**
 * A share in a month item (day figures, running totals) is shorter still: its article is the
 * claim id's, and an exact, dated figure without a range end leaves the last three fields out.
 */
const MONTH_SHARE_DEFAULTS: unknown[] = [undefined, undefined, undefined, 'exact', null, 0];
export const encodeMonthShare = (claim: StoredClaim): string => {
  const f = figureOf(claim);
  const share: unknown[] = [f.value, f.source, f.sourceGroup, f.qualifier, f.valueMax, f.undated ? 1 : 0];
  while (share.length > 3 && share.at(-1) === MONTH_SHARE_DEFAULTS[share.length - 1]) share.pop();
  return JSON.stringify(share);
};

const articleOfClaim = (claimId: string) => claimId.slice(0, claimId.lastIndexOf('#'));

/**
 * A month item's shares as figures per date, oldest first (`c:<DD>#<claimId>`, in the month of its
 * `MONTH#<YYYY-MM>` sort key). A year's series reads some 1,500 shares: they are parsed as one JSON text.
 */
export function monthFigures(item: Item): DatedFigures[] {
  const month = (item.sk as string).slice(MONTH_ITEM_PREFIX.length);
  const names: string[] = [];
  const encoded: string[] = [];
  for (const name in item) {
    if (!name.startsWith(CONTRIBUTION_PREFIX)) continue;
    names.push(name);
    encoded.push(item[name]);
  }
  const shares: unknown[][] = JSON.parse(`[${encoded.join(',')}]`);
  const byDay: Figure[][] = [];
  names.forEach((name, i) => {
    const claimId = name.slice(CONTRIBUTION_PREFIX.length + 3);
    const [value, source, sourceGroup, qualifier = 'exact', valueMax = null, undated = 0] = shares[i] as [number, string | null, string | null, Figure['qualifier']?, (number | null)?, number?];
    const day = Number(name.slice(CONTRIBUTION_PREFIX.length, CONTRIBUTION_PREFIX.length + 2));
    (byDay[day] ??= []).push({ claimId, articleId: articleOfClaim(claimId), source, sourceGroup, value, valueMax, qualifier, undated: undated === 1 });
  });
  const days: DatedFigures[] = [];
  byDay.forEach((figures, day) => figures && days.push({ date: `${month}-${String(day).padStart(2, '0')}`, figures }));
  return days;
}

/** One metric's latest totals in the latest-totals item: of dated articles only, and with undated ones, as one JSON string. */
export interface LatestEntries {
  dated: LatestTotal[];
  all: LatestTotal[];
}
/** Entries written before they were one JSON string (a list of maps) are not read: the next refresh rewrites them. */
export const decodeLatest = (encoded: unknown): LatestEntries | null => (typeof encoded === 'string' ? JSON.parse(encoded) : null);

/** An article's share of a source's month: its claim count and first and last dates, as a JSON array. */
export type SourceShare = [claims: number, first: string | null, last: string | null];

/** Claims and articles counted, with the first and last dates they cover: an article's share, a month, a source. */
export interface Tally {
  claims: number;
  articles: number;
  first: string | null;
  last: string | null;
}

/** A source month's sums, kept on the source item under `m:<month key>`. */
export type SourceMonth = Tally & { version: number };
export const SOURCE_MONTH_PREFIX = 'm:';

export const earliest = (dates: Array<string | null>): string | null => dates.reduce<string | null>((min, d) => (d && (!min || d < min) ? d : min), null);
export const latest = (dates: Array<string | null>): string | null => dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);

export const sumOf = (tallies: Tally[]): Tally => ({
  claims: tallies.reduce((sum, t) => sum + t.claims, 0),
  articles: tallies.reduce((sum, t) => sum + t.articles, 0),
  first: earliest(tallies.map((t) => t.first)),
  last: latest(tallies.map((t) => t.last)),
});

export function toSource(item: Item): SourceRecord {
  const total = sumOf(prefixed(item, SOURCE_MONTH_PREFIX).map(([, sums]) => sums as SourceMonth));
  return {
    name: item.name,
    group: item.group ?? null,
    claimCount: total.claims,
    articleCount: total.articles,
    firstDate: total.first,
    lastDate: total.last,
  };
}

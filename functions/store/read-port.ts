// The read port: what the API needs of the store. Every read is a Get, BatchGet or Query.
import type { Article, StoredClaim } from '../core/article.js';
import type { PeriodGranularity } from '../aggregates/buckets.js';
import type { DatedFigures } from '../aggregates/figure.js';
import type { LatestTotal } from '../aggregates/running-totals.js';
import type { PeriodEnd } from '../aggregates/series.js';
import type { DeadLetter } from './write-port.js';

/** Running totals of one metric on one date, as the subject-wide listing gives them. */
export interface MetricTotals extends DatedFigures {
  metric: string;
}

export interface SourceRecord {
  name: string;
  group: string | null;
  claimCount: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Page<T> {
  items: T[];
  /** Opaque, one per item: pass one back to continue after that item. */
  cursors: string[];
  /** Where the next page starts, or null at the end of the data. */
  cursor: string | null;
}

export interface ClaimQuery {
  subject?: string | null;
  metric?: string | null;
  from?: string | null;
  to?: string | null;
  articleId?: string | null;
  kind?: string | null;
  unit?: string | null;
  periodKind?: string | null;
  source?: string | null;
  sourceGroup?: string | null;
}

export interface ArticleQuery {
  publishedFrom?: string | null;
  publishedTo?: string | null;
  status?: string | null;
  outlet?: string | null;
}

/** Thrown for a cursor this store did not give out. */
export class InvalidCursorError extends Error {
  constructor() {
    super('the cursor is not one this API gave out');
  }
}

export interface LedgerReader {
  batchGetArticles(ids: readonly string[]): Promise<Array<Article | null>>;
  batchGetClaims(ids: readonly string[]): Promise<Array<StoredClaim | null>>;
  /** Official totals by `${metric}#${date}`. */
  batchGetReference(keys: ReadonlyArray<{ metric: string; date: string }>): Promise<Map<string, number>>;
  /** The official running totals of one metric over dates, oldest first. */
  referenceBetween(metric: string, from: string, to: string): Promise<Array<{ date: string; total: number }>>;
  /** The clean text of one version of an article (the one its item names), or null. */
  loadText(articleId: string, sequencer: string): Promise<string | null>;
  listArticles(query: ArticleQuery, limit: number, cursor?: string | null): Promise<Page<Article>>;
  articleClaims(articleId: string): Promise<StoredClaim[]>;
  /** Claims by the date they are for, newest first. */
  queryClaims(query: ClaimQuery, limit: number, cursor?: string | null): Promise<Page<StoredClaim>>;
  /** The day figures of a subject and metric, from..to inclusive. */
  seriesDays(subject: string, metric: string, from: string, to: string): Promise<DatedFigures[]>;
  /** What is filed at the ends of weeks or months from..to inclusive: claims for exactly those periods, running totals of their last days. */
  periodEnds(subject: string, metric: string, granularity: PeriodGranularity, from: string, to: string): Promise<PeriodEnd[]>;
  /** The running totals of a subject and metric, from..to inclusive. */
  totalsBetween(subject: string, metric: string, from: string, to: string): Promise<DatedFigures[]>;
  /** Each metric's latest running total per source, kept current at write time. */
  latestTotals(subject: string, includeUndated: boolean): Promise<LatestTotal[]>;
  /** The running totals of a subject, every metric, in the month of a date up to that date: each metric's newest first. */
  totalsInMonthOf(subject: string, asOf: string): Promise<MetricTotals[]>;
  /**
   * Each metric's latest total per source within each month before the month of a date, newest
   * month first, a page (of a megabyte: decades) at a time for as long as the caller reads.
   */
  monthlyLatestBefore(subject: string, asOf: string, includeUndated: boolean): AsyncIterable<LatestTotal[]>;
  listSources(limit: number, cursor?: string | null): Promise<Page<SourceRecord>>;
  getSource(name: string): Promise<SourceRecord | null>;
  deadLetters(limit: number, cursor?: string | null): Promise<Page<DeadLetter>>;
}

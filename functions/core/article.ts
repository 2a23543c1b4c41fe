import type { IsoDate, LocatedClaim } from './claim.js';

export const ARTICLE_STATUSES = ['INGESTED', 'FAILED', 'DELETED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export type ArticleFormat = 'text' | 'markdown' | 'html';

/**
 * Where the publication date came from: given with the upload (`metadata`), the page's meta tags
 * (`html`), a date the text states at its top (`dateline`), the day of the newest report a running
 * total is quoted "to" (`report`); `uploadTime` is a guess and is recorded as such.
 */
export type PublishedFrom = 'metadata' | 'html' | 'dateline' | 'report' | 'uploadTime';

/** An article dated by its upload time: its claims stay out of aggregates unless a query asks for them. */
export const isDateGuessed = (article: { publishedFrom?: PublishedFrom | null }): boolean => article.publishedFrom === 'uploadTime';

/**
 * An article is one S3 object. Its id is the object key, so re-uploading the same key
 * replaces the article and its claims.
 */
export interface Article {
  id: string;
  bucket: string;
  key: string;
  status: ArticleStatus;
  /** Human-readable reason when status is FAILED. */
  error: string | null;
  /** Non-fatal problems met while reading it (odd encoding, guessed date, ...). */
  warnings: string[];
  title: string | null;
  outlet: string | null;
  published: IsoDate | null;
  publishedFrom: PublishedFrom | null;
  format: ArticleFormat | null;
  /** ISO 639-1 code of the language its text was read in; null when it was not read (or stored before languages were detected). */
  language?: string | null;
  /** Object size in bytes. */
  size: number;
  /** The ETag (and, in a versioned bucket, the version id) of the object this record was read from. */
  etag: string | null;
  versionId?: string | null;
  /** The EXTRACTOR_VERSION that read it (functions/extractor/version.ts); re-extraction brings older ones up to date. */
  extractorVersion?: number | null;
  /**
   * The S3 event sequencer of the object version this record reflects; later events win,
   * so duplicate and out-of-order deliveries converge on the same state.
   */
  sequencer: string;
  claimCount: number;
  /** ISO timestamp of the last ingest. */
  ingestedAt: string;
}

/**
 * What a claim keeps of its article, so a page of claims can say where each came from without
 * reading the articles. Re-ingesting an article rewrites its claims, so the copy cannot go stale.
 */
export type ArticleSummary = Pick<Article, 'title' | 'outlet' | 'published'> & Partial<Pick<Article, 'publishedFrom'>>;

/** A claim as stored: the extractor's claim plus identity and provenance. */
export interface StoredClaim extends LocatedClaim {
  /** `${articleId}#${ordinal}`: deterministic, so replays write the same items. */
  id: string;
  articleId: string;
  article: ArticleSummary;
}

export const claimId = (articleId: string, ordinal: number): string =>
  `${articleId}#${String(ordinal).padStart(4, '0')}`;

/** An article's extracted claims, numbered in order, as the store keeps them. */
export const storedClaims = (article: Article, claims: LocatedClaim[]): StoredClaim[] =>
  claims.map((claim, ordinal) => ({
    ...claim,
    id: claimId(article.id, ordinal),
    articleId: article.id,
    article: { title: article.title, outlet: article.outlet, published: article.published, publishedFrom: article.publishedFrom },
  }));

/**
 * S3 sequencers are hex strings of varying length: AWS documents left-padding the shorter
 * with zeros, then comparing lexicographically.
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const pa = a.toUpperCase().padStart(width, '0');
  const pb = b.toUpperCase().padStart(width, '0');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

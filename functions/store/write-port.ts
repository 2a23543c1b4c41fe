// The write port: what the ingest Lambda needs of the store.
import type { Article, ArticleStatus, StoredClaim } from '../core/article.js';
import type { ReferencePoint } from '../verification/reference.js';

/** What applying a write did; `stale` means a newer event for the object was already applied. */
export type WriteOutcome = 'applied' | 'stale';

/**
 * The article writes. Every method is idempotent and safe to repeat: the article's sequencer
 * decides which of two events for one key wins, whatever the order they arrive in.
 */
export interface ArticleWriter {
  getArticle(id: string): Promise<Article | null>;
  /**
   * Stores the article with exactly these claims, replacing any it had before, and keeps
   * every rollup (series, totals, sources) in step. FAILED articles are saved with no claims.
   */
  saveArticle(article: Article, claims: StoredClaim[]): Promise<WriteOutcome>;
  /** Removes the article's claims and leaves a DELETED tombstone carrying the sequencer. */
  deleteArticle(id: string, sequencer: string, deletedAt: string): Promise<WriteOutcome>;
}

/** The clean text an article's claims' offsets index into, kept per object version (S3 sequencer). */
export interface ArticleTextWriter {
  /** Stores the text read from one version of the object: written before the article item, which then names it. */
  saveText(articleId: string, sequencer: string, text: string): Promise<void>;
  /** Removes the texts of every version but `keep` (every version when null). Idempotent. */
  pruneTexts(articleId: string, keep: string | null): Promise<void>;
}

export interface ReferenceWriter {
  /**
   * Stores (or replaces) the points of one reference file, read from the object with this ETag.
   * Claims are verified when read, so those stored before the file count too. Idempotent.
   */
  saveReference(key: string, points: ReferencePoint[], etag?: string | null): Promise<void>;
}

/** What reconciling the bucket with the table needs to know of a stored article. */
export interface ArticleState {
  id: string;
  status: ArticleStatus;
  /** The object the record was read from, and by which extractor. */
  etag: string | null;
  extractorVersion: number | null;
  /** The S3 sequencer of the version stored, or of a write of it begun and never committed. */
  sequencer: string;
  /** A write was begun and not committed: a crash, or an ingest running right now. */
  unfinished: boolean;
}

export interface ArticleStates {
  /** Every article's state (DELETED ones included), a page at a time. */
  articleStates(): AsyncIterable<ArticleState[]>;
  /** The states of these articles, by id (absent: never stored). */
  statesOf(ids: readonly string[]): Promise<Map<string, ArticleState>>;
  /** The ETag each of these reference files was imported from (absent: never imported). */
  referenceEtags(keys: readonly string[]): Promise<Map<string, string | null>>;
}

/** A message the ingest gave up on: it goes to the dead-letter queue and is listed here too. */
export interface DeadLetter {
  /** The SQS message id (stable across redeliveries). */
  messageId: string;
  /** The bucket and key it was about, when the message could be read that far. */
  bucket: string | null;
  key: string | null;
  error: string;
  receiveCount: number;
  at: string;
  /** The raw message body, so nothing is lost. */
  body: string;
}

export interface DeadLetterLog {
  recordDeadLetter(entry: DeadLetter): Promise<void>;
}

/** Everything the ingest writes, and what reconciling reads. */
export type IngestStore = ArticleWriter & ArticleTextWriter & ReferenceWriter & DeadLetterLog & ArticleStates;

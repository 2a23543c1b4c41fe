// What reconciling the bucket with the table does for each object and article (pure).
import { EXTRACTOR_VERSION } from '../extractor/version.js';
import { ARTICLES_PREFIX, REFERENCE_PREFIX } from '../objects/prefixes.js';
import type { BucketObject } from '../objects/s3-object-lister.js';
import type { ArticleState } from '../store/write-port.js';

/**
 * - `reconcile`: what events were lost — objects with no article, articles of another object
 *   version or with a write a crash left unfinished, articles whose object is gone;
 * - `outdated`: that, and every article an older extractor read;
 * - `all`: every object read again.
 */
export const RECONCILE_MODES = ['reconcile', 'outdated', 'all'] as const;
export type ReconcileMode = (typeof RECONCILE_MODES)[number];

export type Reason = 'missing' | 'changed' | 'unfinished' | 'outdated' | 'all';

/** An object to read again, with the sequencer its write uses (see `sequencerFor`). */
export interface Reread {
  key: string;
  sequencer: string;
  reason: Reason;
}

/** S3 lists ETags in quotes; the ingest stores them bare. */
const bare = (etag: string | null) => etag?.replace(/"/g, '') ?? null;

export const isArticleKey = (key: string) => key.startsWith(ARTICLES_PREFIX);
export const isReferenceKey = (key: string) => key.startsWith(REFERENCE_PREFIX);

/**
 * Whether an article's object needs reading again, and why.
 *
 * The write uses the sequencer stored (or of the unfinished write): no event is at hand, and an
 * equal sequencer passes the store's condition while any newer event's still wins. A key never
 * stored uses the lowest sequencer, so the object's own event, should it still come, wins too.
 */
export function rereadOf(object: BucketObject, state: ArticleState | undefined, mode: ReconcileMode): Reread | null {
  const reread = (reason: Reason): Reread => ({ key: object.key, sequencer: state?.sequencer ?? '0', reason });
  if (!state || state.status === 'DELETED') return reread('missing');
  if (state.unfinished) return reread('unfinished');
  if (bare(object.etag) !== bare(state.etag)) return reread('changed');
  if (mode === 'all') return reread('all');
  if (mode === 'outdated' && isOutdated(state)) return reread('outdated');
  return null;
}

/** Read by another extractor than this one (older, as a rule; newer after a rollback). */
export const isOutdated = (state: ArticleState): boolean => state.extractorVersion !== EXTRACTOR_VERSION;

/** Whether a reference file needs importing again: never imported, or from another object version. */
export function referenceNeedsImport(object: BucketObject, importedEtag: string | null | undefined, mode: ReconcileMode): boolean {
  return mode === 'all' || importedEtag === undefined || bare(importedEtag) !== bare(object.etag);
}

/** An article (not yet a tombstone) whose object is gone: its delete event was lost. */
export const isOrphan = (state: ArticleState, objectExists: (key: string) => boolean): boolean =>
  state.status !== 'DELETED' && !objectExists(state.id);

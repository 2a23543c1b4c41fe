// Reconciling the bucket with the table, through the ingest's own logic: the local command,
// `npm start` and the Step Functions job (functions/reconcile/handler.ts) all run these.
import pMap from 'p-map';
import { reasonOf } from '../ingest/failures.js';
import { ingestObject, type IngestDeps, type IngestOutcome } from '../ingest/ingest.js';
import { ARTICLES_PREFIX, REFERENCE_PREFIX } from '../objects/prefixes.js';
import type { BucketObject, ObjectLister } from '../objects/s3-object-lister.js';
import type { ArticleState, IngestStore } from '../store/write-port.js';
import { isArticleKey, isOrphan, isOutdated, isReferenceKey, referenceNeedsImport, rereadOf, type ReconcileMode, type Reason } from './plan.js';

export interface ReconcileDeps extends IngestDeps {
  store: IngestStore;
}

/** What a run did. `failed` objects threw transient errors every time: the next run tries again. */
export interface ReconcileSummary {
  objects: number;
  upToDate: number;
  reread: Partial<Record<Reason, number>>;
  references: number;
  removed: number;
  /** Articles an older extractor read, left as they are (in `reconcile` mode). */
  outdated: number;
  /** Outcomes of the objects read again: ingested, failed (a FAILED article), stale, gone. */
  outcomes: Partial<Record<IngestOutcome, number>>;
  errors: Array<{ key: string; error: string }>;
}

export const emptySummary = (): ReconcileSummary => ({ objects: 0, upToDate: 0, reread: {}, references: 0, removed: 0, outdated: 0, outcomes: {}, errors: [] });

export function addSummaries(into: ReconcileSummary, more: ReconcileSummary): ReconcileSummary {
  into.objects += more.objects;
  into.upToDate += more.upToDate;
  into.references += more.references;
  into.removed += more.removed;
  into.outdated += more.outdated;
  for (const [reason, count] of Object.entries(more.reread)) into.reread[reason as Reason] = (into.reread[reason as Reason] ?? 0) + count;
  for (const [outcome, count] of Object.entries(more.outcomes)) into.outcomes[outcome as IngestOutcome] = (into.outcomes[outcome as IngestOutcome] ?? 0) + count;
  into.errors.push(...more.errors);
  return into;
}

/** Article states read per BatchGetItem: each article is two keys (its item and a begun write), 100 keys a request. */
const STATES_PER_REQUEST = 50;

export interface RunOptions {
  mode: ReconcileMode;
  /** Objects read at once. */
  concurrency: number;
  /** Called as each object is done. */
  onObject?: () => void;
}

/**
 * Reads again each listed object that needs it (`rereadOf`), as its event would have: the same
 * ingest, the same store writes. Transient errors are counted, not thrown, so one object cannot
 * stop the others; the caller decides what a failure means.
 */
export async function reconcileObjects(deps: ReconcileDeps, bucket: string, objects: readonly BucketObject[], options: RunOptions): Promise<ReconcileSummary> {
  const summary = emptySummary();
  summary.objects = objects.length;
  const articles = objects.filter((object) => isArticleKey(object.key));
  const references = objects.filter((object) => isReferenceKey(object.key));
  const states = new Map<string, ArticleState>();
  for (let i = 0; i < articles.length; i += STATES_PER_REQUEST) {
    for (const [id, state] of await deps.store.statesOf(articles.slice(i, i + STATES_PER_REQUEST).map((object) => object.key))) states.set(id, state);
  }
  const imported = references.length ? await deps.store.referenceEtags(references.map((object) => object.key)) : new Map<string, string | null>();

  const work: Array<{ key: string; sequencer: string }> = [];
  for (const object of articles) {
    const state = states.get(object.key);
    const reread = rereadOf(object, state, options.mode);
    if (!reread) {
      if (state && isOutdated(state)) summary.outdated++;
      continue;
    }
    summary.reread[reread.reason] = (summary.reread[reread.reason] ?? 0) + 1;
    work.push(reread);
  }
  for (const object of references) {
    if (!referenceNeedsImport(object, imported.get(object.key), options.mode)) continue;
    summary.references++;
    work.push({ key: object.key, sequencer: '0' });
  }
  summary.upToDate = objects.length - work.length;
  // Objects that need nothing are done at once.
  for (let i = 0; i < summary.upToDate; i++) options.onObject?.();

  await pMap(
    work,
    async ({ key, sequencer }) => {
      try {
        const outcome = await ingestObject(deps, { type: 'created', bucket, key, sequencer, eventTime: deps.now().toISOString() });
        summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
      } catch (error) {
        deps.logger.error('could not read an object again; the next run will try again', { key, error: reasonOf(error) });
        summary.errors.push({ key, error: reasonOf(error) });
      } finally {
        options.onObject?.();
      }
    },
    { concurrency: options.concurrency },
  );
  return summary;
}

/** Removes the articles whose objects are gone (their delete events were lost), as a delete event would. */
export async function removeOrphans(deps: ReconcileDeps, bucket: string, objectExists: (key: string) => boolean, concurrency: number): Promise<ReconcileSummary> {
  const summary = emptySummary();
  for await (const page of deps.store.articleStates()) {
    const orphans = page.filter((state) => isOrphan(state, objectExists));
    await pMap(
      orphans,
      async (state) => {
        try {
          await ingestObject(deps, { type: 'removed', bucket, key: state.id, sequencer: state.sequencer, eventTime: deps.now().toISOString() });
          summary.removed++;
        } catch (error) {
          summary.errors.push({ key: state.id, error: reasonOf(error) });
        }
      },
      { concurrency },
    );
  }
  return summary;
}

/** Every object under the two prefixes the ingest reads. */
export async function listBucket(listing: ObjectLister, bucket: string): Promise<BucketObject[]> {
  const objects: BucketObject[] = [];
  for (const prefix of [ARTICLES_PREFIX, REFERENCE_PREFIX]) {
    for await (const page of listing.list(bucket, prefix)) objects.push(...page);
  }
  return objects;
}

/** The whole job in one process (locally): list, read again what needs it, remove orphans. */
export async function reconcileBucket(
  deps: ReconcileDeps & { listing: ObjectLister },
  bucket: string,
  options: RunOptions & { onListed?: (objects: number) => void },
): Promise<ReconcileSummary> {
  const objects = await listBucket(deps.listing, bucket);
  options.onListed?.(objects.length);
  const summary = await reconcileObjects(deps, bucket, objects, options);
  const keys = new Set(objects.map((object) => object.key));
  return addSummaries(summary, await removeOrphans(deps, bucket, (key) => keys.has(key), options.concurrency));
}

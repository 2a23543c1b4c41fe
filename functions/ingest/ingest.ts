import type { Logger } from '@aws-lambda-powertools/logger';
import { storedClaims, type Article } from '../core/article.js';
import { readDocumentLazily } from '../document/lazy.js';
import { decidePublishedDate } from '../document/published-date.js';
import { extractClaims } from '../extractor/index.js';
import { EXTRACTOR_VERSION } from '../extractor/version.js';
import type { ObjectReader, StoredObject } from '../objects/s3-object-reader.js';
import type { ArticleTextWriter, ArticleWriter, ReferenceWriter, WriteOutcome } from '../store/write-port.js';
import { REFERENCE_PREFIX } from '../objects/prefixes.js';
import { parseReference } from '../verification/reference.js';
import { isTransient, reasonOf } from './failures.js';
import type { ObjectEvent } from './s3-events.js';

export interface IngestDeps {
  objects: ObjectReader;
  store: ArticleWriter & ArticleTextWriter & ReferenceWriter;
  now: () => Date;
  logger: Logger;
}


export type IngestOutcome = 'ingested' | 'failed' | 'deleted' | 'stale' | 'gone' | 'reference' | 'ignored';

/**
 * Applies one object event. Safe to repeat and to receive out of order: the sequencer decides.
 * Throws only for transient trouble (the caller retries); anything else that goes wrong with one
 * document — a file that can never be read, an extractor error, an article the table refuses —
 * becomes a FAILED article with the reason.
 */
export async function ingestObject(deps: IngestDeps, event: ObjectEvent): Promise<IngestOutcome> {
  const { logger } = deps;
  if (event.key.startsWith(REFERENCE_PREFIX)) return ingestReference(deps, event);
  if (event.type === 'removed') {
    const outcome = await deps.store.deleteArticle(event.key, event.sequencer, deps.now().toISOString());
    if (outcome === 'applied') await deps.store.pruneTexts(event.key, null);
    logger.info('article removed', { key: event.key, outcome });
    return outcome === 'stale' ? 'stale' : 'deleted';
  }
  let object: StoredObject | null;
  try {
    object = await deps.objects.read(event.bucket, event.key);
  } catch (error) {
    if (isTransient(error)) throw error;
    return saveFailed(deps, unreadArticle(event, deps.now()), `the object could not be read from the bucket (${reasonOf(error)})`);
  }
  if (!object) {
    logger.info('the object is gone; its removal event will follow', { key: event.key });
    return 'gone';
  }
  const base: Article = {
    id: event.key,
    bucket: event.bucket,
    key: event.key,
    status: 'INGESTED',
    error: null,
    warnings: [],
    title: null,
    outlet: object.metadata.outlet ?? null,
    published: null,
    publishedFrom: null,
    format: null,
    size: object.size,
    etag: object.etag,
    versionId: object.versionId,
    extractorVersion: EXTRACTOR_VERSION,
    sequencer: event.sequencer,
    claimCount: 0,
    ingestedAt: deps.now().toISOString(),
  };
  const document = await readDocumentLazily({ bytes: object.bytes, name: event.key, contentType: object.contentType });
  if (!document.ok) return saveFailed(deps, base, document.reason);
  const date = decidePublishedDate({ given: object.metadata.published, html: document.published, text: document.text, uploaded: object.lastModified ?? deps.now() });
  const { published, from } = date;
  let result: ReturnType<typeof extractClaims>;
  try {
    result = extractClaims(document.text, { published });
  } catch (error) {
    return saveFailed(deps, base, `the extractor failed on this article (${reasonOf(error)})`);
  }
  const warnings = [...document.warnings, ...date.warnings, ...result.warnings];
  const article: Article = {
    ...base,
    warnings,
    title: document.title,
    outlet: base.outlet ?? document.outlet,
    published,
    publishedFrom: from,
    format: document.format,
    language: result.language,
  };
  const claims = storedClaims(article, result.claims);
  let outcome: WriteOutcome;
  try {
    // The text first: once the article item names this version, its text is there to read. (An
    // older event's text, refused below, goes with the next version's pruning.)
    await deps.store.saveText(article.id, event.sequencer, document.text);
    outcome = await deps.store.saveArticle(article, claims);
  } catch (error) {
    if (isTransient(error)) throw error;
    return saveFailed(deps, base, `the article and its ${claims.length} claims could not be stored (${reasonOf(error)})`);
  }
  if (outcome === 'applied') await deps.store.pruneTexts(article.id, event.sequencer);
  logger.info('article ingested', { key: event.key, claims: claims.length, published, publishedFrom: from, outcome, warnings });
  return outcome === 'stale' ? 'stale' : 'ingested';
}

/** Records a document that can never be ingested as it is, with the reason: retrying cannot help. */
async function saveFailed(deps: IngestDeps, article: Article, reason: string): Promise<IngestOutcome> {
  deps.logger.warn('article could not be ingested', { key: article.key, reason });
  const outcome = await deps.store.saveArticle({ ...article, status: 'FAILED', error: reason, claimCount: 0 }, []);
  if (outcome === 'applied') await deps.store.pruneTexts(article.id, null);
  return outcome === 'stale' ? 'stale' : 'failed';
}

/** The article record of an object that could not even be read. */
const unreadArticle = (event: ObjectEvent, now: Date): Article => ({
  id: event.key,
  bucket: event.bucket,
  key: event.key,
  status: 'FAILED',
  error: null,
  warnings: [],
  title: null,
  outlet: null,
  published: null,
  publishedFrom: null,
  format: null,
  size: 0,
  etag: null,
  extractorVersion: EXTRACTOR_VERSION,
  sequencer: event.sequencer,
  claimCount: 0,
  ingestedAt: now.toISOString(),
});

async function ingestReference(deps: IngestDeps, event: ObjectEvent): Promise<IngestOutcome> {
  if (event.type === 'removed') {
    deps.logger.info('reference file removed; its figures are kept until replaced', { key: event.key });
    return 'ignored';
  }
  const object = await deps.objects.read(event.bucket, event.key);
  if (!object) return 'gone';
  let points;
  try {
    points = parseReference(event.key, new TextDecoder().decode(object.bytes));
  } catch (error) {
    deps.logger.error('reference file could not be read', { key: event.key, reason: (error as Error).message });
    return 'failed';
  }
  await deps.store.saveReference(event.key, points, object.etag);
  deps.logger.info('reference imported', { key: event.key, points: points.length });
  return 'reference';
}

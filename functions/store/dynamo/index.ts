// The DynamoDB adapters behind the two ports, on one table.
import type { LedgerReader } from '../read-port.js';
import type { IngestStore } from '../write-port.js';
import { DynamoArticleStates } from './article-states.js';
import { DynamoArticleTexts } from './article-texts.js';
import { DynamoArticleWriter } from './article-writer.js';
import { DynamoDeadLetterLog } from './dead-letter-log.js';
import { DynamoLedgerReader } from './reader.js';
import { DynamoReferenceWriter } from './reference-writer.js';
import { TableClient, type TableOptions } from './table-client.js';

export type { TableOptions } from './table-client.js';

/** The write port the ingest uses. */
export function dynamoIngestStore(options: TableOptions): IngestStore {
  const table = new TableClient(options);
  const articles = new DynamoArticleWriter(table);
  const texts = new DynamoArticleTexts(table);
  const references = new DynamoReferenceWriter(table);
  const deadLetters = new DynamoDeadLetterLog(table);
  const states = new DynamoArticleStates(table);
  return {
    getArticle: (id) => articles.getArticle(id),
    saveArticle: (article, claims) => articles.saveArticle(article, claims),
    deleteArticle: (id, sequencer, deletedAt) => articles.deleteArticle(id, sequencer, deletedAt),
    saveText: (id, sequencer, text) => texts.saveText(id, sequencer, text),
    pruneTexts: (id, keep) => texts.pruneTexts(id, keep),
    saveReference: (key, points, etag) => references.saveReference(key, points, etag),
    recordDeadLetter: (entry) => deadLetters.recordDeadLetter(entry),
    articleStates: () => states.articleStates(),
    statesOf: (ids) => states.statesOf(ids),
    referenceEtags: (keys) => states.referenceEtags(keys),
  };
}

/** The read port the API uses. */
export function dynamoLedgerReader(options: TableOptions): LedgerReader {
  return new DynamoLedgerReader(new TableClient(options));
}

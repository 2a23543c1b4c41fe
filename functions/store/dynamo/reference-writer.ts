import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ReferencePoint } from '../../verification/reference.js';
import { referenceFileKey, referenceKey } from '../keys.js';
import type { ReferenceWriter } from '../write-port.js';
import type { TableClient } from './table-client.js';

/**
 * Batch writes of a reference file in flight at once: the equipment series (20,000 points, 820
 * requests) then imports in seconds instead of the minutes one request after another took.
 */
const IMPORT_CONCURRENCY = 16;

/** The official series: one item per metric and report date, and one per file imported (with the ETag it was read from). */
export class DynamoReferenceWriter implements ReferenceWriter {
  constructor(private readonly table: TableClient) {}

  async saveReference(key: string, points: ReferencePoint[], etag: string | null = null): Promise<void> {
    await this.table.batchWrite(
      points.map((p) => ({ PutRequest: { Item: { ...referenceKey(p.metric, p.date), total: p.total, file: key } } })),
      IMPORT_CONCURRENCY,
    );
    await this.table.db.send(
      new PutCommand({ TableName: this.table.name, Item: { ...referenceFileKey(key), key, etag, points: points.length, importedAt: new Date().toISOString() } }),
    );
  }
}

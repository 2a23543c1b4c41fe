import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ReferencePoint } from '../../verification/reference.js';
import { referenceFileKey, referenceKey } from '../keys.js';
import type { ReferenceWriter } from '../write-port.js';
import type { TableClient } from './table-client.js';

/** The official series: one item per metric and report date, and one per file imported. */
export class DynamoReferenceWriter implements ReferenceWriter {
  constructor(private readonly table: TableClient) {}

  async saveReference(key: string, points: ReferencePoint[]): Promise<void> {
    await this.table.batchWrite(points.map((p) => ({ PutRequest: { Item: { ...referenceKey(p.metric, p.date), total: p.total, file: key } } })));
    await this.table.db.send(
      new PutCommand({ TableName: this.table.name, Item: { ...referenceFileKey(key), key, points: points.length, importedAt: new Date().toISOString() } }),
    );
  }
}

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ReferencePoint } from '../../verification/reference.js';
import { referenceFileKey } from '../keys.js';
import type { ReferenceWriter } from '../write-port.js';
import { REFERENCE_LAYOUT, mergedYear, referenceYears, type ReferenceYear } from './reference-items.js';
import { inParallel, type Item, type TableClient } from './table-client.js';

/** Year items written at once. */
const IMPORT_CONCURRENCY = 8;

/**
 * The official series: one item per metric and year (`reference-items.ts`), and one per file
 * imported (with the ETag it was read from). Nothing is verified here: claims are checked against
 * the series when they are read, so one import re-verifies every claim at once, at no write cost.
 */
export class DynamoReferenceWriter implements ReferenceWriter {
  constructor(private readonly table: TableClient) {}

  async saveReference(key: string, points: ReferencePoint[], etag: string | null = null): Promise<void> {
    const years = referenceYears(points);
    const stored = new Map((await this.table.batchGet(years.map((year) => year.key))).map((item) => [`${item.pk}\u0000${item.sk}`, item]));
    await inParallel(years, (year) => this.saveYear(year, stored.get(`${year.key.pk}\u0000${year.key.sk}`)), IMPORT_CONCURRENCY);
    await this.table.db.send(
      new PutCommand({
        TableName: this.table.name,
        Item: { ...referenceFileKey(key), key, etag, points: points.length, layout: REFERENCE_LAYOUT, importedAt: new Date().toISOString() },
      }),
    );
  }

  /** Puts the year merged over what was read; when another import changed it meanwhile, reads it again and merges again. */
  private async saveYear(year: ReferenceYear, stored: Item | undefined): Promise<void> {
    for (;;) {
      try {
        await this.table.db.send(
          new PutCommand({
            TableName: this.table.name,
            Item: mergedYear(year, stored),
            ConditionExpression: stored ? 'version = :version' : 'attribute_not_exists(pk)',
            ExpressionAttributeValues: stored ? { ':version': stored.version } : undefined,
          }),
        );
        return;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        stored = (await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: year.key, ConsistentRead: true }))).Item;
      }
    }
  }
}

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEAD_LETTER_PARTITION } from '../keys.js';
import type { DeadLetter, DeadLetterLog } from '../write-port.js';
import type { TableClient } from './table-client.js';

/** Dead letters in one partition, sorted by when they were given up on. */
export class DynamoDeadLetterLog implements DeadLetterLog {
  constructor(private readonly table: TableClient) {}

  async recordDeadLetter(entry: DeadLetter): Promise<void> {
    await this.table.db.send(new PutCommand({ TableName: this.table.name, Item: { pk: DEAD_LETTER_PARTITION, sk: `${entry.at}#${entry.messageId}`, ...entry } }));
  }
}

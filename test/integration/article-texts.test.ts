// Article texts against a real DynamoDB Local over HTTP: parts, versions, pruning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../functions/store/create-table.js';
import { TEXT_PART_LENGTH, textParts } from '../../functions/store/dynamo/article-texts.js';
import { dynamoIngestStore, dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import type { LedgerReader } from '../../functions/store/read-port.js';
import type { IngestStore } from '../../functions/store/write-port.js';
import { localDynamoDbClient, uniqueName } from '../support/local-aws.js';

const client = localDynamoDbClient();
let texts: IngestStore;
let reader: LedgerReader;

beforeAll(async () => {
  const tableName = uniqueName('texts');
  await ensureTable(client, tableName);
  texts = dynamoIngestStore({ client, tableName });
  reader = dynamoLedgerReader({ client, tableName });
});
afterAll(() => client.destroy());

describe('article texts', () => {
  it('splits a long text into parts that fit an item, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(TEXT_PART_LENGTH - 1)}🪖${'b'.repeat(10)}`;
    const parts = textParts(text);
    expect(parts.map((p) => p.length)).toEqual([TEXT_PART_LENGTH - 1, 12]);
    expect(parts.join('')).toBe(text);
  });

  it('reads back a text of several parts whole, and only the version asked for', async () => {
    const long = `Russia lost 1,180 soldiers. ${'Ж🪖 '.repeat(90_000)}The end.`;
    await texts.saveText('articles/long.txt', '0A', long);
    await texts.saveText('articles/long.txt', '0B', 'the newer version');
    expect(await reader.loadText('articles/long.txt', '0A')).toBe(long);
    expect(await reader.loadText('articles/long.txt', '0B')).toBe('the newer version');
    expect(await reader.loadText('articles/other.txt', '0A')).toBeNull();
  });

  it('prunes every version but the one kept, or all of them, and pruning again changes nothing', async () => {
    await texts.saveText('articles/p.txt', '01', 'old');
    await texts.saveText('articles/p.txt', '02', 'new');
    await texts.pruneTexts('articles/p.txt', '02');
    await texts.pruneTexts('articles/p.txt', '02');
    expect(await reader.loadText('articles/p.txt', '01')).toBeNull();
    expect(await reader.loadText('articles/p.txt', '02')).toBe('new');
    await texts.pruneTexts('articles/p.txt', null);
    expect(await reader.loadText('articles/p.txt', '02')).toBeNull();
  });
});

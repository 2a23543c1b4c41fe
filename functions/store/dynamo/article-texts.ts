// Article texts beside the article item: `pk=ARTICLE#<id>`, `sk=TEXT#<sequencer>#<part>`.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ARTICLE_TEXT_PREFIX, articleKey, articleTextKey, articleTextPrefix } from '../keys.js';
import type { ArticleTextWriter } from '../write-port.js';
import type { TableClient } from './table-client.js';

/**
 * An item holds at most 400 KB: 100,000 UTF-16 code units are at most 300 KB of UTF-8, so a
 * text is split into parts that size (a 5 MB article is 50 parts, read back in one Query).
 */
export const TEXT_PART_LENGTH = 100_000;

/** Splits a text into parts of at most `length` code units, never between the two halves of a surrogate pair. */
export function textParts(text: string, length = TEXT_PART_LENGTH): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + length, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length ? parts : [''];
}

/**
 * Keying texts by object version makes every write idempotent, and a reader never mixes two
 * versions: it reads the parts of the version the article item names.
 */
export class DynamoArticleTexts implements ArticleTextWriter {
  constructor(private readonly table: TableClient) {}

  async saveText(articleId: string, sequencer: string, text: string): Promise<void> {
    await Promise.all(
      textParts(text).map((part, i) =>
        this.table.db.send(new PutCommand({ TableName: this.table.name, Item: { ...articleTextKey(articleId, sequencer, i), text: part } })),
      ),
    );
  }

  async pruneTexts(articleId: string, keep: string | null): Promise<void> {
    const keys = await this.table.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': ARTICLE_TEXT_PREFIX },
      ProjectionExpression: 'pk, sk',
    });
    const stale = keys.filter((item) => keep === null || !(item.sk as string).startsWith(articleTextPrefix(keep)));
    await this.table.batchWrite(stale.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })));
  }
}

/** The text of one version of an article, or null when there is none. */
export async function loadArticleText(table: TableClient, articleId: string, sequencer: string): Promise<string | null> {
  const parts = await table.queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': articleTextPrefix(sequencer) },
    ProjectionExpression: '#text',
    ExpressionAttributeNames: { '#text': 'text' },
  });
  return parts.length ? parts.map((item) => item.text as string).join('') : null;
}

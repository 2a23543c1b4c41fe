// The article writes of the ingest: idempotent, ordered by the S3 sequencer.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { compareSequencers, type Article, type StoredClaim } from '../../core/article.js';
import { ARTICLES_PARTITION, articleKey, articleListSortKey, claimKey } from '../keys.js';
import type { ArticleWriter, WriteOutcome } from '../write-port.js';
import { claimItem, emptyArticle, toArticle } from './items.js';
import { articleClaims } from './reader.js';
import { RollupWriter } from './rollups.js';
import { SourceCounts } from './source-counts.js';
import type { TableClient } from './table-client.js';

/** Sequencers are compared as strings in condition expressions, so they are stored left-padded. */
const SEQUENCER_WIDTH = 40;
const sortableSequencer = (sequencer: string) => sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');

export class DynamoArticleWriter implements ArticleWriter {
  private readonly rollups: RollupWriter;
  private readonly sources: SourceCounts;

  constructor(private readonly table: TableClient) {
    this.rollups = new RollupWriter(table);
    this.sources = new SourceCounts(table);
  }

  async getArticle(id: string): Promise<Article | null> {
    const { Item } = await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: articleKey(id), ConsistentRead: true }));
    return Item ? toArticle(Item) : null;
  }

  async saveArticle(article: Article, claims: StoredClaim[]): Promise<WriteOutcome> {
    const existing = await this.getArticle(article.id);
    if (existing && compareSequencers(existing.sequencer, article.sequencer) > 0) return 'stale';
    await this.replaceClaims(article.id, claims);
    return this.putArticle({ ...article, claimCount: claims.length });
  }

  async deleteArticle(id: string, sequencer: string, deletedAt: string): Promise<WriteOutcome> {
    const existing = await this.getArticle(id);
    if (existing && compareSequencers(existing.sequencer, sequencer) > 0) return 'stale';
    await this.replaceClaims(id, []);
    const tombstone: Article = {
      ...(existing ?? emptyArticle(id)),
      status: 'DELETED',
      error: null,
      sequencer,
      claimCount: 0,
      ingestedAt: deletedAt,
    };
    return this.putArticle(tombstone);
  }

  /** The article item is written last, on the condition that no newer event was applied. */
  private async putArticle(article: Article): Promise<WriteOutcome> {
    try {
      await this.table.db.send(
        new PutCommand({
          TableName: this.table.name,
          Item: {
            ...articleKey(article.id),
            ...article,
            sequencerKey: sortableSequencer(article.sequencer),
            gsi1pk: ARTICLES_PARTITION,
            gsi1sk: articleListSortKey(article.published, article.id),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR sequencerKey <= :sequencer',
          ExpressionAttributeValues: { ':sequencer': sortableSequencer(article.sequencer) },
        }),
      );
      return 'applied';
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 'stale';
      throw error;
    }
  }

  /**
   * Makes the article's claims exactly `claims`. Rollup contributions are removed before the
   * claims they belong to and added after, so a retry after a crash at any point converges.
   */
  private async replaceClaims(articleId: string, claims: StoredClaim[]): Promise<void> {
    const previous = await articleClaims(this.table, articleId);
    const keep = new Set(claims.map((c) => c.id));
    await this.rollups.remove(previous);
    await this.sources.update(articleId, previous, claims);
    const stale = previous.filter((c) => !keep.has(c.id));
    await this.table.batchWrite(stale.map((c) => ({ DeleteRequest: { Key: claimKey(c.id) } })));
    await this.table.batchWrite(claims.map((c) => ({ PutRequest: { Item: claimItem(c) } })));
    await this.rollups.add(claims);
    await this.rollups.refreshLatest(previous, claims);
  }
}

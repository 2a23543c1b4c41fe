// The article writes of the ingest: idempotent, ordered by the S3 sequencer.
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Article, StoredClaim } from '../../core/article.js';
import { ARTICLES_PARTITION, WRITES_PARTITION, articleKey, articleListSortKey, articleWriteKey, claimKey } from '../keys.js';
import type { ArticleWriter, WriteOutcome } from '../write-port.js';
import { claimItem, toArticle } from './items.js';
import { articleClaims } from './reader.js';
import { RollupWriter } from './rollups.js';
import { SourceCounts } from './source-counts.js';
import type { Item, TableClient } from './table-client.js';

/**
 * How long a write of an article holds it for newer writes: past the ingest Lambda's timeout (one
 * minute), a write that has not finished has died.
 */
const WRITE_LEASE_MS = 3 * 60_000;
/** How long a write waits for an older one of the same article to finish before it fails, to be retried. */
const OLDER_WRITE_WAIT_MS = 20_000;
/** The write item names each write under way by an attribute with its sequencer, holding when it began. */
const WRITER_PREFIX = 'writer#';

/** Whether a write older than `mine` began within the lease and has not ended. */
function olderWriteRunning(item: Item, mine: string): boolean {
  const now = Date.now();
  return Object.entries(item).some(([name, began]) => name.startsWith(WRITER_PREFIX) && name.slice(WRITER_PREFIX.length) < mine && now - Number(began) < WRITE_LEASE_MS);
}

/** Thrown when an older write of the article is still under way after the wait: a retry later goes on. */
export class OlderWriteRunningError extends Error {
  override readonly name = 'OlderWriteRunningError';
  constructor(id: string) {
    super(`an older write of ${id} is still under way`);
  }
}

/** Sequencers are compared as strings in condition expressions, so they are stored left-padded. */
const SEQUENCER_WIDTH = 40;
const sortableSequencer = (sequencer: string) => sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');
/** The item holds no newer sequencer (an equal one is the same event, repeated). */
const notNewer = (sequencer: string) => ({
  ConditionExpression: 'attribute_not_exists(pk) OR sequencerKey <= :sequencer',
  ExpressionAttributeValues: { ':sequencer': sortableSequencer(sequencer) },
});

const articleItem = (article: Article) => ({
  ...articleKey(article.id),
  ...article,
  sequencerKey: sortableSequencer(article.sequencer),
  gsi1pk: ARTICLES_PARTITION,
  gsi1sk: articleListSortKey(article.published, article.id),
});

/**
 * A tombstone over whatever the article item holds. A delete of an article never stored still
 * leaves a whole record, so a late create of an older version cannot resurrect it.
 */
function tombstoneUpdate(id: string, sequencer: string, deletedAt: string) {
  const set: Record<string, unknown> = { status: 'DELETED', error: null, sequencer, claimCount: 0, ingestedAt: deletedAt, sequencerKey: sortableSequencer(sequencer), gsi1pk: ARTICLES_PARTITION };
  const ifMissing: Record<string, unknown> = {
    ...{ id, bucket: '', key: id, warnings: [], title: null, outlet: null, published: null, publishedFrom: null, format: null, size: 0, etag: null },
    gsi1sk: articleListSortKey(null, id),
  };
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const [name, value] of [...Object.entries(set), ...Object.entries(ifMissing)]) {
    names[`#${name}`] = name;
    values[`:v_${name}`] = value;
    parts.push(name in set ? `#${name} = :v_${name}` : `#${name} = if_not_exists(#${name}, :v_${name})`);
  }
  return { UpdateExpression: `SET ${parts.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

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

  /**
   * A write is begun, then the claims replaced, then committed. Beginning is the one step that
   * decides staleness: a conditional write of the article's write item, which keeps the newest
   * sequencer ever begun, refused for an older event before anything else is touched. An older
   * write that began first is waited for, so two writes of one article never replace its claims
   * at once. Until it commits, the write is listed (`articleStates` says `unfinished`), so
   * reconciling finds what a crash between the steps left.
   */
  async saveArticle(article: Article, claims: StoredClaim[]): Promise<WriteOutcome> {
    return this.write(article.id, article.sequencer, claims, () => new PutCommand({ TableName: this.table.name, Item: articleItem({ ...article, claimCount: claims.length }), ...notNewer(article.sequencer) }));
  }

  /** Removes the article's claims and leaves a DELETED tombstone: what the record said stays, with no claims. */
  async deleteArticle(id: string, sequencer: string, deletedAt: string): Promise<WriteOutcome> {
    return this.write(id, sequencer, [], () => {
      const tombstone = tombstoneUpdate(id, sequencer, deletedAt);
      const condition = notNewer(sequencer);
      return new UpdateCommand({
        TableName: this.table.name,
        Key: articleKey(id),
        ...tombstone,
        ConditionExpression: condition.ConditionExpression,
        ExpressionAttributeValues: { ...tombstone.ExpressionAttributeValues, ...condition.ExpressionAttributeValues },
      });
    });
  }

  private async write(id: string, sequencer: string, claims: StoredClaim[], articleWrite: () => PutCommand | UpdateCommand): Promise<WriteOutcome> {
    if ((await this.begin(id, sequencer)) === 'stale') return 'stale';
    try {
      await this.replaceClaims(id, claims);
      return await this.commit(id, sequencer, articleWrite());
    } finally {
      await this.end(id, sequencer);
    }
  }

  /** Takes the write item for this sequencer unless a newer one began, then waits for older writes still under way. */
  private async begin(id: string, sequencer: string): Promise<WriteOutcome> {
    const mine = sortableSequencer(sequencer);
    let item: Item;
    try {
      const { Attributes } = await this.table.db.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: articleWriteKey(id),
          UpdateExpression: 'SET #id = :id, #sequencer = :given, sequencerKey = :sequencer, gsi2pk = :writes, gsi2sk = :id, #writer = :now',
          ConditionExpression: notNewer(sequencer).ConditionExpression,
          ExpressionAttributeNames: { '#id': 'id', '#sequencer': 'sequencer', '#writer': `${WRITER_PREFIX}${mine}` },
          ExpressionAttributeValues: { ...notNewer(sequencer).ExpressionAttributeValues, ':id': id, ':given': sequencer, ':writes': WRITES_PARTITION, ':now': Date.now() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      item = Attributes ?? {};
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 'stale';
      throw error;
    }
    const deadline = Date.now() + OLDER_WRITE_WAIT_MS;
    for (let attempt = 1; olderWriteRunning(item, mine); attempt++) {
      if (Date.now() > deadline) {
        await this.end(id, sequencer);
        throw new OlderWriteRunningError(id);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      ({ Item: item = {} } = await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: articleWriteKey(id), ConsistentRead: true })));
    }
    return 'applied';
  }

  /** Takes this write off the write item's writes under way, whatever became of it. */
  private async end(id: string, sequencer: string): Promise<void> {
    await this.table.db.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: articleWriteKey(id),
        UpdateExpression: 'REMOVE #writer',
        ExpressionAttributeNames: { '#writer': `${WRITER_PREFIX}${sortableSequencer(sequencer)}` },
      }),
    );
  }

  /** Writes the article item unless a newer write committed, then takes the write off the list (unless a newer one began). */
  private async commit(id: string, sequencer: string, write: PutCommand | UpdateCommand): Promise<WriteOutcome> {
    if ((await this.conditional(write)) === 'stale') return 'stale';
    await this.conditional(
      new UpdateCommand({
        TableName: this.table.name,
        Key: articleWriteKey(id),
        UpdateExpression: 'REMOVE gsi2pk, gsi2sk',
        ConditionExpression: 'sequencerKey = :sequencer',
        ExpressionAttributeValues: { ':sequencer': sortableSequencer(sequencer) },
      }),
    );
    return 'applied';
  }

  private async conditional(command: PutCommand | UpdateCommand): Promise<WriteOutcome> {
    try {
      await this.table.db.send(command as PutCommand);
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

// Per-source counts of claims, articles and dates, kept at write time.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredClaim } from '../../core/article.js';
import { CONTRIBUTION_PREFIX, SOURCES_PARTITION, sourceKey, sourceMonthKey } from '../keys.js';
import { SOURCE_MONTH_PREFIX, earliest, latest, prefixed, sumOf, type SourceMonth, type SourceShare } from './items.js';
import { groupBy } from '../../shared/group-by.js';
import { ignoreConditionFailed, inParallel, type TableClient } from './table-client.js';

/**
 * A source counts, per article, how many claims it made and over which dates. The per-article
 * shares live in one item per month of publication, so no item outgrows DynamoDB's 400 KB;
 * the source item holds each month's sums (`m:<month>`), so reading a source is one GetItem.
 */
export class SourceCounts {
  constructor(private readonly table: TableClient) {}

  /** Moves an article's shares from what its claims were (`previous`) to what they are. */
  async update(articleId: string, previous: readonly StoredClaim[], claims: readonly StoredClaim[]) {
    const bySource = groupBy(claims.filter((c) => c.source), (c) => c.source!);
    // All claims of an article carry the same publication date; it may differ from the last ingest's.
    const published = (list: readonly StoredClaim[]) => list[0]?.article.published ?? null;
    const names = new Set([...previous.map((c) => c.source), ...bySource.keys()].filter((s): s is string => Boolean(s)));
    await inParallel([...names], async (name) => {
      const mine = bySource.get(name) ?? [];
      const [previousMonth, month] = [sourceMonthKey(name, published(previous)), sourceMonthKey(name, published(claims))];
      const moved = mine.length === 0 || previousMonth.sk !== month.sk;
      if (moved && previous.some((c) => c.source === name)) await this.setShare(name, previousMonth, articleId, null);
      if (mine.length === 0) return;
      const dates = mine.map((c) => c.period?.end ?? c.period?.start ?? c.article.published);
      await this.setShare(name, month, articleId, [mine.length, earliest(dates), latest(dates)], mine[0]!.sourceGroup);
    });
  }

  /**
   * Sets (or, with null, removes) an article's share in a source's month item, then writes the
   * month's new sums into the source item. Every change to a month item bumps its version, and
   * the sums are written only over older ones, so concurrent writers leave the newest sums.
   */
  private async setShare(name: string, monthKey: { pk: string; sk: string }, articleId: string, share: SourceShare | null, group?: string | null) {
    const updated = await this.table.db
      .send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: monthKey,
          ...(share
            ? { UpdateExpression: 'SET #c = :share ADD version :one', ExpressionAttributeValues: { ':share': JSON.stringify(share), ':one': 1 } }
            : { UpdateExpression: 'REMOVE #c ADD version :one', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':one': 1 } }),
          ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${articleId}` },
          ReturnValues: 'ALL_NEW',
        }),
      )
      .catch(ignoreConditionFailed);
    if (!updated?.Attributes) return;
    const shares = prefixed(updated.Attributes, CONTRIBUTION_PREFIX).map(([, encoded]) => JSON.parse(encoded) as SourceShare);
    const sums: SourceMonth = {
      version: updated.Attributes.version,
      ...sumOf(shares.map(([claims, first, last]) => ({ claims, articles: 1, first, last }))),
    };
    await this.table.db
      .send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: sourceKey(name),
          // A removal leaves the side as it was: only a claim says which side a source is on.
          UpdateExpression: `SET #m = :sums, #name = :name, gsi1pk = :list, gsi1sk = :name${share ? ', #group = :group' : ''}`,
          ConditionExpression: 'attribute_not_exists(#m) OR #m.version < :version',
          ExpressionAttributeNames: { '#m': `${SOURCE_MONTH_PREFIX}${monthKey.sk}`, '#name': 'name', ...(share ? { '#group': 'group' } : {}) },
          ExpressionAttributeValues: { ':sums': sums, ':version': sums.version, ':name': name, ':list': SOURCES_PARTITION, ...(share ? { ':group': group ?? null } : {}) },
        }),
      )
      .catch(ignoreConditionFailed);
  }
}

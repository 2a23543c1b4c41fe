// The series and running-total rollups, kept at write time (docs/data-model.md, "Rollups").
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredClaim } from '../../core/article.js';
import { CONTRIBUTION_PREFIX, latestTotalsKey, seriesKey, totalsKey } from '../keys.js';
import type { LatestTotal } from '../read-port.js';
import { contributionsOf, encodeContribution } from './items.js';
import { groupBy, ignoreConditionFailed, inParallel, type Key, type TableClient } from './table-client.js';

/** Totals items read per page when looking for each source's latest running total. */
const LATEST_TOTALS_PAGE = 25;

export const isRunningTotal = (claim: StoredClaim): boolean =>
  Boolean(claim.subject && claim.unit === 'count' && claim.period?.kind === 'cumulative' && claim.period.end);

/** The rollup items a claim has a share in. */
function rollupKeys(claim: StoredClaim): Key[] {
  if (!claim.subject || claim.unit !== 'count' || !claim.period) return [];
  if (claim.period.kind === 'day' && claim.period.start) return [seriesKey(claim.subject, claim.metric, claim.period.start)];
  if (isRunningTotal(claim)) return [totalsKey(claim.subject, claim.metric, claim.period.end!)];
  return [];
}

/**
 * Each claim's share is a top-level attribute named after it: `SET`/`REMOVE` of one needs no
 * read, is idempotent and cannot race with another claim's write.
 */
export class RollupWriter {
  constructor(private readonly table: TableClient) {}

  async add(claims: readonly StoredClaim[]) {
    await inParallel(claims, async (claim) => {
      for (const key of rollupKeys(claim)) {
        await this.table.db.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: key,
            UpdateExpression: 'SET #c = :c, #n = :subjectMetric',
            ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${claim.id}`, '#n': 'series' },
            ExpressionAttributeValues: { ':c': encodeContribution(claim), ':subjectMetric': `${claim.subject}#${claim.metric}` },
          }),
        );
      }
    });
  }

  async remove(claims: readonly StoredClaim[]) {
    await inParallel(claims, async (claim) => {
      for (const key of rollupKeys(claim)) {
        await this.table.db
          .send(
            new UpdateCommand({
              TableName: this.table.name,
              Key: key,
              UpdateExpression: 'REMOVE #c',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${claim.id}` },
            }),
          )
          .catch(ignoreConditionFailed);
      }
    });
  }

  /** After an article's running totals changed (`previous` → `claims`), brings each touched metric's latest totals up to date. */
  async refreshLatest(previous: readonly StoredClaim[], claims: readonly StoredClaim[]) {
    const touched = groupBy([...previous, ...claims].filter(isRunningTotal), (c) => `${c.subject}\u0000${c.metric}`);
    // Each subject's latest totals are one item: read it once, for all its metrics.
    const subjects = [...new Set([...touched.keys()].map((key) => key.split('\u0000')[0]!))];
    const current = new Map(
      await Promise.all(
        subjects.map(async (subject) => {
          const { Item } = await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: latestTotalsKey(subject), ConsistentRead: true }));
          return [subject, Item] as const;
        }),
      ),
    );
    await inParallel([...touched], ([key, claimsOfMetric]) => {
      const [subject, metric] = key.split('\u0000') as [string, string];
      const before = (current.get(subject)?.[`${CONTRIBUTION_PREFIX}${metric}`] ?? []) as LatestTotal[];
      return this.refreshLatestTotals(subject, metric, [...before.map((t) => t.source), ...claimsOfMetric.map((c) => c.source)]);
    });
  }

  /**
   * Recomputes the latest running total of each source for one subject and metric. Reads the
   * totals newest first only until every source that had or gets a total (`sources`) is found
   * again, so an ordinary write reads one short page, not the metric's history.
   */
  private async refreshLatestTotals(subject: string, metric: string, sources: Array<string | null>) {
    const sourceKeyOf = (source: string | null) => source ?? '-';
    const wanted = new Set(sources.map(sourceKeyOf));
    const latest = new Map<string, LatestTotal>();
    const newestFirst = this.table.pages({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': totalsKey(subject, metric, '').pk },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: LATEST_TOTALS_PAGE,
    });
    for await (const items of newestFirst) {
      for (const item of items) {
        for (const c of contributionsOf(item)) {
          const key = sourceKeyOf(c.source);
          const entry = latest.get(key);
          if (entry && entry.date !== item.sk) continue;
          const next = entry ?? { metric, source: c.source, sourceGroup: c.sourceGroup, date: item.sk as string, values: [], claimIds: [] };
          next.values.push(c.value);
          next.claimIds.push(c.claimId);
          latest.set(key, next);
        }
      }
      if ([...wanted].every((key) => latest.has(key))) break;
    }
    await this.table.db.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: latestTotalsKey(subject),
        UpdateExpression: 'SET #m = :totals',
        ExpressionAttributeNames: { '#m': `${CONTRIBUTION_PREFIX}${metric}` },
        ExpressionAttributeValues: { ':totals': [...latest.values()] },
      }),
    );
  }
}

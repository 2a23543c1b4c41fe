// The series, period and running-total rollups, kept at write time (docs/data-model.md, "Rollups").
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { bucketsEndingOn, periodBucketOf } from '../../aggregates/buckets.js';
import type { DatedFigures } from '../../aggregates/figure.js';
import { latestPerSource, sourcesWithTotals, totalSourceKey } from '../../aggregates/running-totals.js';
import type { StoredClaim } from '../../core/article.js';
import {
  CONTRIBUTION_PREFIX,
  END_TOTAL_PREFIX,
  LATEST_VERSION_PREFIX,
  LATEST_WRITTEN_PREFIX,
  REPORTED_PREFIX,
  latestTotalsKey,
  periodKey,
  seriesKey,
  totalsBySubject,
  totalsBySubjectSortKey,
  totalsKey,
} from '../keys.js';
import { decodeLatest, encodeFigure, figuresIn, type LatestEntries } from './items.js';
import { groupBy, ignoreConditionFailed, inParallel, type Key, type TableClient } from './table-client.js';

/** Totals items read per page when looking for each source's latest running total. */
const LATEST_TOTALS_PAGE = 25;

export const isRunningTotal = (claim: StoredClaim): boolean =>
  Boolean(claim.subject && claim.unit === 'count' && claim.period?.kind === 'cumulative' && claim.period.end);

/** A claim's share in one rollup item: the attribute named after it, and key attributes the item needs. */
interface Share {
  key: Key;
  attribute: string;
  index?: Record<string, string>;
}

/** Day claims go to their day; running totals to their date, and to the week or month that day ends; claims for exactly a week or month to it. */
function sharesOf(claim: StoredClaim): Share[] {
  const { subject, metric, period } = claim;
  if (!subject || claim.unit !== 'count' || !period) return [];
  if (period.kind === 'day') return period.start ? [{ key: seriesKey(subject, metric, period.start), attribute: `${CONTRIBUTION_PREFIX}${claim.id}` }] : [];
  if (isRunningTotal(claim)) {
    const date = period.end!;
    return [
      { key: totalsKey(subject, metric, date), attribute: `${CONTRIBUTION_PREFIX}${claim.id}`, index: { gsi2pk: totalsBySubject(subject), gsi2sk: totalsBySubjectSortKey(date, metric) } },
      ...bucketsEndingOn(date).map((granularity) => ({ key: periodKey(subject, metric, granularity, date), attribute: `${END_TOTAL_PREFIX}${claim.id}` })),
    ];
  }
  const bucket = periodBucketOf(period);
  return bucket ? [{ key: periodKey(subject, metric, bucket.granularity, bucket.end), attribute: `${REPORTED_PREFIX}${claim.id}` }] : [];
}

/**
 * Each claim's share is a top-level attribute named after it: `SET`/`REMOVE` of one needs no
 * read, is idempotent and cannot race with another claim's write.
 */
export class RollupWriter {
  constructor(private readonly table: TableClient) {}

  async add(claims: readonly StoredClaim[]) {
    await inParallel(
      claims.flatMap((claim) => sharesOf(claim).map((share) => ({ claim, share }))),
      ({ claim, share }) => {
        const index = Object.entries(share.index ?? {});
        return this.table.db.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: share.key,
            UpdateExpression: ['SET #c = :c, #n = :subjectMetric', ...index.map(([name]) => `${name} = :${name}`)].join(', '),
            ExpressionAttributeNames: { '#c': share.attribute, '#n': 'series' },
            ExpressionAttributeValues: { ':c': encodeFigure(claim), ':subjectMetric': `${claim.subject}#${claim.metric}`, ...Object.fromEntries(index.map(([name, value]) => [`:${name}`, value])) },
          }),
        );
      },
    );
  }

  async remove(claims: readonly StoredClaim[]) {
    await inParallel(
      claims.flatMap(sharesOf),
      (share) =>
        this.table.db
          .send(
            new UpdateCommand({
              TableName: this.table.name,
              Key: share.key,
              UpdateExpression: 'REMOVE #c',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#c': share.attribute },
            }),
          )
          .catch(ignoreConditionFailed),
    );
  }

  /**
   * After an article's running totals changed (`previous` → `claims`), brings each touched
   * metric's latest totals up to date. Each refresh first bumps the metric's counter, then reads
   * the totals and writes its entries only over ones computed under a lower counter: the refresh
   * that bumped last read after every share added before, and its entries are the ones left.
   */
  async refreshLatest(previous: readonly StoredClaim[], claims: readonly StoredClaim[]) {
    const bySubject = groupBy([...previous, ...claims].filter(isRunningTotal), (c) => c.subject!);
    await inParallel([...bySubject], async ([subject, touched]) => {
      const byMetric = groupBy(touched, (c) => c.metric);
      const metrics = [...byMetric.keys()];
      const { Attributes: latest = {} } = await this.table.db.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: latestTotalsKey(subject),
          UpdateExpression: `ADD ${metrics.map((_, i) => `#v${i} :one`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(metrics.map((metric, i) => [`#v${i}`, `${LATEST_VERSION_PREFIX}${metric}`])),
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      await inParallel(metrics, (metric) => {
        const stored = latest[`${CONTRIBUTION_PREFIX}${metric}`];
        const before = stored === undefined ? [] : decodeLatest(stored)?.all;
        // Entries of an older shape do not say which sources they held: read the whole history once.
        const sources = before && [...before.map((t) => t.source), ...byMetric.get(metric)!.map((c) => c.source)];
        return this.refreshLatestTotals(subject, metric, latest[`${LATEST_VERSION_PREFIX}${metric}`], sources);
      });
    });
  }

  /**
   * Reads the totals newest first only until every source that had or gets a total (`sources`) is
   * found again, in both views, so an ordinary write reads one short page, not the metric's history.
   */
  private async refreshLatestTotals(subject: string, metric: string, version: number, sources: Array<string | null> | undefined) {
    const wanted = sources ? [...new Set(sources.map(totalSourceKey))] : null;
    const read: DatedFigures[] = [];
    const newestFirst = this.table.pages({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': totalsKey(subject, metric, '').pk },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: LATEST_TOTALS_PAGE,
    });
    for await (const items of newestFirst) {
      read.push(...items.map((item) => ({ date: item.sk as string, figures: figuresIn(item) })));
      const [dated, all] = [sourcesWithTotals(read, false), sourcesWithTotals(read, true)];
      if (wanted?.every((key) => dated.has(key) && all.has(key))) break;
    }
    const entries: LatestEntries = { dated: latestPerSource(metric, read, false), all: latestPerSource(metric, read, true) };
    await this.table.db
      .send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: latestTotalsKey(subject),
          UpdateExpression: 'SET #c = :entries, #w = :version',
          ConditionExpression: 'attribute_not_exists(#w) OR #w < :version',
          ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${metric}`, '#w': `${LATEST_WRITTEN_PREFIX}${metric}` },
          ExpressionAttributeValues: { ':entries': JSON.stringify(entries), ':version': version },
        }),
      )
      .catch(ignoreConditionFailed);
  }
}


// The series, period and running-total rollups, kept at write time (docs/data-model.md, "Rollups").
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { bucketsEndingOn, periodBucketOf } from '../../aggregates/buckets.js';
import type { DatedFigures } from '../../aggregates/figure.js';
import { latestPerSource, sourcesWithTotals, totalSourceKey } from '../../aggregates/running-totals.js';
import type { StoredClaim } from '../../core/article.js';
import {
  CONTRIBUTION_PREFIX,
  END_TOTAL_PREFIX,
  MONTH_ITEM_PREFIX,
  MONTH_VERSION_ATTRIBUTE,
  monthShareName,
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
import { decodeLatest, encodeFigure, encodeMonthShare, monthFigures, type LatestEntries } from './items.js';
import { groupBy } from '../../shared/group-by.js';
import { ignoreConditionFailed, inParallel, type Key, type TableClient } from './table-client.js';
import { summarizeMonth } from './totals-summaries.js';

/** Totals month items read per page when looking for each source's latest running total. */
const LATEST_TOTALS_PAGE = 2;

export const isRunningTotal = (claim: StoredClaim): boolean =>
  Boolean(claim.subject && claim.unit === 'count' && claim.period?.kind === 'cumulative' && claim.period.end);

/** A claim's share in one rollup item: the attribute named after it, its value, and key attributes the item needs. */
interface Share {
  key: Key;
  attribute: string;
  value: string;
  index?: Record<string, string>;
  /** A totals month item, summarized after each change (totals-summaries.ts). */
  summary?: { subject: string; metric: string };
}

/**
 * Day claims go to their day's month item; running totals to their date's month item, and to the
 * week or month that day ends; claims for exactly a week or month to it.
 */
function sharesOf(claim: StoredClaim): Share[] {
  const { subject, metric, period } = claim;
  if (!subject || claim.unit !== 'count' || !period) return [];
  if (period.kind === 'day') return period.start ? [{ key: seriesKey(subject, metric, period.start), attribute: monthShareName(period.start, claim.id), value: encodeMonthShare(claim) }] : [];
  if (isRunningTotal(claim)) {
    const date = period.end!;
    return [
      {
        key: totalsKey(subject, metric, date),
        attribute: monthShareName(date, claim.id),
        value: encodeMonthShare(claim),
        index: { gsi2pk: totalsBySubject(subject), gsi2sk: totalsBySubjectSortKey(date, metric) },
        summary: { subject, metric },
      },
      ...bucketsEndingOn(date).map((granularity) => ({ key: periodKey(subject, metric, granularity, date), attribute: `${END_TOTAL_PREFIX}${claim.id}`, value: encodeFigure(claim) })),
    ];
  }
  const bucket = periodBucketOf(period);
  return bucket ? [{ key: periodKey(subject, metric, bucket.granularity, bucket.end), attribute: `${REPORTED_PREFIX}${claim.id}`, value: encodeFigure(claim) }] : [];
}

/**
 * Each claim's share is a top-level attribute named after it: `SET`/`REMOVE` of one needs no
 * read, is idempotent and cannot race with another claim's write.
 */
export class RollupWriter {
  constructor(private readonly table: TableClient) {}

  async add(claims: readonly StoredClaim[]) {
    await inParallel(claims.flatMap(sharesOf), (share) => {
      const index = Object.entries(share.index ?? {});
      const set = ['SET #c = :c', ...index.map(([name]) => `${name} = :${name}`)].join(', ');
      return this.update(share, {
        UpdateExpression: share.summary ? `${set} ADD #v :one` : set,
        ExpressionAttributeValues: { ':c': share.value, ...Object.fromEntries(index.map(([name, value]) => [`:${name}`, value])) },
      });
    });
  }

  async remove(claims: readonly StoredClaim[]) {
    await inParallel(claims.flatMap(sharesOf), (share) =>
      this.update(share, { UpdateExpression: share.summary ? 'REMOVE #c ADD #v :one' : 'REMOVE #c', ConditionExpression: 'attribute_exists(pk)' }).catch(ignoreConditionFailed),
    );
  }

  /** One share's change; a totals month item bumps its counter, returns what it now holds, and is summarized from that. */
  private async update(share: Share, change: { UpdateExpression: string; ConditionExpression?: string; ExpressionAttributeValues?: Record<string, unknown> }) {
    const values = { ...change.ExpressionAttributeValues, ...(share.summary ? { ':one': 1 } : {}) };
    const { Attributes } = await this.table.db.send(
      new UpdateCommand({
        TableName: this.table.name,
        Key: share.key,
        ...change,
        ExpressionAttributeNames: { '#c': share.attribute, ...(share.summary ? { '#v': MONTH_VERSION_ATTRIBUTE } : {}) },
        ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
        ReturnValues: share.summary ? 'ALL_NEW' : 'NONE',
      }),
    );
    if (share.summary && Attributes) await summarizeMonth(this.table, share.summary.subject, share.summary.metric, Attributes);
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
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :months)',
      ExpressionAttributeValues: { ':pk': totalsKey(subject, metric, '').pk, ':months': MONTH_ITEM_PREFIX },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: LATEST_TOTALS_PAGE,
    });
    for await (const items of newestFirst) {
      read.push(...items.flatMap((item) => monthFigures(item).reverse()));
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


// The month summaries of running totals (docs/data-model.md, "Rollups"): each metric's latest
// total per source within a month, derived from its totals month item at write time.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { latestPerSource } from '../../aggregates/running-totals.js';
import { CONTRIBUTION_PREFIX, totalsSummaryKey } from '../keys.js';
import { monthFigures, type LatestEntries } from './items.js';
import { ignoreConditionFailed, type Item, type TableClient } from './table-client.js';

/**
 * A summary is stored behind its month item's counter, zero-padded, so a condition can compare
 * two as strings: a summary computed from an older state of the month never replaces a newer one.
 */
const VERSION_WIDTH = 12;

export const decodeSummary = (stored: string): LatestEntries => JSON.parse(stored.slice(VERSION_WIDTH));

/** Writes the summary of one totals month item, as `month` (returned by the update that bumped its `version`) holds it. */
export async function summarizeMonth(table: TableClient, subject: string, metric: string, month: Item): Promise<void> {
  const newestFirst = monthFigures(month).reverse();
  const entries: LatestEntries = { dated: latestPerSource(metric, newestFirst, false), all: latestPerSource(metric, newestFirst, true) };
  const stored = `${String(month.version).padStart(VERSION_WIDTH, '0')}${JSON.stringify(entries)}`;
  await table.db
    .send(
      new UpdateCommand({
        TableName: table.name,
        Key: totalsSummaryKey(subject, month.sk.slice(-7)),
        UpdateExpression: 'SET #c = :c',
        ConditionExpression: 'attribute_not_exists(#c) OR #c < :c',
        ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${metric}` },
        ExpressionAttributeValues: { ':c': stored },
      }),
    )
    .catch(ignoreConditionFailed);
}

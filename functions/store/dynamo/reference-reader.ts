// Reads of the official series (verification, `officialSeries`, the workbench's overlay): year items, `reference-items.ts`.
import { referenceYearKey } from '../keys.js';
import { referenceItemKey, totalsOf } from './reference-items.js';
import type { TableClient } from './table-client.js';

/** The totals of these (metric, date) pairs, keyed `<metric>#<date>`: one BatchGetItem of their years (100 a request). */
export async function referenceTotals(table: TableClient, keys: ReadonlyArray<{ metric: string; date: string }>): Promise<Map<string, number>> {
  const items = await table.batchGet(keys.map((k) => referenceItemKey(k.metric, k.date)));
  return new Map(items.flatMap(totalsOf).map((t) => [`${t.metric}#${t.date}`, t.total]));
}

/** A metric's totals from `from` to `to`, in date order: one Query of the years between (ten years are 11 items). */
export async function referenceBetween(table: TableClient, metric: string, from: string, to: string): Promise<Array<{ date: string; total: number }>> {
  const items = await table.queryAll({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': referenceYearKey(metric, '').pk, ':from': referenceItemKey(metric, from).sk, ':to': referenceItemKey(metric, to).sk },
  });
  return items
    .flatMap(totalsOf)
    .filter((t) => t.date >= from && t.date <= to)
    .map(({ date, total }) => ({ date, total }));
}

// The API's reads: every one a GetItem, BatchGetItem or Query.
import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Article, StoredClaim } from '../../core/article.js';
import {
  ALL_CLAIMS_PARTITION,
  ARTICLES_PARTITION,
  ARTICLE_CLAIM_PREFIX,
  CONTRIBUTION_PREFIX,
  DEAD_LETTER_PARTITION,
  SOURCES_PARTITION,
  articleKey,
  claimKey,
  claimsBySubjectMetric,
  latestTotalsKey,
  seriesKey,
  END_TOTAL_PREFIX,
  REPORTED_PREFIX,
  periodKey,
  sourceKey,
  totalsBySubject,
  totalsBySubjectSortKey,
  totalsKey,
  totalsSummaryKey,
} from '../keys.js';
import type { PeriodGranularity } from '../../aggregates/buckets.js';
import type { DatedFigures } from '../../aggregates/figure.js';
import type { LatestTotal } from '../../aggregates/running-totals.js';
import type { PeriodEnd } from '../../aggregates/series.js';
import type { ArticleQuery, ClaimQuery, LedgerReader, MetricTotals, Page, SourceRecord } from '../read-port.js';
import type { DeadLetter } from '../write-port.js';
import { CLAIM_ATTRIBUTE, CLAIM_FILTERS, decodeLatest, figuresIn, monthFigures, prefixed, toArticle, toClaim, toSource } from './items.js';
import { loadArticleText } from './article-texts.js';
import { referenceBetween, referenceTotals } from './reference-reader.js';
import type { Item, Key, TableClient } from './table-client.js';
import { decodeSummary } from './totals-summaries.js';

const ARTICLE_LIST_INDEX = 'gsi1';
const CLAIMS_BY_SUBJECT_INDEX = 'gsi1';
const ALL_CLAIMS_INDEX = 'gsi2';
const SOURCE_LIST_INDEX = 'gsi1';
const TOTALS_BY_SUBJECT_INDEX = 'gsi2';
const PERIOD_SHARE_PREFIXES = [REPORTED_PREFIX, END_TOTAL_PREFIX];

/** Every claim of an article, read consistently (the writer replaces them from this). */
export async function articleClaims(table: TableClient, articleId: string): Promise<StoredClaim[]> {
  const items = await table.queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': ARTICLE_CLAIM_PREFIX },
    ConsistentRead: true,
  });
  return items.map(toClaim);
}

export class DynamoLedgerReader implements LedgerReader {
  constructor(private readonly table: TableClient) {}

  async batchGetArticles(ids: readonly string[]): Promise<Array<Article | null>> {
    const items = await this.table.batchGet(ids.map(articleKey));
    const byId = new Map(items.map((item) => [item.id as string, toArticle(item)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async batchGetClaims(ids: readonly string[]): Promise<Array<StoredClaim | null>> {
    const items = await this.table.batchGet(ids.map(claimKey));
    const byId = new Map(items.map((item) => toClaim(item)).map((claim) => [claim.id, claim]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  batchGetReference(keys: ReadonlyArray<{ metric: string; date: string }>): Promise<Map<string, number>> {
    return referenceTotals(this.table, keys);
  }

  referenceBetween(metric: string, from: string, to: string): Promise<Array<{ date: string; total: number }>> {
    return referenceBetween(this.table, metric, from, to);
  }

  loadText(articleId: string, sequencer: string): Promise<string | null> {
    return loadArticleText(this.table, articleId, sequencer);
  }

  async listArticles(query: ArticleQuery, limit: number, cursor?: string | null): Promise<Page<Article>> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':pk': ARTICLES_PARTITION };
    const names: Record<string, string> = {};
    if (query.status) {
      filters.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = query.status;
    }
    if (query.outlet) {
      filters.push('outlet = :outlet');
      values[':outlet'] = query.outlet;
    }
    const range = dateRange('gsi1sk', query.publishedFrom, query.publishedTo, values);
    return this.table.queryPage(
      {
        IndexName: ARTICLE_LIST_INDEX,
        KeyConditionExpression: `gsi1pk = :pk${range}`,
        FilterExpression: filters.length ? filters.join(' AND ') : undefined,
        ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
      },
      limit,
      cursor,
      toArticle,
    );
  }

  articleClaims(articleId: string): Promise<StoredClaim[]> {
    return articleClaims(this.table, articleId);
  }

  /** Claims by the date they are for, newest first: by subject and metric when both are given. */
  async queryClaims(query: ClaimQuery, limit: number, cursor?: string | null): Promise<Page<StoredClaim>> {
    const filter = claimFilter(query);
    if (query.articleId) {
      return this.table.queryPage(
        {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ...filter,
          ExpressionAttributeValues: { ...filter.ExpressionAttributeValues, ':pk': articleKey(query.articleId).pk, ':prefix': ARTICLE_CLAIM_PREFIX },
        },
        limit,
        cursor,
        toClaim,
      );
    }
    const values: Record<string, unknown> = { ...filter.ExpressionAttributeValues };
    const bySubject = Boolean(query.subject && query.metric);
    const [index, partition, pkName, skName] = bySubject
      ? [CLAIMS_BY_SUBJECT_INDEX, claimsBySubjectMetric(query.subject!, query.metric!), 'gsi1pk', 'gsi1sk']
      : [ALL_CLAIMS_INDEX, ALL_CLAIMS_PARTITION, 'gsi2pk', 'gsi2sk'];
    values[':pk'] = partition;
    const range = dateRange(skName, query.from, query.to, values);
    return this.table.queryPage(
      {
        IndexName: index,
        KeyConditionExpression: `${pkName} = :pk${range}`,
        ...filter,
        // Only the keys (for cursors) and the claim: the filter attributes are not read back.
        ProjectionExpression: `pk, sk, ${pkName}, ${skName}, #claim`,
        ExpressionAttributeNames: { ...filter.ExpressionAttributeNames, '#claim': CLAIM_ATTRIBUTE },
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
      },
      limit,
      cursor,
      toClaim,
    );
  }

  async seriesDays(subject: string, metric: string, from: string, to: string): Promise<DatedFigures[]> {
    return this.monthsBetween(seriesKey(subject, metric, from), seriesKey(subject, metric, to), from, to);
  }

  async periodEnds(subject: string, metric: string, granularity: PeriodGranularity, from: string, to: string): Promise<PeriodEnd[]> {
    const { pk } = periodKey(subject, metric, granularity, '');
    const items = await this.between(pk, `${granularity}#${from}`, `${granularity}#${to}`);
    return items.map((item) => ({
      end: (item.sk as string).slice(granularity.length + 1),
      reported: figuresIn(item, REPORTED_PREFIX),
      totals: figuresIn(item, END_TOTAL_PREFIX),
    }));
  }

  async totalsBetween(subject: string, metric: string, from: string, to: string): Promise<DatedFigures[]> {
    return this.monthsBetween(totalsKey(subject, metric, from), totalsKey(subject, metric, to), from, to);
  }

  async latestTotals(subject: string, includeUndated: boolean): Promise<LatestTotal[]> {
    const { Item } = await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: latestTotalsKey(subject) }));
    if (!Item) return [];
    return prefixed(Item, CONTRIBUTION_PREFIX).flatMap(([, encoded]) => decodeLatest(encoded)?.[includeUndated ? 'all' : 'dated'] ?? []);
  }

  async totalsInMonthOf(subject: string, asOf: string): Promise<MetricTotals[]> {
    const items = await this.table.queryAll({
      IndexName: TOTALS_BY_SUBJECT_INDEX,
      KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :month)',
      ExpressionAttributeValues: { ':pk': totalsBySubject(subject), ':month': totalsBySubjectSortKey(asOf, '') },
    });
    return items.flatMap((item) => {
      const metric = (item.gsi2sk as string).slice(totalsBySubjectSortKey(asOf, '').length);
      return monthFigures(item)
        .filter((totals) => totals.date <= asOf)
        .reverse()
        .map((totals) => ({ ...totals, metric }));
    });
  }

  async *monthlyLatestBefore(subject: string, asOf: string, includeUndated: boolean): AsyncIterable<LatestTotal[]> {
    const { pk, sk } = totalsSummaryKey(subject, asOf);
    const pages = this.table.pages({ KeyConditionExpression: 'pk = :pk AND sk < :month', ExpressionAttributeValues: { ':pk': pk, ':month': sk }, ScanIndexForward: false });
    for await (const items of pages) {
      yield items.flatMap((item) => prefixed(item, CONTRIBUTION_PREFIX).flatMap(([, stored]) => decodeSummary(stored)[includeUndated ? 'all' : 'dated']));
    }
  }

  async listSources(limit: number, cursor?: string | null): Promise<Page<SourceRecord>> {
    return this.table.queryPage(
      { IndexName: SOURCE_LIST_INDEX, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': SOURCES_PARTITION } },
      limit,
      cursor,
      toSource,
    );
  }

  async getSource(name: string): Promise<SourceRecord | null> {
    const { Item } = await this.table.db.send(new GetCommand({ TableName: this.table.name, Key: sourceKey(name) }));
    return Item ? toSource(Item) : null;
  }

  async deadLetters(limit: number, cursor?: string | null): Promise<Page<DeadLetter>> {
    return this.table.queryPage(
      { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': DEAD_LETTER_PARTITION }, ScanIndexForward: false },
      limit,
      cursor,
      (item) => ({
        messageId: item.messageId,
        bucket: item.bucket ?? null,
        key: item.key ?? null,
        error: item.error,
        receiveCount: item.receiveCount,
        at: item.at,
        body: item.body,
      }),
    );
  }

  /** The period items of one partition whose sort keys lie from..to and that still hold a share. */
  private async between(pk: string, from: string, to: string): Promise<Item[]> {
    const items = await this.table.queryAll({ KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to', ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to } });
    return items.filter((item) => Object.keys(item).some((name) => PERIOD_SHARE_PREFIXES.some((prefix) => name.startsWith(prefix))));
  }

  /** The figures of the month items from `first` to `last` (keys of one partition), on dates from..to, oldest first. */
  private async monthsBetween(first: Key, last: Key, from: string, to: string): Promise<DatedFigures[]> {
    const items = await this.table.queryAll({ KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to', ExpressionAttributeValues: { ':pk': first.pk, ':from': first.sk, ':to': last.sk } });
    return items.flatMap(monthFigures).filter((day) => day.date >= from && day.date <= to);
  }
}

function claimFilter(query: ClaimQuery): Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const field of CLAIM_FILTERS) {
    const value = query[field];
    if (!value) continue;
    names[`#${field}`] = field;
    conditions.push(`#${field} = :${field}`);
    values[`:${field}`] = value;
  }
  if (!conditions.length) return {};
  return { FilterExpression: conditions.join(' AND '), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

function dateRange(sortKey: string, from: string | null | undefined, to: string | null | undefined, values: Record<string, unknown>): string {
  if (!from && !to) return '';
  values[':from'] = from ?? '0000';
  values[':to'] = `${to ?? '9999'}#\uffff`;
  return ` AND ${sortKey} BETWEEN :from AND :to`;
}

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { compareSequencers, type Article, type StoredClaim } from '../core/article.js';
import {
  ALL_CLAIMS_PARTITION,
  ARTICLES_PARTITION,
  ARTICLE_CLAIM_PREFIX,
  CONTRIBUTION_PREFIX,
  DEAD_LETTER_PARTITION,
  SOURCES_PARTITION,
  articleKey,
  articleListSortKey,
  claimKey,
  claimListSortKey,
  claimsBySubjectMetric,
  latestTotalsKey,
  referenceFileKey,
  referenceKey,
  seriesKey,
  sourceKey,
  sourceMonthKey,
  totalsKey,
} from './keys.js';
import type { ArticleWriter, DeadLetter, DeadLetterLog, ReferencePoint, ReferenceWriter, WriteOutcome } from './store.js';

/** A claim's share of a rollup item: enough to compute consensus, ranges and counts. */
export interface Contribution {
  claimId: string;
  value: number;
  articleId: string;
  source: string | null;
  sourceGroup: string | null;
}

export interface RollupItem {
  /** The day or date of the item. */
  date: string;
  contributions: Contribution[];
}

export interface LatestTotal {
  metric: string;
  source: string | null;
  sourceGroup: string | null;
  date: string;
  values: number[];
  claimIds: string[];
}

export interface SourceRecord {
  name: string;
  group: string | null;
  claimCount: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Page<T> {
  items: T[];
  /** Opaque, one per item: pass one back to continue after that item. */
  cursors: string[];
  /** Where the next page starts, or null at the end of the data. */
  cursor: string | null;
}

export interface ClaimQuery {
  subject?: string | null;
  metric?: string | null;
  from?: string | null;
  to?: string | null;
  articleId?: string | null;
  kind?: string | null;
  unit?: string | null;
  periodKind?: string | null;
  source?: string | null;
  sourceGroup?: string | null;
}

/** Claim attributes a query can filter on beyond its key, stored as top-level attributes of the claim item. */
const CLAIM_FILTERS = ['kind', 'unit', 'periodKind', 'source', 'sourceGroup'] as const;

export interface ArticleQuery {
  publishedFrom?: string | null;
  publishedTo?: string | null;
  status?: string | null;
  outlet?: string | null;
}

const ARTICLE_LIST_INDEX = 'gsi1';
const CLAIMS_BY_SUBJECT_INDEX = 'gsi1';
const ALL_CLAIMS_INDEX = 'gsi2';
const SOURCE_LIST_INDEX = 'gsi1';
/** Totals items read per page when looking for each source's latest running total. */
const LATEST_TOTALS_PAGE = 25;
/** With a filter, items read per item wanted (at most FILTERED_READ_MAX): one Query usually fills a page. */
const FILTERED_READ_AHEAD = 4;
const FILTERED_READ_MAX = 1000;
/** Independent item writes of one article sent at once. */
const WRITE_CONCURRENCY = 10;
/** Sequencers are compared as strings in condition expressions, so they are stored left-padded. */
const SEQUENCER_WIDTH = 40;
const sortableSequencer = (sequencer: string) => sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');

const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
export const decodeCursor = (cursor: string | null | undefined): Record<string, unknown> | undefined => {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (key && typeof key === 'object' && !Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
};

export class InvalidCursorError extends Error {
  constructor() {
    super('the cursor is not one this API gave out');
  }
}

/**
 * The DynamoDB adapter: the ingest's writes (idempotent, ordered by sequencer) and the API's
 * reads (every one a Get, BatchGet or Query).
 */
export class DynamoStore implements ArticleWriter, ReferenceWriter, DeadLetterLog {
  private readonly db: DynamoDBDocumentClient;
  private readonly table: string;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.db = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.table = options.tableName;
  }

  // ------------------------------------------------------------------------------ writes

  async getArticle(id: string): Promise<Article | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: articleKey(id), ConsistentRead: true }));
    return Item ? toArticle(Item) : null;
  }

  async saveArticle(article: Article, claims: StoredClaim[]): Promise<WriteOutcome> {
    if (await this.isStale(article.id, article.sequencer)) return 'stale';
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

  async saveReference(key: string, points: ReferencePoint[]): Promise<void> {
    for (const batch of chunks(points, 25)) {
      await this.batchWrite(batch.map((p) => ({ PutRequest: { Item: { ...referenceKey(p.metric, p.date), total: p.total, file: key } } })));
    }
    await this.db.send(
      new PutCommand({ TableName: this.table, Item: { ...referenceFileKey(key), key, points: points.length, importedAt: new Date().toISOString() } }),
    );
  }

  async recordDeadLetter(entry: DeadLetter): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.table, Item: { pk: DEAD_LETTER_PARTITION, sk: `${entry.at}#${entry.messageId}`, ...entry } }),
    );
  }

  private async isStale(id: string, sequencer: string): Promise<boolean> {
    const existing = await this.getArticle(id);
    return existing !== null && compareSequencers(existing.sequencer, sequencer) > 0;
  }

  private async putArticle(article: Article): Promise<WriteOutcome> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
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
    const previous = await this.articleClaims(articleId);
    const keep = new Set(claims.map((c) => c.id));
    await inParallel(previous, (old) => this.removeContributions(old));
    await this.updateSources(articleId, previous, claims);
    const stale = previous.filter((c) => !keep.has(c.id));
    for (const batch of chunks(stale, 25)) await this.batchWrite(batch.map((c) => ({ DeleteRequest: { Key: claimKey(c.id) } })));
    for (const batch of chunks(claims, 25)) await this.batchWrite(batch.map((c) => ({ PutRequest: { Item: claimItem(c) } })));
    await inParallel(claims, (claim) => this.addContributions(claim));
    const touchedTotals = groupBy([...previous, ...claims].filter(isRunningTotal), (c) => `${c.subject}\u0000${c.metric}`);
    // Each subject's latest totals are one item: read it once, for all its metrics.
    const subjects = [...new Set([...touchedTotals.keys()].map((key) => key.split('\u0000')[0]!))];
    const current = new Map(
      await Promise.all(
        subjects.map(async (subject) => {
          const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: latestTotalsKey(subject), ConsistentRead: true }));
          return [subject, Item] as const;
        }),
      ),
    );
    await inParallel([...touchedTotals], ([key, touched]) => {
      const [subject, metric] = key.split('\u0000') as [string, string];
      const before = (current.get(subject)?.[`${CONTRIBUTION_PREFIX}${metric}`] ?? []) as LatestTotal[];
      return this.refreshLatestTotals(subject, metric, [...before.map((t) => t.source), ...touched.map((c) => c.source)]);
    });
  }

  private rollupKeys(claim: StoredClaim): Array<Record<string, string>> {
    if (!claim.subject || claim.unit !== 'count' || !claim.period) return [];
    if (claim.period.kind === 'day' && claim.period.start) return [seriesKey(claim.subject, claim.metric, claim.period.start)];
    if (isRunningTotal(claim)) return [totalsKey(claim.subject!, claim.metric, claim.period.end!)];
    return [];
  }

  private async addContributions(claim: StoredClaim) {
    for (const key of this.rollupKeys(claim)) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET #c = :c, #n = :subjectMetric',
          ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${claim.id}`, '#n': 'series' },
          ExpressionAttributeValues: {
            ':c': encodeContribution(claim),
            ':subjectMetric': `${claim.subject}#${claim.metric}`,
          },
        }),
      );
    }
  }

  private async removeContributions(claim: StoredClaim) {
    for (const key of this.rollupKeys(claim)) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'REMOVE #c',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${claim.id}` },
        }),
      ).catch(ignoreMissing);
    }
  }

  /**
   * A source counts, per article, how many claims it made and over which dates. The per-article
   * shares live in one item per month of publication, so no item outgrows DynamoDB's 400 KB;
   * the source item holds each month's sums (`m:<month>`), so reading a source is one GetItem.
   */
  private async updateSources(articleId: string, previous: StoredClaim[], claims: StoredClaim[]) {
    const bySource = groupBy(claims.filter((c) => c.source), (c) => c.source!);
    // All claims of an article carry the same publication date; it may differ from the last ingest's.
    const published = (list: StoredClaim[]) => list[0]?.article.published ?? null;
    const names = new Set([...previous.map((c) => c.source), ...bySource.keys()].filter((s): s is string => Boolean(s)));
    await inParallel([...names], async (name) => {
      const mine = bySource.get(name) ?? [];
      const [previousMonth, month] = [sourceMonthKey(name, published(previous)), sourceMonthKey(name, published(claims))];
      const moved = mine.length === 0 || previousMonth.sk !== month.sk;
      if (moved && previous.some((c) => c.source === name)) await this.setSourceShare(name, previousMonth, articleId, null);
      if (mine.length === 0) return;
      const dates = mine.map((c) => c.period?.end ?? c.period?.start ?? c.article.published);
      await this.setSourceShare(name, month, articleId, [mine.length, earliest(dates), latest(dates)], mine[0]!.sourceGroup);
    });
  }

  /**
   * Sets (or, with null, removes) an article's share in a source's month item, then writes the
   * month's new sums into the source item. Every change to a month item bumps its version, and
   * the sums are written only over older ones, so concurrent writers leave the newest sums.
   */
  private async setSourceShare(name: string, monthKey: { pk: string; sk: string }, articleId: string, share: SourceShare | null, group?: string | null) {
    const updated = await this.db
      .send(
        new UpdateCommand({
          TableName: this.table,
          Key: monthKey,
          ...(share
            ? { UpdateExpression: 'SET #c = :share ADD version :one', ExpressionAttributeValues: { ':share': JSON.stringify(share), ':one': 1 } }
            : { UpdateExpression: 'REMOVE #c ADD version :one', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':one': 1 } }),
          ExpressionAttributeNames: { '#c': `${CONTRIBUTION_PREFIX}${articleId}` },
          ReturnValues: 'ALL_NEW',
        }),
      )
      .catch(ignoreMissing);
    if (!updated?.Attributes) return;
    const shares = prefixed(updated.Attributes, CONTRIBUTION_PREFIX).map(([, encoded]) => JSON.parse(encoded) as SourceShare);
    const sums: SourceMonth = {
      version: updated.Attributes.version,
      ...sumOf(shares.map(([claims, first, last]) => ({ claims, articles: 1, first, last }))),
    };
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.table,
          Key: sourceKey(name),
          // A removal leaves the side as it was: only a claim says which side a source is on.
          UpdateExpression: `SET #m = :sums, #name = :name, gsi1pk = :list, gsi1sk = :name${share ? ', #group = :group' : ''}`,
          ConditionExpression: 'attribute_not_exists(#m) OR #m.version < :version',
          ExpressionAttributeNames: { '#m': `${SOURCE_MONTH_PREFIX}${monthKey.sk}`, '#name': 'name', ...(share ? { '#group': 'group' } : {}) },
          ExpressionAttributeValues: { ':sums': sums, ':version': sums.version, ':name': name, ':list': SOURCES_PARTITION, ...(share ? { ':group': group ?? null } : {}) },
        }),
      )
      .catch(ignoreMissing);
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
    const newestFirst = this.pages({
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
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: latestTotalsKey(subject),
        UpdateExpression: 'SET #m = :totals',
        ExpressionAttributeNames: { '#m': `${CONTRIBUTION_PREFIX}${metric}` },
        ExpressionAttributeValues: { ':totals': [...latest.values()] },
      }),
    );
  }

  private async batchWrite(requests: Array<Record<string, unknown>>) {
    let pending: Array<Record<string, unknown>> | undefined = requests;
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.table]: pending as never } }));
      pending = result.UnprocessedItems?.[this.table] as Array<Record<string, unknown>> | undefined;
      if (attempt > 8 && pending?.length) throw new Error(`DynamoDB left ${pending.length} writes unprocessed`);
    }
  }

  // ------------------------------------------------------------------------------ reads

  async batchGetArticles(ids: readonly string[]): Promise<Array<Article | null>> {
    const items = await this.batchGet(ids.map(articleKey));
    const byId = new Map(items.map((item) => [item.id as string, toArticle(item)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async batchGetClaims(ids: readonly string[]): Promise<Array<StoredClaim | null>> {
    const items = await this.batchGet(ids.map(claimKey));
    const byId = new Map(items.map((item) => toClaim(item)).map((claim) => [claim.id, claim]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async batchGetReference(keys: ReadonlyArray<{ metric: string; date: string }>): Promise<Map<string, number>> {
    const items = await this.batchGet(keys.map((k) => referenceKey(k.metric, k.date)));
    return new Map(items.map((item) => [`${(item.pk as string).slice('REFERENCE#'.length)}#${item.sk as string}`, item.total as number]));
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
    return this.queryPage(
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

  async articleClaims(articleId: string): Promise<StoredClaim[]> {
    const claims: StoredClaim[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<StoredClaim> = await this.queryPage(
        {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': ARTICLE_CLAIM_PREFIX },
          ConsistentRead: true,
        },
        1000,
        cursor,
        toClaim,
      );
      claims.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return claims;
  }

  /** Claims by the date they are for, newest first: by subject and metric when both are given. */
  async queryClaims(query: ClaimQuery, limit: number, cursor?: string | null): Promise<Page<StoredClaim>> {
    const filter = claimFilter(query);
    if (query.articleId) {
      return this.queryPage(
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
    return this.queryPage(
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

  async seriesDays(subject: string, metric: string, from: string, to: string): Promise<RollupItem[]> {
    const { pk } = seriesKey(subject, metric, '');
    return this.rollups({ ':pk': pk, ':from': `DAY#${from}`, ':to': `DAY#${to}` }, (sk) => sk.slice('DAY#'.length));
  }

  async totalsBetween(subject: string, metric: string, from: string, to: string): Promise<RollupItem[]> {
    const { pk } = totalsKey(subject, metric, '');
    return this.rollups({ ':pk': pk, ':from': from, ':to': to }, (sk) => sk);
  }

  async latestTotals(subject: string): Promise<LatestTotal[]> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: latestTotalsKey(subject) }));
    if (!Item) return [];
    return prefixed(Item, CONTRIBUTION_PREFIX).flatMap(([, totals]) => totals as LatestTotal[]);
  }

  async listSources(limit: number, cursor?: string | null): Promise<Page<SourceRecord>> {
    return this.queryPage(
      { IndexName: SOURCE_LIST_INDEX, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': SOURCES_PARTITION } },
      limit,
      cursor,
      toSource,
    );
  }

  async getSource(name: string): Promise<SourceRecord | null> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.table, Key: sourceKey(name) }));
    return Item ? toSource(Item) : null;
  }

  async deadLetters(limit: number, cursor?: string | null): Promise<Page<DeadLetter>> {
    return this.queryPage(
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

  private async rollups(values: Record<string, string>, dateOf: (sk: string) => string): Promise<RollupItem[]> {
    const out: RollupItem[] = [];
    for await (const items of this.pages({ KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to', ExpressionAttributeValues: values })) {
      for (const item of items) {
        const contributions = contributionsOf(item);
        if (contributions.length) out.push({ date: dateOf(item.sk as string), contributions });
      }
    }
    return out;
  }

  /** The pages of one Query, in order, for as long as the caller reads on. */
  private async *pages(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): AsyncGenerator<Array<Record<string, any>>> {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }));
      yield page.Items ?? [];
      start = page.LastEvaluatedKey;
    } while (start);
  }

  private async queryPage<T>(
    input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
    limit: number,
    cursor: string | null | undefined,
    map: (item: Record<string, any>) => T,
  ): Promise<Page<T>> {
    const items: T[] = [];
    const cursors: string[] = [];
    const keyNames = ['pk', 'sk', ...(input.IndexName ? [`${input.IndexName}pk`, `${input.IndexName}sk`] : [])];
    let start = decodeCursor(cursor);
    const keyOf = (item: Record<string, any>) => Object.fromEntries(keyNames.map((k) => [k, item[k]]));
    // A filter can leave a page short: read ahead, keep reading until the page is full or the
    // data ends, and resume after the last item kept.
    const filtered = Boolean(input.FilterExpression);
    do {
      const wanted = limit - items.length;
      const result = await this.db.send(
        new QueryCommand({
          ...input,
          TableName: this.table,
          Limit: filtered ? Math.min(FILTERED_READ_MAX, wanted * FILTERED_READ_AHEAD) : wanted,
          ExclusiveStartKey: start,
        }),
      );
      const found = result.Items ?? [];
      for (const item of found.slice(0, wanted)) {
        items.push(map(item));
        cursors.push(encodeCursor(keyOf(item))!);
      }
      start = found.length > wanted ? keyOf(found[wanted - 1]!) : result.LastEvaluatedKey;
    } while (start && items.length < limit && filtered);
    return { items, cursors, cursor: encodeCursor(start) };
  }

  private async batchGet(keys: Array<Record<string, string>>): Promise<Array<Record<string, any>>> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
    const items: Array<Record<string, any>> = [];
    for (const batch of chunks(unique, 100)) {
      let pending: Array<Record<string, string>> | undefined = batch;
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        const result = await this.db.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending } } }));
        items.push(...(result.Responses?.[this.table] ?? []));
        pending = result.UnprocessedKeys?.[this.table]?.Keys as Array<Record<string, string>> | undefined;
      }
    }
    return items;
  }
}

// ------------------------------------------------------------------------------ mapping

const isRunningTotal = (claim: StoredClaim): boolean =>
  Boolean(claim.subject && claim.unit === 'count' && claim.period?.kind === 'cumulative' && claim.period.end);

/**
 * A claim item holds the claim as one JSON string, with copies of what queries filter on as
 * top-level attributes. One attribute value instead of twenty makes a page of claims cheaper to
 * read and unmarshal (in DynamoDB Local, several times faster).
 */
function claimItem(claim: StoredClaim): Record<string, unknown> {
  return {
    ...claimKey(claim.id),
    kind: claim.kind,
    unit: claim.unit,
    periodKind: claim.period?.kind,
    source: claim.source,
    sourceGroup: claim.sourceGroup,
    [CLAIM_ATTRIBUTE]: JSON.stringify(claim),
    gsi1pk: claimsBySubjectMetric(claim.subject, claim.metric),
    gsi1sk: claimListSortKey(claim),
    gsi2pk: ALL_CLAIMS_PARTITION,
    gsi2sk: claimListSortKey(claim),
  };
}

const STORAGE_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'sequencerKey']);
const strip = (item: Record<string, any>) => Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_ATTRIBUTES.has(k)));
const toArticle = (item: Record<string, any>): Article => strip(item) as Article;
const CLAIM_ATTRIBUTE = 'claim';
const toClaim = (item: Record<string, any>): StoredClaim => JSON.parse(item[CLAIM_ATTRIBUTE]);

/** An article's share of a source's month: its claim count and first and last dates, as a JSON array. */
type SourceShare = [claims: number, first: string | null, last: string | null];
/** Claims and articles counted, with the first and last dates they cover: an article's share, a month, a source. */
interface Tally {
  claims: number;
  articles: number;
  first: string | null;
  last: string | null;
}
/** A source month's sums, kept on the source item. */
type SourceMonth = Tally & { version: number };
const SOURCE_MONTH_PREFIX = 'm:';

const earliest = (dates: Array<string | null>): string | null => dates.reduce<string | null>((min, d) => (d && (!min || d < min) ? d : min), null);
const latest = (dates: Array<string | null>): string | null => dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
const sumOf = (tallies: Tally[]): Tally => ({
  claims: tallies.reduce((sum, t) => sum + t.claims, 0),
  articles: tallies.reduce((sum, t) => sum + t.articles, 0),
  first: earliest(tallies.map((t) => t.first)),
  last: latest(tallies.map((t) => t.last)),
});

/** The attributes whose names start with a prefix (rollup shares, month sums): [the rest of the name, value]. */
const prefixed = (item: Record<string, any>, prefix: string): Array<[string, any]> =>
  Object.entries(item)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name.slice(prefix.length), value]);

function toSource(item: Record<string, any>): SourceRecord {
  const total = sumOf(prefixed(item, SOURCE_MONTH_PREFIX).map(([, sums]) => sums as SourceMonth));
  return {
    name: item.name,
    group: item.group ?? null,
    claimCount: total.claims,
    articleCount: total.articles,
    firstDate: total.first,
    lastDate: total.last,
  };
}

/** A contribution is stored as one JSON array string, not a map: one attribute value to read instead of five. */
const encodeContribution = (claim: StoredClaim): string => JSON.stringify([claim.value, claim.articleId, claim.source, claim.sourceGroup]);

function contributionsOf(item: Record<string, any>): Contribution[] {
  return prefixed(item, CONTRIBUTION_PREFIX).map(([claimId, encoded]) => {
    const [value, articleId, source, sourceGroup] = JSON.parse(encoded);
    return { claimId, value, articleId, source, sourceGroup };
  });
}

function emptyArticle(id: string): Article {
  return {
    id,
    bucket: '',
    key: id,
    status: 'DELETED',
    error: null,
    warnings: [],
    title: null,
    outlet: null,
    published: null,
    publishedFrom: null,
    format: null,
    size: 0,
    etag: null,
    sequencer: '0',
    claimCount: 0,
    ingestedAt: '',
  };
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

/** A write whose condition failed (the item is gone, or holds newer data) is skipped. */
const ignoreMissing = (error: Error): undefined => {
  if (error.name !== 'ConditionalCheckFailedException') throw error;
  return undefined;
};

/** Runs `task` over `items`, a bounded number at a time: independent writes of one article. */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (const batch of chunks(items, WRITE_CONCURRENCY)) await Promise.all(batch.map(task));
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDateGuessed, type Article, type StoredClaim } from '../core/article.js';
import { WAR_START } from '../core/claim.js';
import { addDays, isIsoDate } from '../core/calendar.js';
import { InvalidCursorError, type ClaimQuery, type Page } from '../store/read-port.js';
import { referenceDatesFor, verify, type VerificationResult } from '../verification/verify.js';
import { buildSeries, consensus, findDisagreements } from './aggregates.js';
import type { ApiContext } from './context.js';
import { fromEnum, toEnum } from './enums.js';
import type { ClaimFilter, Resolvers } from './generated/resolvers.js';
import { pageSize } from './limits.js';
import { officialBuckets } from './official-series.js';
import type { ArticleModel, DisagreementModel, RunningTotalModel } from './models.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badInput(`"${String(value)}" is not a date: use YYYY-MM-DD, e.g. 2024-10-25`);
  return value;
}

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The longest range a series may span, so one request stays cheap. */
const MAX_SERIES_DAYS = 3700;

function checkRange(from: string, to: string, maxDays?: number) {
  if (from > to) throw badInput(`"from" (${from}) is after "to" (${to})`);
  if (maxDays && (Date.parse(to) - Date.parse(from)) / 86_400_000 > maxDays) throw badInput(`the range may span at most ${maxDays} days`);
}

async function connection<T>(load: () => Promise<Page<T>>) {
  let page: Page<T>;
  try {
    page = await load();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badInput(error.message);
    throw error;
  }
  return {
    edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    pageInfo: { hasNextPage: page.cursor !== null, endCursor: page.cursor ?? page.cursors[page.cursors.length - 1] ?? null },
  };
}

async function verificationOf(claim: StoredClaim, context: ApiContext): Promise<VerificationResult | null> {
  const dates = referenceDatesFor(claim);
  if (dates.length === 0) return null;
  const totals = await context.reference.loadMany(dates.map((date) => `${claim.metric}#${date}`));
  const byDate = new Map(dates.map((date, i) => [date, typeof totals[i] === 'number' ? (totals[i] as number) : undefined]));
  return verify(claim, (date) => byDate.get(date));
}

/** Filters the store cannot apply in its key conditions. */
function storeQuery(filter: ClaimFilter | null | undefined): ClaimQuery {
  return {
    subject: filter?.subject,
    metric: filter?.metric ? fromEnum(filter.metric) : null,
    from: filter?.from,
    to: filter?.to,
    articleId: filter?.articleId,
    kind: filter?.kind ? fromEnum(filter.kind) : null,
    unit: filter?.unit ? fromEnum(filter.unit) : null,
    periodKind: filter?.periodKind ? fromEnum(filter.periodKind) : null,
    source: filter?.source,
    sourceGroup: filter?.sourceGroup ? fromEnum(filter.sourceGroup) : null,
  };
}

/** The claims page, with the computed `verification` filter applied over as many store pages as it takes (bounded). */
async function claimsPage(context: ApiContext, filter: ClaimFilter | null | undefined, size: number, after: string | null | undefined): Promise<Page<StoredClaim>> {
  const query = storeQuery(filter);
  if (!filter?.verification) return context.store.queryClaims(query, size, after);
  const items: StoredClaim[] = [];
  const cursors: string[] = [];
  let cursor = after ?? null;
  for (let round = 0; round < 10 && items.length < size; round++) {
    const page = await context.store.queryClaims(query, size, cursor);
    for (const [i, claim] of page.items.entries()) {
      if (items.length < size && (await verificationOf(claim, context))?.status === filter.verification) {
        items.push(claim);
        cursors.push(page.cursors[i]!);
      }
    }
    cursor = page.cursor;
    if (!cursor) break;
  }
  return { items, cursors, cursor: items.length === size ? cursors[cursors.length - 1]! : cursor };
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    article: (_, { id }, context) => context.articles.load(id),
    articles: (_, { filter, first, after }, context) =>
      connection(() =>
        context.store.listArticles(
          { ...filter, status: filter?.status ?? null, publishedFrom: filter?.publishedFrom, publishedTo: filter?.publishedTo },
          pageSize(first),
          after,
        ),
      ),
    claims: (_, { filter, first, after }, context) => connection(() => claimsPage(context, filter, pageSize(first), after)),
    sources: (_, { first, after }, context) => connection(() => context.store.listSources(pageSize(first), after)),
    source: (_, { name }, context) => context.store.getSource(name),
    series: async (_, { subject, metric, granularity, from, to, sourceGroup }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const days = await context.store.seriesDays(subject, fromEnum(metric), from, to);
      return buildSeries(days, granularity ?? 'DAY', from, to, sourceGroup ? fromEnum(sourceGroup) : null);
    },
    latestTotals: async (_, { subject, asOf, sourceGroup }, context) => {
      const group = sourceGroup ? fromEnum(sourceGroup) : null;
      const latest = await context.store.latestTotals(subject);
      let totals: RunningTotalModel[];
      if (!asOf || latest.every((t) => t.date <= asOf)) {
        totals = latest.map((t) => ({ ...t, value: consensusOfValues(t.values) }));
      } else {
        // As of an earlier date: one Query per metric, over that metric's running totals up to the date.
        const metrics = [...new Set(latest.map((t) => t.metric))];
        const perMetric = await Promise.all(metrics.map((metric) => context.store.totalsBetween(subject, metric, WAR_START, asOf)));
        totals = metrics.flatMap((metric, i) => latestPerSource(metric, perMetric[i]!));
      }
      return totals.filter((t) => !group || t.sourceGroup === group).sort((a, b) => a.metric.localeCompare(b.metric) || (a.source ?? '').localeCompare(b.source ?? ''));
    },
    disagreements: async (_, { subject, metric, from, to }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const name = fromEnum(metric);
      const [days, totals] = await Promise.all([context.store.seriesDays(subject, name, from, to), context.store.totalsBetween(subject, name, from, to)]);
      const asModel = (periodKind: DisagreementModel['periodKind']) => (g: ReturnType<typeof findDisagreements>[number]): DisagreementModel => ({
        metric: name,
        periodKind,
        ...g,
      });
      return [...findDisagreements(days).map(asModel('day')), ...findDisagreements(totals).map(asModel('cumulative'))];
    },
    officialSeries: async (_, { metric, granularity, from, to }, context) => {
      checkRange(from, to, MAX_SERIES_DAYS);
      const points = await context.store.referenceBetween(fromEnum(metric), addDays(from, -1), to);
      return officialBuckets(points, granularity ?? 'DAY', from, to);
    },
    deadLetters: (_, { first, after }, context) => connection(() => context.store.deadLetters(pageSize(first), after)),
  },
  Article: {
    status: fromArticle((article) => article.status),
    error: fromArticle((article) => article.error),
    warnings: fromArticle((article) => article.warnings),
    publishedFrom: fromArticle((article) => article.publishedFrom),
    publishedGuessed: fromArticle(isDateGuessed),
    format: fromArticle((article) => (article.format ? (toEnum(article.format) as 'TEXT') : null)),
    language: fromArticle((article) => article.language ?? null),
    bucket: fromArticle((article) => article.bucket),
    key: fromArticle((article) => article.key),
    size: fromArticle((article) => article.size),
    claimCount: fromArticle((article) => article.claimCount),
    ingestedAt: fromArticle((article) => article.ingestedAt),
    claims: (article, _, context) => context.articleClaims.load(article.id),
    text: async (model, _, context) => {
      const article = 'status' in model ? model : await context.articles.load(model.id);
      return article?.status === 'INGESTED' ? context.store.loadText(article.id, article.sequencer) : null;
    },
  },
  Claim: {
    metrics: (claim) => claim.metric.split('+').map((m) => toEnum(m) as 'PERSONNEL'),
    unit: (claim) => toEnum(claim.unit) as 'COUNT',
    qualifier: (claim) => toEnum(claim.qualifier) as 'EXACT',
    kind: (claim) => toEnum(claim.kind) as 'LOSS',
    period: (claim) => (claim.period ? { ...claim.period, kind: toEnum(claim.period.kind) as 'DAY' } : null),
    sourceGroup: (claim) => (claim.sourceGroup ? (toEnum(claim.sourceGroup) as 'UA') : null),
    // Claims stored before evidence existed have none.
    evidence: (claim) => (claim.evidence ?? []).map((e) => ({ ...e, attribute: toEnum(e.attribute) as 'SUBJECT' })),
    article: (claim) => ({ id: claim.articleId, ...claim.article }),
    verification: async (claim, _, context) => (await verificationOf(claim, context))?.status ?? null,
    officialValue: async (claim, _, context) => (await verificationOf(claim, context))?.officialValue ?? null,
  },
  Source: {
    sourceGroup: (source) => (source.group ? (toEnum(source.group) as 'UA') : null),
  },
  RunningTotal: {
    sourceGroup: (total) => (total.sourceGroup ? (toEnum(total.sourceGroup) as 'UA') : null),
    claims: async (total, _, context) => (await context.claimsById.loadMany(total.claimIds)).filter(isClaim),
  },
  Disagreement: {
    periodKind: (d) => toEnum(d.periodKind) as 'DAY',
    sourceGroup: (d) => (d.sourceGroup ? (toEnum(d.sourceGroup) as 'UA') : null),
    claims: async (d, _, context) => (await context.claimsById.loadMany(d.claimIds)).filter(isClaim),
  },
};

/**
 * A field the summary a claim carries of its article lacks: read from the article, loaded (in
 * one batch for the whole response) when the resolver started from a summary.
 */
function fromArticle<T>(field: (article: Article) => T) {
  return async (model: ArticleModel, _args: unknown, context: ApiContext): Promise<T> => {
    const article = 'status' in model ? model : await context.articles.load(model.id);
    if (!article) throw new GraphQLError(`article ${model.id} no longer exists`);
    return field(article);
  };
}

const isClaim = (claim: StoredClaim | null | Error): claim is StoredClaim => Boolean(claim) && !(claim instanceof Error);

const consensusOfValues = (values: number[]): number =>
  consensus(values.map((value, i) => ({ claimId: String(i), value, articleId: String(i), source: null, sourceGroup: null })))!;

function latestPerSource(metric: string, items: Awaited<ReturnType<ApiContext['store']['totalsBetween']>>): RunningTotalModel[] {
  const latest = new Map<string, RunningTotalModel>();
  for (const item of [...items].reverse()) {
    for (const c of item.contributions) {
      const key = c.source ?? '-';
      const entry = latest.get(key);
      if (entry && entry.date !== item.date) continue;
      const next = entry ?? { metric, source: c.source, sourceGroup: c.sourceGroup, date: item.date, values: [], claimIds: [], value: 0 };
      next.values.push(c.value);
      next.claimIds.push(c.claimId);
      next.value = consensusOfValues(next.values);
      latest.set(key, next);
    }
  }
  return [...latest.values()];
}

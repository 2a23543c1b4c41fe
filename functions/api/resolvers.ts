import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDateGuessed, type Article, type StoredClaim } from '../core/article.js';
import { isIsoDate } from '../core/calendar.js';
import { InvalidCursorError, type ClaimQuery, type Page } from '../store/read-port.js';
import { referenceDatesFor, verify, type VerificationResult } from '../verification/verify.js';
import { aggregateResolvers } from './aggregates.js';
import type { ApiContext } from './context.js';
import { fromEnum, toEnum } from './enums.js';
import type { ClaimFilter, Resolvers } from './generated/resolvers.js';
import { badInput } from './inputs.js';
import { pageSize } from './limits.js';
import type { ArticleModel } from './models.js';

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
    ...aggregateResolvers.Query,
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
  Series: aggregateResolvers.Series,
  RunningTotal: aggregateResolvers.RunningTotal,
  Figure: aggregateResolvers.Figure,
  Disagreement: aggregateResolvers.Disagreement,
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

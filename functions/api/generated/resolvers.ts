import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Article as ArticleModel, StoredClaim as ClaimModel } from '../../core/article.js';
import type { SourceRecord as SourceModel } from '../../store/dynamo-store.js';
import type { RunningTotalModel, DisagreementModel } from '../models.js';
import type { DeadLetter as DeadLetterModel } from '../../store/store.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

export type Article = {
  __typename?: 'Article';
  /** Where the file lives. */
  bucket: Scalars['String']['output'];
  claimCount: Scalars['Int']['output'];
  claims: Array<Claim>;
  /** Why the article could not be read, when status is FAILED. */
  error: Maybe<Scalars['String']['output']>;
  format: Maybe<ArticleFormat>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['String']['output'];
  key: Scalars['String']['output'];
  outlet: Maybe<Scalars['String']['output']>;
  published: Maybe<Scalars['Date']['output']>;
  /** Where the publication date came from: metadata, html, dateline or uploadTime (a guess). */
  publishedFrom: Maybe<Scalars['String']['output']>;
  size: Scalars['Int']['output'];
  status: ArticleStatus;
  title: Maybe<Scalars['String']['output']>;
  warnings: Array<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  outlet?: InputMaybe<Scalars['String']['input']>;
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ArticleStatus>;
};

export type ArticleFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'TEXT';

export type ArticleStatus =
  | 'DELETED'
  | 'FAILED'
  | 'INGESTED';

export type Claim = {
  __typename?: 'Claim';
  article: Maybe<Article>;
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  /** The metric as extracted; several categories counted together are joined with +. */
  metric: Scalars['String']['output'];
  metrics: Array<Metric>;
  /** The official figure the claim was compared with. */
  officialValue: Maybe<Scalars['Float']['output']>;
  period: Maybe<Period>;
  qualifier: Qualifier;
  /** The sentence the figure was read from, verbatim. */
  quote: Scalars['String']['output'];
  quoteEnd: Scalars['Int']['output'];
  quoteStart: Scalars['Int']['output'];
  source: Maybe<Scalars['String']['output']>;
  sourceGroup: Maybe<SourceGroup>;
  subject: Maybe<Scalars['String']['output']>;
  unit: Unit;
  value: Scalars['Float']['output'];
  valueMax: Maybe<Scalars['Float']['output']>;
  /** For General Staff / Ministry of Defence of Ukraine figures: the check against the official series. */
  verification: Maybe<Verification>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  articleId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims whose period ends on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<ClaimKind>;
  metric?: InputMaybe<Metric>;
  periodKind?: InputMaybe<PeriodKind>;
  source?: InputMaybe<Scalars['String']['input']>;
  sourceGroup?: InputMaybe<SourceGroup>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Claims whose period ends on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  unit?: InputMaybe<Unit>;
  verification?: InputMaybe<Verification>;
};

export type ClaimKind =
  | 'AID'
  | 'DEPLOYMENT'
  | 'LOSS'
  | 'OTHER';

export type DeadLetter = {
  __typename?: 'DeadLetter';
  at: Scalars['String']['output'];
  body: Scalars['String']['output'];
  bucket: Maybe<Scalars['String']['output']>;
  error: Scalars['String']['output'];
  key: Maybe<Scalars['String']['output']>;
  messageId: Scalars['ID']['output'];
  receiveCount: Scalars['Int']['output'];
};

export type DeadLetterConnection = {
  __typename?: 'DeadLetterConnection';
  edges: Array<DeadLetterEdge>;
  pageInfo: PageInfo;
};

export type DeadLetterEdge = {
  __typename?: 'DeadLetterEdge';
  cursor: Scalars['String']['output'];
  node: DeadLetter;
};

export type Disagreement = {
  __typename?: 'Disagreement';
  claims: Array<Claim>;
  date: Scalars['Date']['output'];
  metric: Scalars['String']['output'];
  periodKind: PeriodKind;
  sourceGroup: Maybe<SourceGroup>;
  values: Array<Scalars['Float']['output']>;
};

export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type Metric =
  | 'AID'
  | 'AIRCRAFT'
  | 'AIR_DEFENSE'
  | 'ARMORED_VEHICLES'
  | 'ARTILLERY'
  | 'CRUISE_MISSILES'
  | 'EQUIPMENT'
  | 'HELICOPTERS'
  | 'MLRS'
  | 'PERSONNEL'
  | 'SHIPS'
  | 'SPECIAL_EQUIPMENT'
  | 'SUBMARINES'
  | 'TANKS'
  | 'TROOPS'
  | 'UAV'
  | 'VEHICLES';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Period = {
  __typename?: 'Period';
  end: Maybe<Scalars['Date']['output']>;
  kind: PeriodKind;
  start: Maybe<Scalars['Date']['output']>;
};

export type PeriodKind =
  | 'CUMULATIVE'
  | 'DAY'
  | 'SPAN';

export type Qualifier =
  | 'APPROX'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT';

/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type Query = {
  __typename?: 'Query';
  /** One article by id (its object key, e.g. `articles/kyiv-update.txt`). */
  article: Maybe<Article>;
  /** Articles, newest publication date first. */
  articles: ArticleConnection;
  /** Claims, newest period first. */
  claims: ClaimConnection;
  /** Ingest messages that failed every retry (they are also kept in the dead-letter queue). */
  deadLetters: DeadLetterConnection;
  /** Groups of claims for the same subject, metric, period and claimant side whose values differ. */
  disagreements: Array<Disagreement>;
  /** The latest running total per metric and source (as of a date, if given). */
  latestTotals: Array<RunningTotal>;
  /** A subject's day figures for one metric, in buckets; a bucket's value is the consensus of its days' claims (summed for weeks and months). */
  series: Array<SeriesBucket>;
  source: Maybe<Source>;
  /** The claimants, by name. */
  sources: SourceConnection;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryDeadLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryDisagreementsArgs = {
  from: Scalars['Date']['input'];
  metric: Metric;
  subject: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryLatestTotalsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  sourceGroup?: InputMaybe<SourceGroup>;
  subject: Scalars['String']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QuerySeriesArgs = {
  from: Scalars['Date']['input'];
  granularity?: InputMaybe<Granularity>;
  metric: Metric;
  sourceGroup?: InputMaybe<SourceGroup>;
  subject: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QuerySourceArgs = {
  name: Scalars['String']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RunningTotal = {
  __typename?: 'RunningTotal';
  claims: Array<Claim>;
  date: Scalars['Date']['output'];
  metric: Scalars['String']['output'];
  source: Maybe<Scalars['String']['output']>;
  sourceGroup: Maybe<SourceGroup>;
  value: Scalars['Float']['output'];
};

export type SeriesBucket = {
  __typename?: 'SeriesBucket';
  articleCount: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  end: Scalars['Date']['output'];
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  /** The first day of the bucket. */
  start: Scalars['Date']['output'];
  value: Maybe<Scalars['Float']['output']>;
};

export type Source = {
  __typename?: 'Source';
  articleCount: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  firstDate: Maybe<Scalars['Date']['output']>;
  lastDate: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  sourceGroup: Maybe<SourceGroup>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceGroup =
  | 'INDEPENDENT'
  | 'KR'
  | 'RU'
  | 'UA'
  | 'UK'
  | 'US';

export type Unit =
  | 'COUNT'
  | 'USD';

export type Verification =
  /** The official series has another figure (see officialValue). */
  | 'DIFFERS'
  /** The official series has this figure for this date. */
  | 'MATCHES'
  /** The figure is the official one for the day of the losses (reported the next morning). */
  | 'MATCHES_LOSS_DAY'
  /** The official series has no report for this date. */
  | 'NO_REFERENCE';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleFormat: ArticleFormat;
  ArticleStatus: ArticleStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimKind: ClaimKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DeadLetter: ResolverTypeWrapper<DeadLetterModel>;
  DeadLetterConnection: ResolverTypeWrapper<Omit<DeadLetterConnection, 'edges'> & { edges: Array<ResolversTypes['DeadLetterEdge']> }>;
  DeadLetterEdge: ResolverTypeWrapper<Omit<DeadLetterEdge, 'node'> & { node: ResolversTypes['DeadLetter'] }>;
  Disagreement: ResolverTypeWrapper<DisagreementModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Granularity: Granularity;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Metric: Metric;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Period: ResolverTypeWrapper<Period>;
  PeriodKind: PeriodKind;
  Qualifier: Qualifier;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RunningTotal: ResolverTypeWrapper<RunningTotalModel>;
  SeriesBucket: ResolverTypeWrapper<SeriesBucket>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceGroup: SourceGroup;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Unit: Unit;
  Verification: Verification;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimModel;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  Date: Scalars['Date']['output'];
  DeadLetter: DeadLetterModel;
  DeadLetterConnection: Omit<DeadLetterConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeadLetterEdge']> };
  DeadLetterEdge: Omit<DeadLetterEdge, 'node'> & { node: ResolversParentTypes['DeadLetter'] };
  Disagreement: DisagreementModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Period: Period;
  Query: Record<PropertyKey, never>;
  RunningTotal: RunningTotalModel;
  SeriesBucket: SeriesBucket;
  Source: SourceModel;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  String: Scalars['String']['output'];
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['ArticleFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  officialValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeadLetterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetter'] = ResolversParentTypes['DeadLetter']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeadLetterConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetterConnection'] = ResolversParentTypes['DeadLetterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeadLetterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DeadLetterEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetterEdge'] = ResolversParentTypes['DeadLetterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeadLetter'], ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodKind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  deadLetters?: Resolver<ResolversTypes['DeadLetterConnection'], ParentType, ContextType, RequireFields<QueryDeadLettersArgs, 'first'>>;
  disagreements?: Resolver<Array<ResolversTypes['Disagreement']>, ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'from' | 'metric' | 'subject' | 'to'>>;
  latestTotals?: Resolver<Array<ResolversTypes['RunningTotal']>, ParentType, ContextType, RequireFields<QueryLatestTotalsArgs, 'subject'>>;
  series?: Resolver<Array<ResolversTypes['SeriesBucket']>, ParentType, ContextType, RequireFields<QuerySeriesArgs, 'from' | 'granularity' | 'metric' | 'subject' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'name'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
};

export type RunningTotalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RunningTotal'] = ResolversParentTypes['RunningTotal']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SeriesBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesBucket'] = ResolversParentTypes['SeriesBucket']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeadLetter?: DeadLetterResolvers<ContextType>;
  DeadLetterConnection?: DeadLetterConnectionResolvers<ContextType>;
  DeadLetterEdge?: DeadLetterEdgeResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RunningTotal?: RunningTotalResolvers<ContextType>;
  SeriesBucket?: SeriesBucketResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
};


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleModel, DisagreementModel } from '../models.js';
import type { StoredClaim as ClaimModel } from '../../core/article.js';
import type { SourceRecord as SourceModel } from '../../store/read-port.js';
import type { Series as SeriesModel } from '../../aggregates/series.js';
import type { LatestTotal as RunningTotalModel } from '../../aggregates/running-totals.js';
import type { Figure as FigureModel } from '../../aggregates/figure.js';
import type { DeadLetter as DeadLetterModel } from '../../store/write-port.js';
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
  /** The claimants, by name. */
  sources: SourceConnection;
  source: Maybe<Source>;
  /**
   * A subject's figures for one metric in buckets of a day, a week (Monday to Sunday) or a calendar month:
   * every bucket that overlaps from..to, whole. Claimants who count different things are never blended:
   * with `source`, one series of that claimant's claims; else with `sourceGroup`, one series of that side;
   * else one series per side that has claims in the range (claims whose side is unknown form a series with
   * `sourceGroup: null`), sides in the order of the SourceGroup enum. Each bucket says how its value was
   * reached (`basis`, `coverage`; see SeriesBucket). Claims of articles whose publication date is a guess
   * (`Article.publishedGuessed`) are left out unless `includeUndated` is true.
   */
  series: Array<Series>;
  /**
   * The latest running total per metric and source (as of a date, if given): per claimant, the total of the
   * newest date it gave one for; on that date exact totals are preferred over approximate ones and those over
   * bounds, so a bound never replaces an exact total of the same or a later date. Claims of articles whose
   * publication date is a guess are left out unless `includeUndated` is true.
   */
  latestTotals: Array<RunningTotal>;
  /**
   * Days (and running-total dates) on which claims of one side about the same subject and metric conflict:
   * two claims disagree only when the intervals of values they allow do not meet (see Figure), so "at least
   * 1,000" and 1,030 agree, and "nearly 750,000" and 745,700 agree. Per date and side, every claim of that
   * side is listed. Claims of articles whose publication date is a guess are left out unless `includeUndated`.
   */
  disagreements: Array<Disagreement>;
  /**
   * The official series of Russia's losses: the General Staff's daily reports, imported from files
   * under `reference/`. Per bucket, the losses its reports add up to and the running total at its end.
   */
  officialSeries: Array<OfficialBucket>;
  /** Ingest messages that failed every retry (they are also kept in the dead-letter queue). */
  deadLetters: DeadLetterConnection;
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
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryClaimsArgs = {
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QuerySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
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
export type QuerySeriesArgs = {
  subject: Scalars['String']['input'];
  metric: Metric;
  granularity?: InputMaybe<Granularity>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  sourceGroup?: InputMaybe<SourceGroup>;
  source?: InputMaybe<Scalars['String']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryLatestTotalsArgs = {
  subject: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  sourceGroup?: InputMaybe<SourceGroup>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryDisagreementsArgs = {
  subject: Scalars['String']['input'];
  metric: Metric;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  sourceGroup?: InputMaybe<SourceGroup>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryOfficialSeriesArgs = {
  metric: Metric;
  granularity?: InputMaybe<Granularity>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * claimgraph: a ledger of the figures war-news articles claim, with provenance.
 * Lists are Relay connections: at most 100 per page (default 20), opaque cursors.
 */
export type QueryDeadLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleStatus =
  | 'INGESTED'
  | 'FAILED'
  | 'DELETED';

export type ArticleFormat =
  | 'TEXT'
  | 'MARKDOWN'
  | 'HTML';

/** What a claim counts: the claim format's metrics, upper-cased. A claim counting several together lists each in `metrics`. */
export type Metric =
  /** Soldiers killed, wounded or lost (casualties). */
  | 'PERSONNEL'
  /** Tanks. */
  | 'TANKS'
  /** Armoured combat, fighting and personnel vehicles (APCs, IFVs). */
  | 'ARMORED_VEHICLES'
  /** Artillery systems, guns and mortars. */
  | 'ARTILLERY'
  /** Multiple launch rocket systems. */
  | 'MLRS'
  /** Air defence systems. */
  | 'AIR_DEFENSE'
  /** Aircraft: planes and jets. */
  | 'AIRCRAFT'
  /** Helicopters. */
  | 'HELICOPTERS'
  /** Drones (unmanned aerial vehicles). */
  | 'UAV'
  /** Cruise missiles. */
  | 'CRUISE_MISSILES'
  /** Warships and boats. */
  | 'SHIPS'
  /** Submarines. */
  | 'SUBMARINES'
  /** Vehicles and fuel tanks, trucks, cars. */
  | 'VEHICLES'
  /** Special (engineering, support) equipment. */
  | 'SPECIAL_EQUIPMENT'
  /** Ground robotic systems (a General Staff category since May 2026). */
  | 'GROUND_ROBOTIC_SYSTEMS'
  /** All equipment together, e.g. its total or its cost. */
  | 'EQUIPMENT'
  /** Soldiers deployed, recruited or serving (not lost). */
  | 'TROOPS'
  /** An aid package counted in money. */
  | 'AID';

export type Unit =
  | 'COUNT'
  | 'USD';

export type Qualifier =
  | 'EXACT'
  | 'APPROX'
  | 'AT_LEAST'
  | 'AT_MOST';

export type ClaimKind =
  | 'LOSS'
  | 'AID'
  | 'DEPLOYMENT'
  | 'OTHER';

export type PeriodKind =
  | 'DAY'
  | 'SPAN'
  | 'CUMULATIVE';

export type SourceGroup =
  | 'UA'
  | 'RU'
  | 'UK'
  | 'US'
  | 'KR'
  | 'INDEPENDENT';

export type Granularity =
  | 'DAY'
  | 'WEEK'
  | 'MONTH';

export type Verification =
  /** The official series has exactly this figure for this date. */
  | 'MATCHES'
  /** The figure is the official one for the day of the losses (reported the next morning). */
  | 'MATCHES_LOSS_DAY'
  /**
   * The claim is a bound or an approximation (AT_LEAST, AT_MOST, APPROX, or a range) that the official figure
   * for this date, or for the day of the losses, lies within (see officialValue and Figure for the intervals).
   */
  | 'CONSISTENT'
  /** The official series has another figure (see officialValue). */
  | 'DIFFERS'
  /** The official series has no report for this date. */
  | 'NO_REFERENCE';

export type ArticleFilter = {
  outlet?: InputMaybe<Scalars['String']['input']>;
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ArticleStatus>;
};

export type ClaimFilter = {
  subject?: InputMaybe<Scalars['String']['input']>;
  metric?: InputMaybe<Metric>;
  kind?: InputMaybe<ClaimKind>;
  unit?: InputMaybe<Unit>;
  periodKind?: InputMaybe<PeriodKind>;
  /** Claims whose period ends on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Claims whose period ends on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  sourceGroup?: InputMaybe<SourceGroup>;
  articleId?: InputMaybe<Scalars['ID']['input']>;
  verification?: InputMaybe<Verification>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  endCursor: Maybe<Scalars['String']['output']>;
};

export type Article = {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  status: ArticleStatus;
  /** Why the article could not be read, when status is FAILED. */
  error: Maybe<Scalars['String']['output']>;
  warnings: Array<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  outlet: Maybe<Scalars['String']['output']>;
  published: Maybe<Scalars['Date']['output']>;
  /**
   * Where the publication date came from: `metadata` (given with the upload), `html` (the page's meta tags),
   * `dateline` (a date the text states at its top), `report` (the newest day a running total in the text is
   * given "to", as in "from February 24, 2022 to October 17, 2024"), or `uploadTime`: a guess, when nothing
   * stated a date (see `publishedGuessed`).
   */
  publishedFrom: Maybe<Scalars['String']['output']>;
  /**
   * True when nothing stated the publication date and the upload day stands in for it. Such an article keeps
   * its claims, but they stay out of `series`, `latestTotals` and `disagreements` unless the query sets
   * `includeUndated: true`.
   */
  publishedGuessed: Scalars['Boolean']['output'];
  format: Maybe<ArticleFormat>;
  /** The language the article was read in (ISO 639-1: en, uk), as detected from its text; null when it was not read. */
  language: Maybe<Scalars['String']['output']>;
  /** Where the file lives. */
  bucket: Scalars['String']['output'];
  key: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  ingestedAt: Scalars['String']['output'];
  claims: Array<Claim>;
  /** The clean text the claims were read from: `quoteStart` and `quoteEnd` are offsets into it. Null when the article could not be read. */
  text: Maybe<Scalars['String']['output']>;
};

export type Period = {
  __typename?: 'Period';
  kind: PeriodKind;
  start: Maybe<Scalars['Date']['output']>;
  end: Maybe<Scalars['Date']['output']>;
};

export type Claim = {
  __typename?: 'Claim';
  id: Scalars['ID']['output'];
  subject: Maybe<Scalars['String']['output']>;
  /** The metric as extracted; several categories counted together are joined with +. */
  metric: Scalars['String']['output'];
  metrics: Array<Metric>;
  unit: Unit;
  value: Scalars['Float']['output'];
  valueMax: Maybe<Scalars['Float']['output']>;
  qualifier: Qualifier;
  kind: ClaimKind;
  period: Maybe<Period>;
  source: Maybe<Scalars['String']['output']>;
  sourceGroup: Maybe<SourceGroup>;
  /** The sentence the figure was read from, verbatim. */
  quote: Scalars['String']['output'];
  quoteStart: Scalars['Int']['output'];
  quoteEnd: Scalars['Int']['output'];
  /** Why the claim reads as it does: for each attribute, the extractor rule that decided it and the text it read. */
  evidence: Array<Evidence>;
  article: Maybe<Article>;
  /** For General Staff / Ministry of Defence of Ukraine figures: the check against the official series. */
  verification: Maybe<Verification>;
  /** The official figure the claim was compared with. */
  officialValue: Maybe<Scalars['Float']['output']>;
};

/**
 * One decision of the extractor: the named rule (see docs/extractor.md) that set one attribute of a
 * claim, and the span of the article it read. Offsets are UTF-16 code units into the article's clean text, end exclusive.
 */
export type Evidence = {
  __typename?: 'Evidence';
  attribute: EvidenceAttribute;
  /** The rule's name in the extractor's registry, e.g. `period.ownExpression`. */
  rule: Scalars['String']['output'];
  /** The article's text at start..end. */
  text: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

/** The claim attributes a rule decides. */
export type EvidenceAttribute =
  | 'SUBJECT'
  | 'METRIC'
  | 'PERIOD'
  | 'QUALIFIER'
  | 'KIND'
  | 'SOURCE';

export type Source = {
  __typename?: 'Source';
  name: Scalars['String']['output'];
  sourceGroup: Maybe<SourceGroup>;
  claimCount: Scalars['Int']['output'];
  articleCount: Scalars['Int']['output'];
  firstDate: Maybe<Scalars['Date']['output']>;
  lastDate: Maybe<Scalars['Date']['output']>;
};

/** One claimant's series: the buckets of one side, or of one source. */
export type Series = {
  __typename?: 'Series';
  /** The side whose claims these are (null: claims whose side is unknown, or a source with none). */
  sourceGroup: Maybe<SourceGroup>;
  /** The claimant, when the query named one. */
  source: Maybe<Scalars['String']['output']>;
  /** From the bucket holding `from` to the bucket holding `to`, oldest first. */
  buckets: Array<SeriesBucket>;
};

/** How a bucket's value was reached. */
export type SeriesBasis =
  /** Claims for exactly this period: a day's claims, or a claim for exactly this week or calendar month. */
  | 'REPORTED'
  /**
   * The difference of one claimant's exact running totals at the bucket's end and on the day before its start
   * (how analysts compute monthly losses from the General Staff's totals; a day figure is dated by its report,
   * so the days of a bucket add up to the same difference). With several claimants on the side, the value is
   * the one most of them give, as for claims.
   */
  | 'DIFFERENCE'
  /** The sum of the bucket's days that have a value; `coverage` says how many of its days those are. */
  | 'SUM_OF_DAYS';

/**
 * One bucket. Its claims are read as intervals (see Figure). The value comes from exact claims first, then
 * approximate ones: the figure most articles give (on a tie, the lower median of the tied figures), preferring
 * figures that every bound (AT_LEAST, AT_MOST, a range) allows; bounds never give the value themselves, so a
 * bucket with nothing but bounds has a null value and reports the bounds in min and max. Bases are tried in
 * the order REPORTED (a claim for exactly this week or month; for days, the day's claims), DIFFERENCE, SUM_OF_DAYS.
 * The claims behind a bucket: `claims(filter: {subject, metric, sourceGroup, from: start, to: end})`.
 */
export type SeriesBucket = {
  __typename?: 'SeriesBucket';
  /** The first day of the bucket. */
  start: Scalars['Date']['output'];
  /** The last day of the bucket. */
  end: Scalars['Date']['output'];
  value: Maybe<Scalars['Float']['output']>;
  /**
   * The range the claims allow: where they agree, the values every one of them allows (an approximate figure
   * spans its tolerance); where they conflict, from the lowest to the highest. null means unbounded (or no
   * claims). For SUM_OF_DAYS, the sums of the same days' min and max; for DIFFERENCE, the claimants' lowest and
   * highest differences.
   */
  min: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  /** How the value was reached; null when nothing covers the bucket. */
  basis: Maybe<SeriesBasis>;
  /**
   * The share of the bucket the value covers: 1 for REPORTED and DIFFERENCE when there is a value, days with a
   * value ÷ days in the bucket for SUM_OF_DAYS, 0 without a value.
   */
  coverage: Scalars['Float']['output'];
  /** Claims behind the bucket's basis, and the articles they come from. */
  claimCount: Scalars['Int']['output'];
  articleCount: Scalars['Int']['output'];
};

export type OfficialBucket = {
  __typename?: 'OfficialBucket';
  /** The first day of the bucket. */
  start: Scalars['Date']['output'];
  end: Scalars['Date']['output'];
  /** The date of the bucket's last report, if it has one. */
  date: Maybe<Scalars['Date']['output']>;
  /** The running total in that report. */
  total: Maybe<Scalars['Float']['output']>;
  /** The losses over the bucket: that report minus the report of the day before `start`, when both exist. */
  change: Maybe<Scalars['Float']['output']>;
};

/** One claimant's latest running total of one metric. */
export type RunningTotal = {
  __typename?: 'RunningTotal';
  metric: Scalars['String']['output'];
  source: Maybe<Scalars['String']['output']>;
  sourceGroup: Maybe<SourceGroup>;
  /** The date the total is given for. */
  date: Scalars['Date']['output'];
  /**
   * The total: of the claims of that date with the best qualifier (EXACT, else APPROX, else bounds), the figure
   * most articles give (on a tie, the lower median). For a bound, the bound itself: read it with `qualifier`.
   */
  value: Scalars['Float']['output'];
  qualifier: Qualifier;
  /** The interval the total allows (see Figure); null means unbounded. */
  min: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  /** The claims that give this total. */
  claims: Array<Claim>;
};

/**
 * A claim's figure as the aggregates read it: the interval of values it allows. EXACT is [value, value];
 * APPROX is value ± 5 % (at least ± 1); AT_LEAST is [value, ∞) (max null); AT_MOST is (−∞, value] (min null);
 * a range ("between 500 and 700") is [value, valueMax]. Two figures disagree when their intervals do not meet.
 */
export type Figure = {
  __typename?: 'Figure';
  claimId: Scalars['ID']['output'];
  articleId: Scalars['ID']['output'];
  source: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
  valueMax: Maybe<Scalars['Float']['output']>;
  qualifier: Qualifier;
  min: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
};

export type Disagreement = {
  __typename?: 'Disagreement';
  metric: Scalars['String']['output'];
  /** DAY for day figures, CUMULATIVE for running totals. */
  periodKind: PeriodKind;
  /** The day, or the date the running totals are given for. */
  date: Scalars['Date']['output'];
  sourceGroup: Maybe<SourceGroup>;
  /** The distinct figures given, lowest first. */
  values: Array<Scalars['Float']['output']>;
  /** Every figure of the side on that date, lowest first, with the interval it allows; at least two do not meet. */
  figures: Array<Figure>;
  /** The same claims, in the same order. */
  claims: Array<Claim>;
};

export type DeadLetter = {
  __typename?: 'DeadLetter';
  messageId: Scalars['ID']['output'];
  bucket: Maybe<Scalars['String']['output']>;
  key: Maybe<Scalars['String']['output']>;
  error: Scalars['String']['output'];
  receiveCount: Scalars['Int']['output'];
  at: Scalars['String']['output'];
  body: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  node: Article;
  cursor: Scalars['String']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  node: Claim;
  cursor: Scalars['String']['output'];
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  node: Source;
  cursor: Scalars['String']['output'];
};

export type DeadLetterConnection = {
  __typename?: 'DeadLetterConnection';
  edges: Array<DeadLetterEdge>;
  pageInfo: PageInfo;
};

export type DeadLetterEdge = {
  __typename?: 'DeadLetterEdge';
  node: DeadLetter;
  cursor: Scalars['String']['output'];
};



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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ArticleStatus: ArticleStatus;
  ArticleFormat: ArticleFormat;
  Metric: Metric;
  Unit: Unit;
  Qualifier: Qualifier;
  ClaimKind: ClaimKind;
  PeriodKind: PeriodKind;
  SourceGroup: SourceGroup;
  Granularity: Granularity;
  Verification: Verification;
  ArticleFilter: ArticleFilter;
  ClaimFilter: ClaimFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Article: ResolverTypeWrapper<ArticleModel>;
  Period: ResolverTypeWrapper<Period>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceAttribute: EvidenceAttribute;
  Source: ResolverTypeWrapper<SourceModel>;
  Series: ResolverTypeWrapper<SeriesModel>;
  SeriesBasis: SeriesBasis;
  SeriesBucket: ResolverTypeWrapper<SeriesBucket>;
  OfficialBucket: ResolverTypeWrapper<OfficialBucket>;
  RunningTotal: ResolverTypeWrapper<RunningTotalModel>;
  Figure: ResolverTypeWrapper<FigureModel>;
  Disagreement: ResolverTypeWrapper<DisagreementModel>;
  DeadLetter: ResolverTypeWrapper<DeadLetterModel>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  DeadLetterConnection: ResolverTypeWrapper<Omit<DeadLetterConnection, 'edges'> & { edges: Array<ResolversTypes['DeadLetterEdge']> }>;
  DeadLetterEdge: ResolverTypeWrapper<Omit<DeadLetterEdge, 'node'> & { node: ResolversTypes['DeadLetter'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  ArticleFilter: ArticleFilter;
  ClaimFilter: ClaimFilter;
  PageInfo: PageInfo;
  Article: ArticleModel;
  Period: Period;
  Claim: ClaimModel;
  Float: Scalars['Float']['output'];
  Evidence: Evidence;
  Source: SourceModel;
  Series: SeriesModel;
  SeriesBucket: SeriesBucket;
  OfficialBucket: OfficialBucket;
  RunningTotal: RunningTotalModel;
  Figure: FigureModel;
  Disagreement: DisagreementModel;
  DeadLetter: DeadLetterModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  DeadLetterConnection: Omit<DeadLetterConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeadLetterEdge']> };
  DeadLetterEdge: Omit<DeadLetterEdge, 'node'> & { node: ResolversParentTypes['DeadLetter'] };
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'name'>>;
  series?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType, RequireFields<QuerySeriesArgs, 'subject' | 'metric' | 'granularity' | 'from' | 'to' | 'includeUndated'>>;
  latestTotals?: Resolver<Array<ResolversTypes['RunningTotal']>, ParentType, ContextType, RequireFields<QueryLatestTotalsArgs, 'subject' | 'includeUndated'>>;
  disagreements?: Resolver<Array<ResolversTypes['Disagreement']>, ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'subject' | 'metric' | 'from' | 'to' | 'includeUndated'>>;
  officialSeries?: Resolver<Array<ResolversTypes['OfficialBucket']>, ParentType, ContextType, RequireFields<QueryOfficialSeriesArgs, 'metric' | 'granularity' | 'from' | 'to'>>;
  deadLetters?: Resolver<ResolversTypes['DeadLetterConnection'], ParentType, ContextType, RequireFields<QueryDeadLettersArgs, 'first'>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedGuessed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['ArticleFormat']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType>;
  officialValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  attribute?: Resolver<ResolversTypes['EvidenceAttribute'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = {
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['SeriesBucket']>, ParentType, ContextType>;
};

export type SeriesBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesBucket'] = ResolversParentTypes['SeriesBucket']> = {
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['SeriesBasis']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfficialBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OfficialBucket'] = ResolversParentTypes['OfficialBucket']> = {
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RunningTotalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RunningTotal'] = ResolversParentTypes['RunningTotal']> = {
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
};

export type FigureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodKind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sourceGroup?: Resolver<Maybe<ResolversTypes['SourceGroup']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
};

export type DeadLetterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetter'] = ResolversParentTypes['DeadLetter']> = {
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeadLetterConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetterConnection'] = ResolversParentTypes['DeadLetterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeadLetterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DeadLetterEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeadLetterEdge'] = ResolversParentTypes['DeadLetterEdge']> = {
  node?: Resolver<ResolversTypes['DeadLetter'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Query?: QueryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Series?: SeriesResolvers<ContextType>;
  SeriesBucket?: SeriesBucketResolvers<ContextType>;
  OfficialBucket?: OfficialBucketResolvers<ContextType>;
  RunningTotal?: RunningTotalResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  DeadLetter?: DeadLetterResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  DeadLetterConnection?: DeadLetterConnectionResolvers<ContextType>;
  DeadLetterEdge?: DeadLetterEdgeResolvers<ContextType>;
};


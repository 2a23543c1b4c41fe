/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type ClaimFilter = {
  subject?: string | null | undefined;
  metric?: Metric | null | undefined;
  kind?: ClaimKind | null | undefined;
  unit?: Unit | null | undefined;
  periodKind?: PeriodKind | null | undefined;
  /** Claims whose period ends on or after this date. */
  from?: string | null | undefined;
  /** Claims whose period ends on or before this date. */
  to?: string | null | undefined;
  source?: string | null | undefined;
  sourceGroup?: SourceGroup | null | undefined;
  articleId?: string | number | null | undefined;
  verification?: Verification | null | undefined;
};

/** The claim attributes a rule decides. */
export type EvidenceAttribute =
  | 'SUBJECT'
  | 'METRIC'
  | 'PERIOD'
  | 'QUALIFIER'
  | 'KIND'
  | 'SOURCE';

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

export type ClaimFieldsFragment = { id: string, subject: string | null, metric: string, metrics: Array<Metric>, unit: Unit, value: number, valueMax: number | null, qualifier: Qualifier, kind: ClaimKind, source: string | null, sourceGroup: SourceGroup | null, quote: string, verification: Verification | null, officialValue: number | null, period: { kind: PeriodKind, start: string | null, end: string | null } | null, article: { id: string, title: string | null, outlet: string | null, published: string | null } | null };

export type ArticleStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleStatusQuery = { article: { id: string, status: ArticleStatus, error: string | null, warnings: Array<string>, claimCount: number, ingestedAt: string, published: string | null, publishedFrom: string | null, publishedGuessed: boolean, claims: Array<{ subject: string | null, metrics: Array<Metric>, period: { end: string | null } | null }> } | null };

export type LatestQueryVariables = Exact<{
  subject: string;
  asOf?: string | null | undefined;
  includeUndated: boolean;
}>;


export type LatestQuery = { latestTotals: Array<{ metric: string, source: string | null, sourceGroup: SourceGroup | null, date: string, value: number, qualifier: Qualifier, min: number | null, max: number | null, claims: Array<{ id: string, verification: Verification | null, officialValue: number | null, quote: string, article: { id: string, title: string | null } | null }> }> };

export type SidesSeriesQueryVariables = Exact<{
  subject: string;
  metric: Metric;
  granularity: Granularity;
  from: string;
  to: string;
  includeUndated: boolean;
}>;


export type SidesSeriesQuery = { series: Array<{ sourceGroup: SourceGroup | null, buckets: Array<{ start: string, end: string, value: number | null, min: number | null, max: number | null, basis: SeriesBasis | null, coverage: number, claimCount: number }> }> };

export type SeriesContextQueryVariables = Exact<{
  subject: string;
  metric: Metric;
  granularity: Granularity;
  from: string;
  to: string;
  withOfficial: boolean;
  includeUndated: boolean;
}>;


export type SeriesContextQuery = { officialSeries?: Array<{ start: string, end: string, date: string | null, total: number | null, change: number | null }>, disagreements: Array<{ date: string, periodKind: PeriodKind, sourceGroup: SourceGroup | null, values: Array<number> }> };

export type LatestClaimDateQueryVariables = Exact<{
  subject: string;
  metric: Metric;
}>;


export type LatestClaimDateQuery = { claims: { edges: Array<{ node: { period: { end: string | null } | null } }> } };

export type ClaimsQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ClaimsQuery = { claims: { edges: Array<{ cursor: string, node: { id: string, subject: string | null, metric: string, metrics: Array<Metric>, unit: Unit, value: number, valueMax: number | null, qualifier: Qualifier, kind: ClaimKind, source: string | null, sourceGroup: SourceGroup | null, quote: string, verification: Verification | null, officialValue: number | null, period: { kind: PeriodKind, start: string | null, end: string | null } | null, article: { id: string, title: string | null, outlet: string | null, published: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DisagreementsQueryVariables = Exact<{
  subject: string;
  metric: Metric;
  from: string;
  to: string;
  includeUndated: boolean;
}>;


export type DisagreementsQuery = { disagreements: Array<{ periodKind: PeriodKind, date: string, sourceGroup: SourceGroup | null, figures: Array<{ claimId: string, articleId: string, source: string | null, value: number, valueMax: number | null, qualifier: Qualifier, min: number | null, max: number | null }> }> };

export type ArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleQuery = { article: { id: string, status: ArticleStatus, error: string | null, warnings: Array<string>, title: string | null, outlet: string | null, published: string | null, publishedFrom: string | null, publishedGuessed: boolean, format: ArticleFormat | null, language: string | null, size: number, claimCount: number, ingestedAt: string, text: string | null, claims: Array<{ quoteStart: number, quoteEnd: number, id: string, subject: string | null, metric: string, metrics: Array<Metric>, unit: Unit, value: number, valueMax: number | null, qualifier: Qualifier, kind: ClaimKind, source: string | null, sourceGroup: SourceGroup | null, quote: string, verification: Verification | null, officialValue: number | null, evidence: Array<{ attribute: EvidenceAttribute, rule: string, text: string, start: number, end: number }>, period: { kind: PeriodKind, start: string | null, end: string | null } | null, article: { id: string, title: string | null, outlet: string | null, published: string | null } | null }> } | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: { edges: Array<{ node: { name: string, sourceGroup: SourceGroup | null, claimCount: number } }> } };

export type IngestQueryVariables = Exact<{
  status?: ArticleStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type IngestQuery = { articles: { edges: Array<{ node: { id: string, status: ArticleStatus, error: string | null, warnings: Array<string>, title: string | null, outlet: string | null, published: string | null, publishedFrom: string | null, format: ArticleFormat | null, claimCount: number, ingestedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, deadLetters: { edges: Array<{ node: { messageId: string, bucket: string | null, key: string | null, error: string, receiveCount: number, at: string } }> } };

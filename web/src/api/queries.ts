// Every operation the page sends. `npm run codegen` checks them against schema.graphql and writes
// their result and variable types to ./generated.ts.

export const CLAIM_FIELDS = /* GraphQL */ `
  fragment ClaimFields on Claim {
    id subject metric metrics unit value valueMax qualifier kind
    period { kind start end }
    source sourceGroup quote verification officialValue
    article { id title outlet published }
  }
`;

export const ARTICLE_STATUS = /* GraphQL */ `
  query ArticleStatus($id: ID!) {
    article(id: $id) {
      id status error warnings claimCount ingestedAt published publishedFrom publishedGuessed
      claims { subject metrics period { end } }
    }
  }
`;

export const LATEST = /* GraphQL */ `
  query Latest($subject: String!, $asOf: Date, $includeUndated: Boolean!) {
    latestTotals(subject: $subject, asOf: $asOf, includeUndated: $includeUndated) {
      metric source sourceGroup date value qualifier min max
      claims { id verification officialValue quote article { id title } }
    }
  }
`;

/** Every side's series in one request: the API answers a series per side when no claimant is named. */
export const SIDES_SERIES = /* GraphQL */ `
  query SidesSeries($subject: String!, $metric: Metric!, $granularity: Granularity!, $from: Date!, $to: Date!, $includeUndated: Boolean!) {
    series(subject: $subject, metric: $metric, granularity: $granularity, from: $from, to: $to, includeUndated: $includeUndated) {
      sourceGroup
      buckets { start end value min max basis coverage claimCount }
    }
  }
`;

/** What the series chart draws beside the sides: the official series and the days sources disagree. */
export const SERIES_CONTEXT = /* GraphQL */ `
  query SeriesContext($subject: String!, $metric: Metric!, $granularity: Granularity!, $from: Date!, $to: Date!, $withOfficial: Boolean!, $includeUndated: Boolean!) {
    officialSeries(metric: $metric, granularity: $granularity, from: $from, to: $to) @include(if: $withOfficial) { start end date total change }
    disagreements(subject: $subject, metric: $metric, from: $from, to: $to, includeUndated: $includeUndated) { date periodKind sourceGroup values }
  }
`;

export const LATEST_CLAIM_DATE = /* GraphQL */ `
  query LatestClaimDate($subject: String!, $metric: Metric!) {
    claims(filter: { subject: $subject, metric: $metric }, first: 1) { edges { node { period { end } } } }
  }
`;

export const CLAIMS = /* GraphQL */ `
  query Claims($filter: ClaimFilter, $first: Int!, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      edges { cursor node { ...ClaimFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${CLAIM_FIELDS}
`;

/** Figures, not claims: a claim's every field for every day of a range would cost more than a request may. */
export const DISAGREEMENTS = /* GraphQL */ `
  query Disagreements($subject: String!, $metric: Metric!, $from: Date!, $to: Date!, $includeUndated: Boolean!) {
    disagreements(subject: $subject, metric: $metric, from: $from, to: $to, includeUndated: $includeUndated) {
      periodKind date sourceGroup
      figures { claimId articleId source value valueMax qualifier min max }
    }
  }
`;

export const ARTICLE = /* GraphQL */ `
  query Article($id: ID!) {
    article(id: $id) {
      id status error warnings title outlet published publishedFrom publishedGuessed format language size claimCount ingestedAt text
      claims { ...ClaimFields quoteStart quoteEnd evidence { attribute rule text start end } }
    }
  }
  ${CLAIM_FIELDS}
`;

export const SOURCES = /* GraphQL */ `
  query Sources {
    sources(first: 100) { edges { node { name sourceGroup claimCount } } }
  }
`;

export const INGEST = /* GraphQL */ `
  query Ingest($status: ArticleStatus, $after: String) {
    articles(filter: { status: $status }, first: 50, after: $after) {
      edges { node { id status error warnings title outlet published publishedFrom format claimCount ingestedAt } }
      pageInfo { hasNextPage endCursor }
    }
    deadLetters(first: 50) { edges { node { messageId bucket key error receiveCount at } } }
  }
`;

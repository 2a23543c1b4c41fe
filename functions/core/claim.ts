// The claim contract: what the extractor emits, what the store keeps and the API serves.
// Field meanings follow the claim format (docs/claim-format.md).

export const METRICS = [
  'personnel',
  'tanks',
  'armored_vehicles',
  'artillery',
  'mlrs',
  'air_defense',
  'aircraft',
  'helicopters',
  'uav',
  'cruise_missiles',
  'ships',
  'submarines',
  'vehicles',
  'special_equipment',
  'equipment',
  'troops',
  'aid',
] as const;
/** One category; combined categories join these with `+` in the order of METRICS. */
export type MetricName = (typeof METRICS)[number];
/** A single metric or several joined with `+` (e.g. `armored_vehicles+vehicles`). */
export type Metric = string;

export const UNITS = ['count', 'USD'] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'atMost'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIM_KINDS = ['loss', 'aid', 'deployment', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const PERIOD_KINDS = ['day', 'span', 'cumulative'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const SOURCE_GROUPS = ['UA', 'RU', 'UK', 'US', 'KR', 'independent'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** Dates are ISO calendar dates, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Period {
  kind: PeriodKind;
  start: IsoDate | null;
  end: IsoDate | null;
}

/** One figure, exactly the extractor output format. */
export interface Claim {
  subject: string | null;
  metric: Metric;
  unit: Unit;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  kind: ClaimKind;
  period: Period | null;
  source: string | null;
  sourceGroup: SourceGroup | null;
  quote: string;
}

/** A claim with where its quote stands in the article text (UTF-16 offsets, end exclusive). */
export interface LocatedClaim extends Claim {
  quoteStart: number;
  quoteEnd: number;
}

/** The date the full-scale invasion began: the start of every running total. */
export const WAR_START: IsoDate = '2022-02-24';

// The claim contract: what the extractor emits, what the store keeps and the API serves.
// Field meanings follow the claim format (docs/claim-format.md); metrics are in ./metrics.ts.

export { METRICS, type MetricName } from './metrics.js';
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

export const EVIDENCE_ATTRIBUTES = ['subject', 'metric', 'period', 'qualifier', 'kind', 'source'] as const;
export type EvidenceAttribute = (typeof EVIDENCE_ATTRIBUTES)[number];

/** Why one attribute of a claim reads as it does: the extractor rule that decided it, and the article text it read. */
export interface Evidence {
  attribute: EvidenceAttribute;
  /** The rule's name in the extractor's registry (docs/extractor.md). */
  rule: string;
  /** The article's text at start..end (UTF-16 offsets, end exclusive). */
  text: string;
  start: number;
  end: number;
}

/** A claim with where its quote stands in the article text (UTF-16 offsets, end exclusive) and why it reads so. */
export interface LocatedClaim extends Claim {
  quoteStart: number;
  quoteEnd: number;
  /** One entry per attribute decided; claims stored before evidence existed have none. */
  evidence: Evidence[];
}

/** The date the full-scale invasion began: the start of every running total. */
export const WAR_START: IsoDate = '2022-02-24';

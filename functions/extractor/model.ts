// The typed data the extractor's stages pass on: what each stage finds in a sentence, and what
// the rules decide from it. Offsets are into a sentence's read text unless they say otherwise.
import type { ClaimKind, IsoDate, Period, Qualifier, SourceGroup } from '../core/claim.js';
import type { MetricName } from '../core/metrics.js';

export interface Span {
  start: number;
  end: number;
}

/** A sentence as the stages read it: its own text, or a list item with its lead-in, a table row with its heads. */
export interface Sentence {
  /** The text the stages read. */
  text: string;
  /** Where the sentence itself stands in the article (its quote). */
  quote: Span;
  /** Article offset of a read-text offset (a lead-in maps to its own line). */
  toArticle(offset: number): number;
  /** A line without a full stop at the top of the article: a headline. */
  headline: boolean;
  /** A short line in the body with no full stop and no number: a section heading ("Heavy personnel losses"). */
  heading: boolean;
  /** The line it stands on, counted from 0: sentences of one line are one paragraph. */
  line: number;
  /** A list item read with its lead-in line ("Russia has lost:" then "- tanks — 9,113"). */
  listItem?: boolean;
  /** Where the lead-in of a list item ends in the read text. */
  leadInEnd?: number;
  /** Its line is a photo's caption ("The bodies of two soldiers lie … (Name/Agency via Getty Images)"). */
  caption?: boolean;
}

/** A number that may be a figure. */
export interface NumberMention extends Span {
  value: number;
  valueMax: number | null;
  usd: boolean;
  /** Written out in words ("seven"): a figure only when a counted noun follows. */
  spelled: boolean;
  /** A "(+6)" increment after a running total, or a bare "+6" table cell. */
  increment: boolean;
}

/** A calendar date some of whose parts the text left out. */
export interface DateParts {
  year: number | null;
  /** 0-based. */
  month: number;
  day: number;
}

/** A point in time a period starts or ends at, as the text names it. */
export type DateRef =
  | { date: DateParts }
  | { weekday: number; last?: boolean }
  | { month: number; year: number | null }
  | { year: number }
  | { relativeDay: number };

/**
 * What a time expression means, before it is placed on the calendar (stages/resolve.ts does that,
 * against the publication date and the day the claimant spoke). Language-free.
 */
export type TimeValue =
  /** One day: the update's own ("in the past 24 hours"), a named one, or one the text does not date. */
  | { type: 'day'; ref: DateRef | 'statement' | 'undated' }
  /** The day before the one the sentence dates ("a day earlier"). */
  | { type: 'dayBefore' }
  /** A daily figure or average ("a day", "per day"): a day with no date; a monthly one ("a month"): a span with none. */
  | { type: 'rate'; per: 'day' | 'month' }
  /** The last N days up to the statement ("the past two weeks", "the last seven days"). */
  | { type: 'lastDays'; days: number }
  | { type: 'week'; offset: 0 | -1 }
  | { type: 'weekend'; last: boolean }
  | { type: 'weekTo'; end: DateRef }
  | { type: 'weekOfMonth'; month: number; year: number | null; index: number }
  | { type: 'month'; month: number; year: number | null }
  | { type: 'relativeMonth'; offset: 0 | -1 }
  /** "between February 2022 and December 2025": the first month's year, where the text gives it. */
  | { type: 'months'; from: number; to: number; year: number | null; fromYear?: number | null }
  | { type: 'year'; year: number }
  | { type: 'relativeYear'; offset: 0 | -1 }
  | { type: 'firstMonths'; year: number; months: number }
  | { type: 'since'; from: DateRef }
  | { type: 'between'; from: DateRef; to: DateRef }
  /** Since the full-scale invasion: a running total. */
  | { type: 'war' }
  /** The war's first N days ("in the first three days of the invasion"); null when the text does not count them. */
  | { type: 'warOpening'; days: number | null }
  /** A running total as of a day ("as of October 25"). */
  | { type: 'asOf'; date: DateRef }
  | { type: 'byEndOf'; year: number; month: number | null }
  /** An operation, a front or a battle: from its start (when the text dates it) to the statement. */
  | { type: 'operation'; from: DateRef | null }
  /** A stretch the text does not date ("in a single week"). */
  | { type: 'undatedSpan' };

export interface TimeExpression extends Span {
  value: TimeValue;
  /** The lexicon pattern that read it. */
  pattern: string;
  /** Governs only a figure after it ("bringing the total to 690,000"). */
  forward?: boolean;
  /** A hint ("total losses", "so far") that gives way to any other period its figure has. */
  weak?: boolean;
}

export interface Claimant {
  name: string;
  group: SourceGroup | null;
  /** Named by a person ("Zelensky said"): "he" or "she" in the next sentence is still them. */
  person?: boolean;
  /** A medium, the claimant only when it names no one else it relays. */
  medium?: boolean;
}

/** A claimant named in a sentence as the one making a claim. */
export interface Attribution extends Span {
  claimant: Claimant;
  /** A source in brackets at the end of a line ("… (General Staff)") speaks for that line only. */
  local?: boolean;
  /** The surname of the person it was named with ("Defence Minister Oleh Savchuk"): "Savchuk said" later is the same claimant. */
  surname?: string;
  /** Named as the author of a report ("the assessment, published by CSIS", "CSIS's report"): "the report" later is its. */
  author?: boolean;
}

export interface MetricTag extends Span {
  metric: MetricName;
  /** Names a metric only right after a figure or across a linking verb ("losses", "lives"). */
  weak: boolean;
}

/** A side named in a sentence: a country, its forces, its capital, as an adjective or a possessive. */
export interface SideTag extends Span {
  side: string;
  /** Stands as a place ("in Ukraine", "near Kyiv"), not as an actor. */
  place: boolean;
}

export interface KindCue extends Span {
  kind: ClaimKind;
}

/** Everything the tagging stages found in one sentence with numbers. */
export interface SentenceTags {
  numbers: NumberMention[];
  times: TimeExpression[];
  metrics: MetricTag[];
  sides: SideTag[];
  /** "the enemy", "the invaders": the claimant's adversary. */
  adversaries: Span[];
  attributions: Attribution[];
  /** Every claimant the sentence names, speaking or not ("The Pentagon is providing …"), found when first asked. */
  claimantMentions(): Attribution[];
  /** Names no known claimant, but gives its words to someone else ("Berlin said"). */
  otherSpeaker: boolean;
  /** Takes up the claimant in force ("the ministry said", "he added"). */
  takesUpClaimant: boolean;
  kinds: KindCue[];
  /** Clause breaks (";", ", while", " — "): a period or a claimant rarely reaches across one. */
  breaks: Span[];
}

/** A number read as a count of something: the first decision, on which the others build. */
export interface Figure {
  mention: NumberMention;
  metric: string;
  /** The counted noun phrase after the figure ends here (the figure's end when the noun stood before it). */
  phraseEnd: number;
  /** Words between the figure and its noun: where "Russian" in "1,200 Russian soldiers" stands. */
  modifiers: Span;
  /** Where the metric word stands when it was read before the figure. */
  metricBefore: number | null;
  /** A line of a list or table, read with its label or column head. */
  listItem: boolean;
  /** Counts what the sentence before counted ("The previous record of 2,030 …"). */
  carried: boolean;
  /** For the whole in "six of seven missiles": the part, whose side it shares; the whole did not happen. */
  partOf: Figure | null;
  /** A part of the figure before ("690,110, including 1,270 over the past day"). */
  partOfBefore: Figure | null;
  /** Figures joined in one list ("1,420 soldiers, 133 vehicles and 51 artillery pieces") share a list number. */
  list: number;
  /** The rule that read the metric, and the words it read. */
  metricRule: string;
  metricSpan: Span;
}

/** A rule's decision for one attribute: its value and the words it read. */
export interface Decision<T> {
  value: T;
  rule: string;
  span: Span;
}

/** When the claimant spoke, as far as the sentence says: a day, or only a month or year (starting `around`). */
export type StatementTime = { day: IsoDate } | { coarse: true; around: IsoDate | null } | null;

/** What a period rule decides: a time expression still to be placed on the calendar, or a period already placed. */
export type PeriodChoice = { time: TimeValue } | { period: Period };

export type { ClaimKind, Qualifier };

// How far a view asks at once, within the API's cost limit (test/unit/web/operations.test.ts holds it to that).

/** Disagreements list every figure of every day: this many days fit one request. */
export const DISAGREEMENT_MAX_DAYS = 90;
/** A view without dates shows the year up to its newest claim. */
export const DEFAULT_SERIES_DAYS = 365;

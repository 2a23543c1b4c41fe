// A claim as the aggregates read it. Pure.
import { isDateGuessed, type StoredClaim } from '../core/article.js';
import type { Qualifier } from '../core/claim.js';

export interface Figure {
  claimId: string;
  articleId: string;
  source: string | null;
  sourceGroup: string | null;
  value: number;
  /** The upper end of a range ("between 500 and 700"), else null. */
  valueMax: number | null;
  qualifier: Qualifier;
  /** Its article's publication date is a guess (the upload day): left out unless a query asks for such claims. */
  undated: boolean;
}

export const figureOf = (claim: StoredClaim): Figure => ({
  claimId: claim.id,
  articleId: claim.articleId,
  source: claim.source,
  sourceGroup: claim.sourceGroup,
  value: claim.value,
  valueMax: claim.valueMax,
  qualifier: claim.qualifier,
  undated: isDateGuessed(claim.article),
});

/** The figures stated for one date: a day, the date of running totals, the end of a week or month. */
export interface DatedFigures {
  date: string;
  figures: Figure[];
}

/** Whose figures an aggregate reads: one source, or one side (null: claims whose side is unknown). */
export type Claimant = { source: string } | { sourceGroup: string | null };

/** The figures of a claimant (of everyone, without one), leaving out undated articles' unless asked for. */
export function figuresOf(figures: readonly Figure[], claimant: Claimant | null, includeUndated: boolean): Figure[] {
  return figures.filter((f) => (includeUndated || !f.undated) && (!claimant || ('source' in claimant ? f.source === claimant.source : f.sourceGroup === claimant.sourceGroup)));
}

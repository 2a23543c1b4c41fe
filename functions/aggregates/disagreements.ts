// Where one side's claims for the same date conflict. Pure.
import { figuresOf, type DatedFigures, type Figure } from './figure.js';
import { intersection, intervalOf } from './interval.js';

export interface DisagreementGroup {
  date: string;
  sourceGroup: string | null;
  /** The distinct values given, lowest first. */
  values: number[];
  /** Every figure of the side on that date, lowest first. */
  figures: Figure[];
}

/**
 * Two figures disagree only when their intervals do not meet; for intervals on a line that is
 * when the values all of a side's figures allow are none.
 */
export function findDisagreements(items: readonly DatedFigures[], options: { sourceGroup?: string | null; includeUndated: boolean }): DisagreementGroup[] {
  const groups: DisagreementGroup[] = [];
  for (const item of items) {
    const figures = figuresOf(item.figures, options.sourceGroup === undefined ? null : { sourceGroup: options.sourceGroup }, options.includeUndated);
    const bySide = new Map<string | null, Figure[]>();
    for (const f of figures) bySide.set(f.sourceGroup, [...(bySide.get(f.sourceGroup) ?? []), f]);
    for (const [sourceGroup, mine] of bySide) {
      if (intersection(mine.map(intervalOf))) continue;
      const ordered = [...mine].sort((a, b) => a.value - b.value || a.claimId.localeCompare(b.claimId));
      groups.push({ date: item.date, sourceGroup, values: [...new Set(ordered.map((f) => f.value))], figures: ordered });
    }
  }
  return groups;
}

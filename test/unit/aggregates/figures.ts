// Figures for the aggregation tests: a claim's share with only what a test cares about set.
import type { Figure } from '../../../functions/aggregates/figure.js';

let next = 0;
export function figure(value: number, overrides: Partial<Figure> = {}): Figure {
  next++;
  return {
    claimId: `c${next}`,
    articleId: `a${next}`,
    source: 'General Staff of the Armed Forces of Ukraine',
    sourceGroup: 'UA',
    value,
    valueMax: null,
    qualifier: 'exact',
    undated: false,
    ...overrides,
  };
}

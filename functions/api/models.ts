import type { LatestTotal } from '../store/dynamo-store.js';

/** What the RunningTotal and Disagreement resolvers start from. */
export type RunningTotalModel = LatestTotal & { value: number };

export interface DisagreementModel {
  metric: string;
  periodKind: 'day' | 'cumulative';
  date: string;
  sourceGroup: string | null;
  values: number[];
  claimIds: string[];
}

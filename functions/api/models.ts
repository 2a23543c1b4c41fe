import type { Article, ArticleSummary } from '../core/article.js';
import type { LatestTotal } from '../store/read-port.js';

/** What the Article resolvers start from: the article, or the summary a claim carries of it. */
export type ArticleModel = Article | (ArticleSummary & { id: string });

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

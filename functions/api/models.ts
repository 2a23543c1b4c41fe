import type { DisagreementGroup } from '../aggregates/disagreements.js';
import type { Article, ArticleSummary } from '../core/article.js';

/** What the Article resolvers start from: the article, or the summary a claim carries of it. */
export type ArticleModel = Article | (ArticleSummary & { id: string });

/** What the Disagreement resolvers start from. */
export interface DisagreementModel extends DisagreementGroup {
  metric: string;
  periodKind: 'day' | 'cumulative';
}

import type DataLoader from 'dataloader';
import type { Article, StoredClaim } from '../core/article.js';
import type { DynamoStore } from '../store/dynamo-store.js';

/** Per-request: the store and the request's batch loaders (one BatchGet for all ids a response needs). */
export interface ApiContext {
  store: DynamoStore;
  articles: DataLoader<string, Article | null>;
  claimsById: DataLoader<string, StoredClaim | null>;
  articleClaims: DataLoader<string, StoredClaim[]>;
  /** Official totals by `${metric}#${date}`. */
  reference: DataLoader<string, number | undefined>;
}

import type DataLoader from 'dataloader';
import type { Article, StoredClaim } from '../core/article.js';
import type { LedgerReader } from '../store/read-port.js';

/** Per-request: the store's read port and the request's batch loaders (one BatchGet for all ids a response needs). */
export interface ApiContext {
  store: LedgerReader;
  articles: DataLoader<string, Article | null>;
  claimsById: DataLoader<string, StoredClaim | null>;
  articleClaims: DataLoader<string, StoredClaim[]>;
  /** Official totals by `${metric}#${date}`. */
  reference: DataLoader<string, number | undefined>;
}

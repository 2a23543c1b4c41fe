import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../functions/core/article.js';
import { ingestObject } from '../../../functions/ingest/ingest.js';

// An extractor bug on one article must not become a retry loop: the article is FAILED with the reason.
vi.mock('../../../functions/extractor/index.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  extractClaims: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('an extractor that throws', () => {
  it('leaves the article FAILED with the reason, and does not throw', async () => {
    const saved: Article[] = [];
    const deps = {
      objects: {
        read: async () => ({ bytes: new TextEncoder().encode('Russia lost 5 tanks.'), metadata: { published: '2024-10-25' }, contentType: undefined, lastModified: undefined, size: 20, etag: 'e', versionId: null }),
      },
      store: {
        getArticle: async () => null,
        saveArticle: async (article: Article) => (saved.push(article), 'applied' as const),
        deleteArticle: async () => 'applied' as const,
        saveReference: async () => {},
        saveText: async () => {},
        pruneTexts: async () => {},
      },
      now: () => new Date('2024-10-25T12:00:00Z'),
      logger: new Logger({ logLevel: 'SILENT' }),
    };
    const outcome = await ingestObject(deps, { type: 'created', bucket: 'b', key: 'articles/a.txt', sequencer: '01', eventTime: '2024-10-25T10:00:00Z' });
    expect(outcome).toBe('failed');
    expect(saved).toEqual([expect.objectContaining({ status: 'FAILED', error: 'the extractor failed on this article (RangeError: Maximum call stack size exceeded)', claimCount: 0 })]);
  });
});

import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../functions/core/article.js';

// An extractor bug on one article must not become a retry loop: the article is FAILED with the reason.
// The unit tests share one module registry (vitest.config.ts), so the mock is made for this file's
// import of the ingest alone, on fresh modules, and taken down after it.
const EXTRACTOR = '../../../functions/extractor/index.js';
beforeAll(() => {
  vi.resetModules();
  vi.doMock(EXTRACTOR, async (importOriginal) => ({
    ...(await importOriginal<object>()),
    extractClaims: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  }));
});
afterAll(() => {
  vi.doUnmock(EXTRACTOR);
  vi.resetModules();
});

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
    const { ingestObject } = await import('../../../functions/ingest/ingest.js');
    const outcome = await ingestObject(deps, { type: 'created', bucket: 'b', key: 'articles/a.txt', sequencer: '01', eventTime: '2024-10-25T10:00:00Z' });
    expect(outcome).toBe('failed');
    expect(saved).toEqual([expect.objectContaining({ status: 'FAILED', error: 'the extractor failed on this article (RangeError: Maximum call stack size exceeded)', claimCount: 0 })]);
  });
});

// Shares of month items are written short and read back as the figures they were written from.
import { describe, expect, it } from 'vitest';
import { claimId, type StoredClaim } from '../../../functions/core/article.js';
import { monthShareName } from '../../../functions/store/keys.js';
import { encodeMonthShare, monthFigures } from '../../../functions/store/dynamo/items.js';

const claim = (ordinal: number, day: string, overrides: Partial<StoredClaim> = {}): StoredClaim => ({
  subject: 'Russia',
  metric: 'personnel',
  unit: 'count',
  value: 1200,
  valueMax: null,
  qualifier: 'exact',
  kind: 'loss',
  period: { kind: 'day', start: day, end: day },
  source: 'General Staff of the Armed Forces of Ukraine',
  sourceGroup: 'UA',
  quote: 'q',
  quoteStart: 0,
  quoteEnd: 1,
  evidence: [],
  id: claimId('articles/a#b.txt', ordinal),
  articleId: 'articles/a#b.txt',
  article: { title: 't', outlet: 'o', published: day },
  ...overrides,
});

describe('month items', () => {
  it('leave out the fields of an exact, dated figure and read every field back', () => {
    const claims = [
      claim(0, '2024-10-25'),
      claim(1, '2024-10-25', { qualifier: 'atLeast', valueMax: 0 }),
      claim(2, '2024-10-03', { valueMax: 1500, source: null, sourceGroup: null }),
      claim(3, '2024-10-31', { qualifier: 'approx', article: { title: 't', outlet: 'o', published: '2024-11-01', publishedFrom: 'uploadTime' } as StoredClaim['article'] }),
    ];
    expect(encodeMonthShare(claims[0]!)).toBe('[1200,"General Staff of the Armed Forces of Ukraine","UA"]');
    const item = { pk: 'SERIES#Russia#personnel', sk: 'MONTH#2024-10', ...Object.fromEntries(claims.map((c) => [monthShareName(c.period!.start!, c.id), encodeMonthShare(c)])) };
    const read = monthFigures(item);
    expect(read.map((d) => d.date)).toEqual(['2024-10-03', '2024-10-25', '2024-10-31']);
    const figures = read.flatMap((d) => d.figures);
    expect(figures.find((f) => f.claimId === claims[1]!.id)).toEqual({ claimId: claims[1]!.id, articleId: 'articles/a#b.txt', source: claims[1]!.source, sourceGroup: 'UA', value: 1200, valueMax: 0, qualifier: 'atLeast', undated: false });
    expect(figures.find((f) => f.claimId === claims[2]!.id)).toMatchObject({ source: null, sourceGroup: null, valueMax: 1500, qualifier: 'exact' });
    expect(figures.find((f) => f.claimId === claims[3]!.id)).toMatchObject({ qualifier: 'approx', undated: true });
  });
});

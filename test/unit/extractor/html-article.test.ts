// A whole HTML page through the document reader and the extractor, as the ingest runs them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../functions/document/document.js';
import { extractClaims } from '../../../functions/extractor/index.js';

describe('an HTML article with page furniture', () => {
  it('gives the claims of the article body only, dated by the page', () => {
    const document = readDocument({ bytes: readFileSync('test/fixtures/articles/moscow-briefing.html'), name: 'moscow-briefing.html' });
    if (!document.ok) throw new Error(document.reason);
    expect(document).toMatchObject({ published: '2024-12-10', outlet: 'The Ledger' });
    const claims = extractClaims(document.text, { published: document.published }).claims;
    const day = { kind: 'day', start: '2024-12-10', end: '2024-12-10' };
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.qualifier, c.period, c.sourceGroup])).toEqual([
      ['Ukraine', 'personnel', 1290, 'atMost', day, 'RU'],
      ['Ukraine', 'tanks', 3, 'exact', day, 'RU'],
      ['Ukraine', 'armored_vehicles', 17, 'exact', day, 'RU'],
      ['Ukraine', 'personnel', 160, 'atMost', day, 'RU'],
      ['Russia', 'personnel', 1570, 'exact', day, 'UA'],
      ['Russia', 'tanks', 9511, 'exact', { kind: 'cumulative', start: '2022-02-24', end: '2024-12-10' }, 'UA'],
      ['Russia', 'tanks', 12, 'exact', day, 'UA'],
      ['Russia', 'artillery', 20849, 'exact', { kind: 'cumulative', start: '2022-02-24', end: '2024-12-10' }, 'UA'],
      ['Russia', 'artillery', 37, 'exact', day, 'UA'],
    ]);
    for (const claim of claims) expect(document.text.slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
  });
});

// The shipped bundles swap some dependency modules (infra/bundling.ts); this
// builds the document reader with exactly those options and checks it still reads HTML.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ESBUILD_OPTIONS } from '../../infra/bundling.js';
import type { readDocument as ReadDocument } from '../../functions/document/document.js';

function bundledReader(): typeof ReadDocument {
  const outfile = join(mkdtempSync(join(tmpdir(), 'claimgraph-bundle-')), 'document.cjs');
  buildSync({ ...ESBUILD_OPTIONS, entryPoints: ['functions/document/document.ts'], outfile });
  return createRequire(import.meta.url)(outfile).readDocument;
}

describe('the shipped document reader', () => {
  it('reads an HTML article with styles, entities and page furniture', () => {
    const html = `<!doctype html><html><head><title>Kyiv &amp; London | Russia loses 1,180 troops</title>
      <style>article { color: #222 } .ad { display: none }</style>
      <meta property="og:site_name" content="The Ledger">
      <meta property="article:published_time" content="2024-10-25T08:00:00Z"></head>
      <body><nav>Home World Sport</nav><article><h1>Russia loses 1,180 troops</h1>
      <p style="margin: 0">Russia lost 1,180 troops &mdash; and nine tanks &#8212; over the past day, the General Staff said on Friday.</p>
      <p>The daily figures are published by the military every morning and are quoted widely by the press.</p></article>
      <footer>Subscribe now</footer></body></html>`;
    const doc = bundledReader()({ bytes: new TextEncoder().encode(html), name: 'page.html' });
    expect(doc).toMatchObject({ ok: true, format: 'html', outlet: 'The Ledger', published: '2024-10-25' });
    expect(doc.ok && doc.text).toContain('Russia lost 1,180 troops — and nine tanks — over the past day');
    expect(doc.ok && doc.text).not.toContain('Subscribe');
  });
});

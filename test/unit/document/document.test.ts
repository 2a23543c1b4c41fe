import { describe, expect, it } from 'vitest';
import { formatOf, readDocument } from '../../../functions/document/document.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDocument', () => {
  it('reads plain text as it is', () => {
    const doc = readDocument({ bytes: bytes('Headline\n\nRussia lost 5 tanks.'), name: 'a.txt' });
    expect(doc).toMatchObject({ ok: true, format: 'text', text: 'Headline\n\nRussia lost 5 tanks.', title: 'Headline' });
  });

  it('strips a UTF-8 byte-order mark and reads UTF-16 with a mark', () => {
    expect(readDocument({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Kyiv')]), name: 'a.txt' })).toMatchObject({ text: 'Kyiv' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Kyiv').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(readDocument({ bytes: utf16, name: 'a.txt' })).toMatchObject({ ok: true, text: 'Kyiv' });
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning', () => {
    const doc = readDocument({ bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]), name: 'a.txt' });
    expect(doc).toMatchObject({ ok: true, text: 'café' });
    expect(doc.ok && doc.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it.each([
    [new Uint8Array([]), /empty/],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    [bytes('   \n  '), /white space/],
  ])('refuses what is not an article (%#)', (input, reason) => {
    expect(readDocument({ bytes: input, name: 'a.txt' })).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('refuses files over the size limit, saying the limit', () => {
    expect(readDocument({ bytes: bytes('x'.repeat(100)), name: 'a.txt' }, 50)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('50-byte limit'),
    });
  });

  it('reads HTML through reader mode: main text, title, outlet and date from meta tags', () => {
    const html = `<!doctype html><html><head><title>Site | Russia loses 900 troops</title>
      <meta property="og:title" content="Russia loses 900 troops">
      <meta property="og:site_name" content="The Ledger">
      <meta property="article:published_time" content="2024-10-25T08:00:00Z"></head>
      <body><nav>Home World Sport</nav><article><h1>Russia loses 900 troops</h1>
      <p>Russia lost 900 troops over the past day, the General Staff in Kyiv said on Friday morning.</p>
      <p>The daily figures are published by the military every morning and are widely quoted by the press.</p></article>
      <footer>Subscribe now</footer></body></html>`;
    const doc = readDocument({ bytes: bytes(html), name: 'page.html' });
    expect(doc).toMatchObject({ ok: true, format: 'html', title: 'Russia loses 900 troops', outlet: 'The Ledger', published: '2024-10-25' });
    expect(doc.ok && doc.text).toContain('Russia lost 900 troops over the past day');
    expect(doc.ok && doc.text).not.toContain('Subscribe');
  });

  it('turns Markdown into plain text', () => {
    const doc = readDocument({ bytes: bytes('# Russia loses 900 troops\n\nRussia lost **900 troops**, [Kyiv](https://example.org) said.'), name: 'a.md' });
    expect(doc).toMatchObject({ ok: true, format: 'markdown', text: 'Russia loses 900 troops\n\nRussia lost 900 troops, Kyiv said.' });
  });

  it('sniffs the format when the name has no extension', () => {
    expect(formatOf('upload', undefined, '<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(formatOf('upload', undefined, '# Title\n\nText')).toBe('markdown');
    expect(formatOf('upload', undefined, 'Just words.')).toBe('text');
  });

  it('keeps each row of an HTML table on one line, its cells apart', () => {
    const html = `<html><head><title>Losses</title></head><body><article><h1>Losses</h1>
      <p>The General Staff published its morning figures on the losses of the Russian army.</p>
      <table><thead><tr><th>Category</th><th>Total</th><th>Day</th></tr></thead>
      <tbody><tr><td>Tanks</td><td>9,010</td><td>+8</td></tr><tr><td>Drones</td><td>19,000</td><td>+70</td></tr></tbody></table>
      <p>The figures are updated every morning and are quoted widely by the press in Kyiv.</p></article></body></html>`;
    const doc = readDocument({ bytes: new TextEncoder().encode(html), name: 'losses.html' });
    expect(doc.ok && doc.text).toContain('| Tanks | 9,010 | +8 |\n\n| Drones | 19,000 | +70 |');
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatOf, readDocument } from '../../../functions/document/document.js';
import { readHtml } from '../../../functions/document/html.js';

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
    expect(doc.ok && doc.warnings[0]).toMatch(/not UTF-8; it was read as windows-1252/);
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

describe('encodings', () => {
  it('keeps the curly quotes, dashes and ellipsis of an undeclared Windows-1252 file verbatim', () => {
    const doc = readDocument({ bytes: readFileSync('test/fixtures/encodings/windows-1252.txt'), name: 'kyiv.txt' });
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.text).toContain('Ukraine’s General Staff said on Friday — the figure it gives for October 24–25, 2024.');
    expect(doc.text).toContain('“The enemy keeps attacking near Pokrovsk,” the statement said…');
    expect(doc.text).not.toMatch(/[\u0080-\u009f]/);
    expect(doc.warnings).toEqual([expect.stringContaining('read as windows-1252')]);
  });

  it('reads an HTML page by its <meta charset>: Latin-1 guillemets and accents, with no warning', () => {
    const doc = readDocument({ bytes: readFileSync('test/fixtures/encodings/latin-1.html'), name: 'pertes.html' });
    expect(doc).toMatchObject({ ok: true, format: 'html', outlet: 'Le Relevé', title: 'Pertes russes : 1 180 soldats en un jour', warnings: [] });
    expect(doc.ok && doc.text).toContain('« Les combats restent intenses », a précisé l\'état-major à Kyiv.');
  });

  it('reads Latin-1 text with no declaration as its superset Windows-1252', () => {
    const bytes = iconv.encode('Le ministère a déclaré : « 1 180 soldats ».', 'latin1');
    expect(readDocument({ bytes, name: 'a.txt' })).toMatchObject({ ok: true, text: 'Le ministère a déclaré : « 1 180 soldats ».' });
  });

  it('follows a charset in the Content-Type, and detects the encoding when a declared UTF-8 is not', () => {
    const cyrillic = iconv.encode('Росія втратила 1 180 солдатів за добу, повідомив Генштаб.', 'windows-1251');
    expect(readDocument({ bytes: cyrillic, name: 'a.txt', contentType: 'text/plain; charset=windows-1251' })).toMatchObject({
      ok: true,
      text: 'Росія втратила 1 180 солдатів за добу, повідомив Генштаб.',
      warnings: [],
    });
    const quoted = iconv.encode('Kyiv said: “1,180 soldiers” – in one day.', 'windows-1252');
    const doc = readDocument({ bytes: quoted, name: 'a.txt', contentType: 'text/plain; charset=utf-8' });
    expect(doc).toMatchObject({ ok: true, text: 'Kyiv said: “1,180 soldiers” – in one day.' });
    expect(doc.ok && doc.warnings[0]).toMatch(/says it is UTF-8 but is not/);
  });
});

describe('HTML that is not quite HTML', () => {
  it('reads an .html file with no tags as plain text, with a warning', () => {
    const doc = readDocument({ bytes: bytes('Russia lost 1,180 soldiers in the past day, Kyiv said.'), name: 'note.html' });
    expect(doc).toMatchObject({ ok: true, format: 'text', text: 'Russia lost 1,180 soldiers in the past day, Kyiv said.' });
    expect(doc.ok && doc.warnings).toEqual([expect.stringContaining('holds no HTML tags')]);
  });

  it('reads fragments and pages without <html> or <body>', () => {
    expect(readDocument({ bytes: bytes('<p>Russia lost 9 tanks in the past day, Kyiv said.</p>'), name: 'a.html' })).toMatchObject({ ok: true, text: 'Russia lost 9 tanks in the past day, Kyiv said.' });
    const headless = '<html><head><meta property="og:site_name" content="The Ledger"></head><p>Russia lost 9 tanks.</p></html>';
    expect(readDocument({ bytes: bytes(headless), name: 'a.html' })).toMatchObject({ ok: true, outlet: 'The Ledger', text: 'Russia lost 9 tanks.' });
  });

  it('reads a page whose <html> and <body> stand inside a script (found by fast-check)', () => {
    expect(() => readHtml('<script type="application/ld+json">{"@graph":[<html><body>')).not.toThrow();
  });

  it('refuses a PDF renamed .html as binary', () => {
    const pdf = new Uint8Array([...bytes('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, ...bytes('1 0 obj\n<< /Length 5 >>\nstream\n'), 0x78, 0x9c, 0x00, 0x01]);
    expect(readDocument({ bytes: pdf, name: 'report.html' })).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });
});

const HTML_PIECES = ['<', '>', '</', '/>', '<!--', '-->', '<!doctype html>', '<html>', '</html>', '<head>', '<body>', '</body>', '<p>', '</p>', '<div class="a">', '</div>',
  '<script>', '</script>', '<style>', '<table><tr><td>', '</td></tr></table>', '<meta charset="', 'windows-1252', '">', '<meta property="og:title" content="',
  '<script type="application/ld+json">{"@graph":[', ']}', '&amp;', '&#x', '&', '"', "'", '=', 'Russia lost 1,180 soldiers.', ' ', '\n', '<time datetime="2024-13-45">', '<article>', '<h1>'];

describe('the document reader never throws', () => {
  it('on arbitrary bytes, under any name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'upload'), (data, name) => {
        const doc = readDocument({ bytes: data, name });
        expect(typeof doc.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('on HTML-like strings, through the HTML reader and the whole document reader', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 8 })), { maxLength: 200 }), (pieces) => {
        const html = pieces.join('');
        expect(() => readHtml(html)).not.toThrow();
        expect(typeof readDocument({ bytes: bytes(html), name: 'page.html' }).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

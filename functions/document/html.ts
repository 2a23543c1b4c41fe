import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDateText } from '../core/calendar.js';
import { normaliseText } from './reader.js';
import { PUBLISHED_META_SELECTORS } from './published-meta.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  warnings: string[];
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, tr, dt, dd';

/**
 * An HTML page to its article: metadata from meta tags and JSON-LD, main content through
 * Readability (the reader-mode algorithm), paragraphs kept apart by blank lines.
 */
export function readHtml(html: string): HtmlArticle {
  try {
    return readPage(html);
  } catch (error) {
    // Never seen, but a parser's bug must not lose the article: its text without the markup.
    const text = normaliseText(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/gi, ' ').replace(/[ \t]+/g, ' '));
    return { text, title: null, outlet: null, published: null, warnings: [`the HTML could not be parsed (${(error as Error).message}); its text was read without the markup`] };
  }
}

function readPage(html: string): HtmlArticle {
  const warnings: string[] = [];
  const document = parsePage(html);
  const linkedData = jsonLd(document);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;

  const title =
    meta('meta[property="og:title"]') ?? document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? linkedData.headline ?? null;
  const outlet = meta('meta[property="og:site_name"]') ?? linkedData.publisher ?? meta('meta[name="application-name"]') ?? null;
  const publishedRaw =
    PUBLISHED_META_SELECTORS.map(meta).find(Boolean) ??
    linkedData.datePublished ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const published = publishedRaw ? parseDateText(publishedRaw, null) : null;

  let body = '';
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (article?.content) body = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body);
  } catch (error) {
    warnings.push(`reader mode failed (${(error as Error).message}); the whole page text was used`);
  }
  if (!body) {
    const page = parsePage(html);
    page.querySelectorAll('script, style, noscript, nav, header, footer, aside, form').forEach((node: { remove(): void }) => node.remove());
    body = blockText(page.body) || (page.body?.textContent ?? '');
  }
  const text = normaliseText(title && !body.startsWith(title) ? `${title}\n\n${body}` : body);
  return { text, title: title || null, outlet, published, warnings };
}

/**
 * A DOM with a root element and a body holding the content, whatever the markup. linkedom
 * builds no implied elements: a fragment, or a page without <body>, leaves its text outside the
 * body or the document without a root, and Readability then throws. Such markup is put in a body.
 */
function parsePage(html: string) {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    // The tags may stand where they are not tags (inside a script, say).
    if (document.documentElement && document.body) return document;
  }
  return parseHTML(`<!doctype html><html><head></head><body>${html.replace(/<\/?(?:html|body)\b[^>]*>/gi, '')}</body></html>`).document;
}

interface Block {
  tagName: string;
  textContent: string | null;
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<Block>;
}

const flat = (node: Block) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

function blockText(root: { querySelectorAll(selector: string): ArrayLike<Block> } | null): string {
  if (!root) return '';
  const parts: string[] = [];
  for (const node of Array.from(root.querySelectorAll(BLOCKS))) {
    // A block holding other blocks is read through its children.
    if (node.querySelector(BLOCKS)) continue;
    // A table row stays one line, its cells apart, as in Markdown: "| Tanks | 9,468 | +12 |".
    const text = node.tagName === 'TR' ? `| ${Array.from(node.querySelectorAll('td, th')).map(flat).join(' | ')} |` : flat(node);
    if (text && text !== '|  |') parts.push(text);
  }
  return parts.join('\n\n');
}

interface LinkedData {
  headline: string | null;
  publisher: string | null;
  datePublished: string | null;
}

function jsonLd(document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): LinkedData {
  const found: LinkedData = { headline: null, publisher: null, datePublished: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      for (const item of [data, ...(Array.isArray(data) ? data : []), ...(Array.isArray(data?.['@graph']) ? data['@graph'] : [])]) {
        if (!item || typeof item !== 'object') continue;
        found.headline ??= typeof item.headline === 'string' ? item.headline : null;
        found.datePublished ??= typeof item.datePublished === 'string' ? item.datePublished : null;
        found.publisher ??= typeof item.publisher?.name === 'string' ? item.publisher.name : null;
      }
    } catch {
      // Malformed JSON-LD is common in the wild; the meta tags still count.
    }
  }
  return found;
}

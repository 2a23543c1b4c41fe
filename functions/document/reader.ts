// The document reader's own logic, given the readers it may need: both hosts of it
// (document.ts, eager, and lazy.ts, which loads a reader only for a file that needs it) share it.
import removeMarkdown from 'remove-markdown';
import type { ArticleFormat } from '../core/article.js';
import { decodeText, needsLegacyEncoding } from './decode.js';
import type { HtmlArticle } from './html.js';
import type { LegacyEncodings } from './legacy-encodings.js';

export interface DocumentInput {
  bytes: Uint8Array;
  /** The object key or file name; its extension is one hint of the format. */
  name: string;
  contentType?: string;
}

export interface ReadDocument {
  ok: true;
  format: ArticleFormat;
  /** The article's clean text: what the extractor reads and what claim offsets point into. */
  text: string;
  title: string | null;
  outlet: string | null;
  /** A publication date found in the document's own metadata (HTML meta tags), `YYYY-MM-DD`. */
  published: string | null;
  warnings: string[];
}

/** A document that can never be read, whatever the retries: binary, empty, too large, ... */
export interface UnreadableDocument {
  ok: false;
  reason: string;
}

/** Articles larger than this are refused (override with MAX_ARTICLE_BYTES). */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const maxArticleBytes = (): number => {
  const configured = Number(process.env.MAX_ARTICLE_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_ARTICLE_BYTES;
};

/** The heavier parts, loaded only for the files that need them. */
export interface DocumentReaders {
  legacy: LegacyEncodings;
  html: (html: string) => HtmlArticle;
}

/**
 * Tells the format apart, decodes and cleans an article file. Pure and synchronous, and it never
 * throws: whatever the bytes, the answer is a document or the reason it cannot be read.
 */
export function readDocumentWith(readers: DocumentReaders, input: DocumentInput, limit = maxArticleBytes()): ReadDocument | UnreadableDocument {
  try {
    return read(readers, input, limit);
  } catch (error) {
    return { ok: false, reason: `the file could not be read (${(error as Error)?.message ?? String(error)})` };
  }
}

/** Which readers a file needs (an HTML one when its name or type says HTML, or says nothing). */
export function readersNeeded(input: DocumentInput): { legacy: boolean; html: boolean } {
  const named = formatByName(input.name, input.contentType);
  return { legacy: needsLegacyEncoding(input.bytes, decodeHints(named, input.contentType)), html: named === 'html' || named === undefined };
}

const decodeHints = (named: ArticleFormat | undefined, contentType: string | undefined) => ({ html: named !== 'text' && named !== 'markdown', contentType });

function read(readers: DocumentReaders, input: DocumentInput, limit: number): ReadDocument | UnreadableDocument {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > limit) {
    return { ok: false, reason: `the file is ${bytes.length} bytes, larger than the ${limit}-byte limit for an article` };
  }
  const named = formatByName(input.name, input.contentType);
  const decoded = decodeText(bytes, decodeHints(named, input.contentType), readers.legacy);
  if (!decoded.ok) return decoded;
  const { text: raw } = decoded;
  const warnings = [...decoded.warnings];
  if (raw.trim().length === 0) return { ok: false, reason: 'the file holds only white space' };

  let format = named ?? sniffFormat(raw);
  if (format === 'html' && !hasMarkup(raw)) {
    warnings.push('the file is named or typed as HTML but holds no HTML tags; it was read as plain text');
    format = 'text';
  }
  if (format === 'html') {
    const html = readers.html(raw);
    if (!html.text.trim()) return { ok: false, reason: 'the HTML page has no readable text' };
    return { ok: true, format, ...html, warnings: [...warnings, ...html.warnings] };
  }
  const text = normaliseText(format === 'markdown' ? removeMarkdown(raw, { gfm: true, useImgAltText: false }) : raw);
  if (!text) return { ok: false, reason: 'the file holds no readable text' };
  return { ok: true, format, text, title: firstLine(text), outlet: null, published: null, warnings };
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** By extension, then content type, then by sniffing the text itself. */
export function formatOf(name: string, contentType: string | undefined, text: string): ArticleFormat {
  return formatByName(name, contentType) ?? sniffFormat(text);
}

function formatByName(name: string, contentType: string | undefined): ArticleFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  if (contentType?.includes('html')) return 'html';
  if (contentType?.includes('markdown')) return 'markdown';
  return undefined;
}

function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 2000);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<(?:p|div|article)[\s>][\s\S]*<\/(?:p|div|article)>/i.test(head)) {
    return 'html';
  }
  if (/^#{1,6}\s+\S/m.test(head) || /\[[^\]\n]+\]\([^)\s]+\)/.test(head) || /^\s*[-*]\s+\S[\s\S]*^\s*[-*]\s+\S/m.test(head)) {
    return 'markdown';
  }
  return 'text';
}

/** An element tag, a closing tag, a comment or a doctype anywhere in the text. */
const hasMarkup = (text: string): boolean => /<(?:[a-z][\w-]*[\s/>]|\/[a-z]|!)/i.test(text);

/** Unix line ends, no trailing spaces, at most one blank line in a row. */
export const normaliseText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const firstLine = (text: string): string | null => text.split('\n', 1)[0]?.trim().slice(0, 300) || null;

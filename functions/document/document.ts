import type { ArticleFormat } from '../core/article.js';

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

/** Tells the format apart, decodes and cleans an article file. Pure and synchronous. */
export function readDocument(input: DocumentInput): ReadDocument | UnreadableDocument {
  const text = new TextDecoder('utf-8').decode(input.bytes);
  return { ok: true, format: 'text', text, title: null, outlet: null, published: null, warnings: [] };
}

// Which files are articles and which are official series, and where each goes in the bucket.
import { extname } from 'node:path';
import { ARTICLES_PREFIX, REFERENCE_PREFIX } from '../functions/objects/prefixes.js';

export const ARTICLE_PREFIX = ARTICLES_PREFIX;

/**
 * Content types by extension: the ingest tells text, Markdown and HTML apart by them. No charset:
 * the ingest finds the encoding in the bytes, and a wrong declaration would mislead it.
 */
const ARTICLE_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
};
/** The General Staff's daily totals (JSON as in the 2022-Ukraine-Russia-War-Dataset, or CSV). */
const REFERENCE_TYPES: Record<string, string> = { '.json': 'application/json', '.csv': 'text/csv' };

export const isArticleFile = (name: string): boolean => extname(name).toLowerCase() in ARTICLE_TYPES;

/** Where a file of this name goes and with which content type, or null for a file that is neither. */
export function objectFor(name: string, prefix = ARTICLE_PREFIX): { key: string; contentType: string } | null {
  const extension = extname(name).toLowerCase();
  if (ARTICLE_TYPES[extension]) return { key: `${prefix}${name}`, contentType: ARTICLE_TYPES[extension] };
  if (REFERENCE_TYPES[extension]) return { key: `${REFERENCE_PREFIX}${name}`, contentType: REFERENCE_TYPES[extension] };
  return null;
}

// Where a web page states its publication date: read by the ingest, and by the workbench to
// pre-fill the date before an upload.

/** Meta tags with the date, most specific first (JSON-LD's datePublished comes after them). */
export const PUBLISHED_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
] as const;

// Where things live in the bucket (the CDK app routes both prefixes to the ingest).

/** Articles: text, Markdown or HTML. */
export const ARTICLES_PREFIX = 'articles/';
/** Official series files (the General Staff's daily totals), JSON or CSV. */
export const REFERENCE_PREFIX = 'reference/';

// npm run --silent extract -- [--published YYYY-MM-DD] FILE  →  {"claims":[…]} on stdout.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument } from '../document/document.js';
import { decidePublishedDate } from '../document/published-date.js';
import { extractClaims } from './index.js';

const { values, positionals } = parseArgs({
  options: { published: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run --silent extract -- [--published YYYY-MM-DD] FILE\n');
  process.exit(2);
}

const document = readDocument({ bytes: readFileSync(file), name: basename(file) });
if (!document.ok) {
  process.stderr.write(`${file}: ${document.reason}\n`);
  process.exit(1);
}
const date = decidePublishedDate({ given: values.published, html: document.published, text: document.text });
const result = extractClaims(document.text, { published: date.published });
process.stdout.write(
  `${JSON.stringify({
    claims: result.claims,
    published: date.published,
    publishedFrom: date.from,
    warnings: [...document.warnings, ...date.warnings, ...result.warnings],
  })}\n`,
);

// npm run --silent extract -- [--published YYYY-MM-DD] [--explain] FILE   →  {"claims":[…]} on stdout
// npm run --silent extract -- --batch LIST   (LIST: [{"file", "published"}])  →  one {"file", "claims"} line per article
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { LocatedClaim } from '../core/claim.js';
import { readDocument } from '../document/document.js';
import { decidePublishedDate } from '../document/published-date.js';
import { extractClaims } from './index.js';

const USAGE = 'usage: npm run --silent extract -- [--published YYYY-MM-DD] [--explain] FILE\n       npm run --silent extract -- --batch LIST.json\n';

function extractFile(file: string, published: string | undefined) {
  const document = readDocument({ bytes: readFileSync(file), name: basename(file) });
  if (!document.ok) return { error: document.reason };
  const date = decidePublishedDate({ given: published, html: document.published, text: document.text });
  const result = extractClaims(document.text, { published: date.published });
  return {
    claims: result.claims,
    published: date.published,
    publishedFrom: date.from,
    language: result.language,
    warnings: [...document.warnings, ...date.warnings, ...result.warnings],
  };
}

/** The claims with the rule behind each attribute, for people. */
function explain(claims: LocatedClaim[]): string {
  return claims
    .map((c) => {
      const period = c.period ? `${c.period.kind} ${c.period.start ?? '?'}..${c.period.end ?? '?'}` : 'no period';
      const head = `${c.subject ?? '?'} ${c.metric} ${c.value}${c.valueMax !== null ? `–${c.valueMax}` : ''}${c.unit === 'USD' ? ' USD' : ''} (${c.qualifier}, ${c.kind}, ${period}) — ${c.source ?? 'no claimant'}${c.sourceGroup ? ` [${c.sourceGroup}]` : ''}`;
      const why = c.evidence.map((e) => `    ${e.attribute.padEnd(9)} ${e.rule.padEnd(28)} “${e.text.replace(/\s+/g, ' ')}” @${e.start}`);
      return [head, `    quote     “${c.quote}”`, ...why].join('\n');
    })
    .join('\n\n');
}

const { values, positionals } = parseArgs({
  options: { published: { type: 'string' }, batch: { type: 'string' }, explain: { type: 'boolean' } },
  allowPositionals: true,
});

if (values.batch) {
  const list = JSON.parse(readFileSync(values.batch, 'utf8')) as Array<{ file: string; published?: string }>;
  for (const { file, published } of list) {
    const result = extractFile(file, published);
    process.stdout.write(`${JSON.stringify({ file, ...('error' in result ? { claims: [], error: result.error } : result) })}\n`);
  }
} else {
  const file = positionals[0];
  if (!file) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const result = extractFile(file, values.published);
  if ('error' in result) {
    process.stderr.write(`${file}: ${result.error}\n`);
    process.exit(1);
  }
  process.stdout.write(values.explain ? `${explain(result.claims)}\n` : `${JSON.stringify(result)}\n`);
}

// `npm run codegen`, first step: the `Metric` enum of schema.graphql is written from the metrics
// table (functions/core/metrics.ts), so a metric is added in one place.
import { readFileSync, writeFileSync } from 'node:fs';
import { METRIC_TABLE } from '../core/metrics.js';

const ENUM_BLOCK = /("""[^"]*"""\n|"[^"\n]*"\n)?enum Metric \{[^}]*\}/;

/** The enum as the table says it, each value with its description. */
export const metricEnumSdl = (): string =>
  [
    '"What a claim counts: the claim format\'s metrics, upper-cased. A claim counting several together lists each in `metrics`."',
    'enum Metric {',
    ...METRIC_TABLE.map((row) => `  "${row.description}"\n  ${row.id.toUpperCase()}`),
    '}',
  ].join('\n');

/** schema.graphql with its `Metric` enum replaced by the table's. */
export function withMetricEnum(schema: string): string {
  if (!ENUM_BLOCK.test(schema)) throw new Error('schema.graphql has no `enum Metric { … }` block');
  return schema.replace(ENUM_BLOCK, metricEnumSdl());
}

/** The enum block of a schema text, as written. */
export const metricEnumOf = (schema: string): string | undefined => ENUM_BLOCK.exec(schema)?.[0];

if (process.argv[1]?.endsWith('codegen-metric-enum.ts')) {
  const path = process.argv[2] ?? 'schema.graphql';
  writeFileSync(path, withMetricEnum(readFileSync(path, 'utf8')));
}

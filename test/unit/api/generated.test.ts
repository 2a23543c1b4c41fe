import { readFileSync } from 'node:fs';
import { buildASTSchema, buildSchema, parse, printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { metricEnumOf, metricEnumSdl } from '../../../functions/api/codegen-metric-enum.js';
import { schemaDocument, typeDefs } from '../../../functions/api/generated/schema.js';

describe('generated code', () => {
  it('embeds the schema as schema.graphql says it (run `npm run codegen` after editing it)', () => {
    const contract = printSchema(buildSchema(readFileSync('schema.graphql', 'utf8')));
    expect(printSchema(buildSchema(typeDefs))).toBe(contract);
  });

  it('embeds the document the SDL parses to, from which the server builds the schema', () => {
    expect(schemaDocument).toEqual(parse(typeDefs, { noLocation: true }));
    expect(printSchema(buildASTSchema(schemaDocument))).toBe(printSchema(buildSchema(typeDefs)));
  });

  it('writes the Metric enum from the metrics table (run `npm run codegen` after adding a metric)', () => {
    expect(metricEnumOf(readFileSync('schema.graphql', 'utf8'))).toBe(metricEnumSdl());
  });

  it('is a valid schema, which the server trusts at startup instead of checking', () => {
    expect(validateSchema(buildSchema(typeDefs)).map((error) => error.message)).toEqual([]);
  });
});

// A graphql-codegen plugin: the schema as TypeScript, so the Lambda bundle needs no file loader —
// as SDL, and as the document it parses to, which the server builds from: parsing the SDL was
// about a tenth of the API's cold start (docs/benchmarks.md, bundles). JSON.parse of a string
// reads faster than the same object written as a literal.
const { parse, printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    const sdl = printSchema(schema);
    const document = JSON.stringify(parse(sdl, { noLocation: true }));
    return [
      '// Generated from schema.graphql by `npm run codegen`; do not edit.',
      "import type { DocumentNode } from 'graphql';",
      '',
      `export const typeDefs = ${JSON.stringify(sdl)};`,
      '',
      '/** `typeDefs` parsed (without locations). */',
      `export const schemaDocument: DocumentNode = JSON.parse(${JSON.stringify(document)});`,
      '',
    ].join('\n');
  },
};

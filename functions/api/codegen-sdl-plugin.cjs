// A graphql-codegen plugin: the schema as a TypeScript string, so the Lambda bundle needs no file loader.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `// Generated from schema.graphql by \`npm run codegen\`; do not edit.\nexport const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};

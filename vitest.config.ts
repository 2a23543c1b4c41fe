import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CommonJS and ESM builds without an exports map: Node (and so @apollo/server)
  // loads the CommonJS one, so the tests must too, or the schema's types come from two realms.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // One DynamoDB Local and one s3rver for the whole run; each test file makes its own table/bucket.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

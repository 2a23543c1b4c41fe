import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CommonJS and ESM builds without an exports map: Node (and so @apollo/server)
  // loads the CommonJS one, so the tests must too, or the schema's types come from two realms.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // Timeouts catch a hang, not a slow machine: on two busy cores a browser or server test can take
    // several times its usual seconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      // Pure code only: no server starts, so `npx vitest run test/unit` takes seconds. Its files share
      // one module registry (not isolated): importing the extractor and the API anew for each file
      // was about half of the unit tests' CPU time. A test that mocks a module does so on fresh
      // modules and takes the mock down (test/unit/ingest/extractor-failure.test.ts).
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, setupFiles: ['test/support/no-servers.ts'] } },
      // One DynamoDB Local and one s3rver for the run (started only when one of these files runs);
      // each test file makes its own table and bucket.
      {
        extends: true,
        test: { name: 'servers', include: ['test/{integration,e2e,infra}/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] },
      },
    ],
  },
});

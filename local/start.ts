// npm start: the whole system on this machine (see README "Quick start").
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeSummary } from './reconcile-report.js';
import { startLocalStack, type LocalStack } from './stack.js';

const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.CLAIMGRAPH_PORT ?? '4000' },
    's3-port': { type: 'string', default: process.env.CLAIMGRAPH_S3_PORT ?? '4569' },
    'dynamodb-port': { type: 'string', default: process.env.CLAIMGRAPH_DYNAMODB_PORT ?? '8000' },
    bucket: { type: 'string', default: process.env.CLAIMGRAPH_BUCKET ?? 'claimgraph-articles' },
    data: { type: 'string', default: process.env.CLAIMGRAPH_DATA ?? '.claimgraph' },
  },
});

// Installed first: a stop while starting still ends DynamoDB Local (on exit, local/dynamodb.ts).
let stack: LocalStack | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping || !stack) process.exit(1);
    stopping = true;
    console.log('\nstopping…');
    await stack.stop();
    process.exit(0);
  });
}

if (values.fresh) rmSync(values.data, { recursive: true, force: true });
const started = Date.now();
stack = await startLocalStack({
  graphqlPort: Number(values.port),
  s3Port: Number(values['s3-port']),
  dynamoDbPort: Number(values['dynamodb-port']),
  bucket: values.bucket,
  tableName: 'claimgraph',
  dataDirectory: values.data,
});

console.log(`
claimgraph is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${values.data}/)

  Workbench           ${stack.workbenchUrl}
  GraphQL + GraphiQL  ${stack.graphqlUrl}
  S3 (s3rver)         ${stack.s3Endpoint}   bucket ${stack.bucket}
  DynamoDB Local      ${stack.dynamoDbEndpoint}

Drop articles on the workbench page, or upload one from here:
  npm run upload -- --published 2024-10-25 test/fixtures/articles/daily-update.txt

Query it:
  curl -s ${stack.graphqlUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ claims(first: 5) { edges { node { subject metric value period { kind start end } sourceGroup quote } } } }"}'

Ctrl-C stops everything.
`);

// Whatever a crash lost is read now; say so when there was any.
void stack.reconciled.then((summary) => {
  if (!summary || (summary.upToDate === summary.objects && !summary.removed && !summary.outdated)) return;
  console.log(['reconciled the bucket with the table:', ...describeSummary(summary).map((line) => `  ${line}`)].join('\n'));
});

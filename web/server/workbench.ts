// npm run workbench -- --api GRAPHQL_URL --bucket BUCKET [--region REGION] [--port 4000]
// The workbench page against a deployed stack: /graphql is proxied to the deployed API with SigV4
// signatures from the default AWS credential chain, and uploads go to the deployed bucket.
import { parseArgs } from 'node:util';
import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { buildWorkbench } from '../build.js';
import { createWorkbenchApp, listenOnLoopback } from './app.js';
import { regionOfApiUrl, signedGraphqlProxy } from './signed-proxy.js';
import { s3Uploader } from './uploads.js';

const USAGE = 'usage: npm run workbench -- --api GRAPHQL_URL --bucket BUCKET [--region REGION] [--port 4000]';
const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    bucket: { type: 'string' },
    region: { type: 'string', default: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION },
    port: { type: 'string', default: process.env.CLAIMGRAPH_PORT ?? '4000' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (!values.api || !values.bucket) fail('--api and --bucket are required: the stack prints them as GraphqlUrl and BucketName');
let api: URL;
try {
  api = new URL(values.api);
} catch {
  fail(`--api "${values.api}" is not a URL`);
}
if (api.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(api.hostname)) fail('--api must be an https URL');
const region = regionOfApiUrl(api) ?? values.region ?? fail('--region is required: the API URL names none and AWS_REGION is not set');

const credentials = fromNodeProviderChain();
try {
  await credentials();
} catch (error) {
  fail(`no AWS credentials found (${(error as Error).message}): configure them as for the AWS CLI (aws configure, SSO, or environment variables)`);
}

const app = createWorkbenchApp({
  assets: await buildWorkbench(),
  graphql: signedGraphqlProxy({ url: api, region, credentials }),
  uploader: s3Uploader(new S3Client({ region, credentials }), values.bucket),
});
const server = await listenOnLoopback(app, Number(values.port));
console.log(`
claimgraph workbench against a deployed stack

  Workbench  ${server.url}/
  GraphQL    ${api}  (requests signed with your AWS credentials, region ${region})
  Uploads    s3://${values.bucket}/articles/ and reference/

Ctrl-C stops it.
`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close().then(() => process.exit(0)));

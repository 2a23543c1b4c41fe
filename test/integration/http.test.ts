// GraphQL over HTTP as a client meets it, on the local server (the Lambda shares its adapter):
// JSON errors without stacks or file paths, limits enforced before any DynamoDB request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext, createApiServer } from '../../functions/api/server.js';
import { ensureTable } from '../../functions/store/create-table.js';
import { dynamoLedgerReader } from '../../functions/store/dynamo/index.js';
import { offlineGraphiql } from '../../local/graphiql.js';
import { startGraphqlServer, type LocalGraphqlServer } from '../../local/graphql-server.js';
import { freePort } from '../../local/ports.js';
import { localDynamoDbClient, uniqueName } from '../support/local-aws.js';
import { recordCommands } from '../support/recording-client.js';

const client = localDynamoDbClient();
const sent = recordCommands(client);
let server: LocalGraphqlServer;
let tableName: string;

beforeAll(async () => {
  tableName = uniqueName('http');
  await ensureTable(client, tableName);
  const port = await freePort();
  const apollo = createApiServer({ introspection: true, plugins: [offlineGraphiql(`http://127.0.0.1:${port}/graphql`)] });
  server = await startGraphqlServer(apollo, { port, context: async () => createApiContext(dynamoLedgerReader({ client, tableName })) });
});

afterAll(async () => {
  await server?.stop();
  client.destroy();
});

const post = (body: string, contentType = 'application/json') => fetch(server.url, { method: 'POST', headers: { 'content-type': contentType }, body });
/** What no error answer may show: a stack frame or a path on this machine. */
const LEAKS = /\bat .+:\d+|\/work\/|node_modules|\.ts\b/;

describe('bad requests', () => {
  it.each([
    ['invalid JSON', '{"query": "{ articles { edges { node { id } } } }"', /^the request body is not valid JSON/],
    ['a JSON string', '"hello"', /POST body/],
    ['an empty body', '', /POST body/],
    ['a query that does not parse', JSON.stringify({ query: '{ articles { ' }), /^Syntax Error/],
  ])('answer %s with a JSON GraphQL error, no stack and no path', async (_, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(LEAKS);
    expect(JSON.parse(text).errors[0].message).toMatch(message);
  });

  it('answer a body over 1 MB with 413, and a plain-text POST with the CSRF refusal, as JSON', async () => {
    const big = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].message).toMatch(/larger than 1048576 bytes/);
    const plain = await post('{ __typename }', 'text/plain');
    expect(plain.status).toBe(400);
    expect(await plain.text()).not.toMatch(LEAKS);
  });

  it('answer an unexpected failure with a bare internal error', async () => {
    const port = await freePort();
    const broken = await startGraphqlServer(createApiServer({ introspection: false }), {
      port,
      context: async () => createApiContext(dynamoLedgerReader({ client, tableName: 'no-such-table' })),
    });
    try {
      const response = await fetch(broken.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles { edges { node { id } } } }' }) });
      const text = await response.text();
      expect(JSON.parse(text).errors).toEqual([{ message: 'Internal server error', path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(text).not.toMatch(LEAKS);
    } finally {
      await broken.stop();
    }
  });
});

describe('pages around GraphQL', () => {
  it('serves GraphiQL to a browser, opening the query of a link', async () => {
    const query = '{ articles { edges { node { id } } } }';
    const response = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("query: params.get('query')");
    expect((await fetch(server.url.replace('/graphql', '/'), { redirect: 'manual' })).headers.get('location')).toBe('/graphql');
  });

  it('answers /favicon.ico with no content, and unknown paths with a JSON 404', async () => {
    const favicon = await fetch(server.url.replace('/graphql', '/favicon.ico'));
    expect(favicon.status).toBe(204);
    const missing = await fetch(server.url.replace('/graphql', '/admin'));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('abusive queries', () => {
  it('are refused without a DynamoDB request while a health check is answered', async () => {
    const bomb = `{ ${Array.from({ length: 490 }, (_, i) => `a${i}: series(subject: "Russia", metric: PERSONNEL, granularity: MONTH, from: "2015-01-01", to: "2024-12-31") { buckets { start value } }`).join(' ')} }`;
    sent.length = 0;
    const [health, ...abusive] = await Promise.all([
      post(JSON.stringify({ query: '{ __typename }' })),
      ...Array.from({ length: 5 }, () => post(JSON.stringify({ query: bomb }))),
    ]);
    expect(await health.json()).toEqual({ data: { __typename: 'Query' } });
    for (const response of abusive) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].message).toMatch(/^the query may cost about \d+, more than the 20000 allowed/);
    }
    expect(sent).toEqual([]);
  });
});

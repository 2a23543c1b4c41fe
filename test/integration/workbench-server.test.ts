// The workbench's server with real HTTP: the signing proxy to a deployed API (here a stand-in on
// loopback that records what it receives), uploads into a real bucket on s3rver, and its refusals.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbenchApp, listenOnLoopback, type RunningServer } from '../../web/server/app.js';
import { regionOfApiUrl, signedGraphqlProxy } from '../../web/server/signed-proxy.js';
import { s3Uploader } from '../../web/server/uploads.js';
import { createTestBucket, localS3Client } from '../support/local-aws.js';

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const REGION = 'eu-west-1';

let api: Server;
let apiUrl: URL;
const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = [];
let workbench: RunningServer;
let s3: S3Client;
let bucket: string;

beforeAll(async () => {
  api = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"articles":{"edges":[]}}}');
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = new URL(`http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`);
  s3 = localS3Client();
  bucket = await createTestBucket(s3, 'workbench');
  const app = createWorkbenchApp({
    assets: { html: '<!doctype html><title>workbench</title>', files: new Map([['workbench.js', { type: 'text/javascript', body: new TextEncoder().encode('1') }]]) },
    graphql: signedGraphqlProxy({ url: apiUrl, region: REGION, credentials: async () => CREDENTIALS }),
    uploader: s3Uploader(s3, bucket),
  });
  workbench = await listenOnLoopback(app, 0);
});

afterAll(async () => {
  await workbench?.close();
  api?.close();
  s3?.destroy();
});

/** A request with a Host header of our choosing, which fetch does not allow. */
function get(path: string, host: string): Promise<number> {
  const { port } = new URL(workbench.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => resolve(res.statusCode!)).on('error', reject).end();
  });
}

describe('the workbench server', () => {
  it('forwards GraphQL to the deployed API with a SigV4 signature over exactly what it sends', async () => {
    const query = JSON.stringify({ query: '{ articles { edges { node { id } } } }' });
    const response = await fetch(`${workbench.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(await response.json()).toEqual({ data: { articles: { edges: [] } } });
    const [sent] = received;
    expect(sent).toMatchObject({ method: 'POST', url: '/graphql', body: query });
    expect(sent!.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/${REGION}/execute-api/aws4_request, SignedHeaders=`));
    // The API's side: the same request signed again with the same key gives the same signature.
    const at = sent!.headers['x-amz-date'] as string;
    const again = await new SignatureV4({ service: 'execute-api', region: REGION, credentials: CREDENTIALS, sha256: Sha256 }).sign(
      {
        method: 'POST',
        protocol: 'http:',
        hostname: apiUrl.hostname,
        port: Number(apiUrl.port),
        path: '/graphql',
        query: {},
        headers: { host: sent!.headers.host!, 'content-type': sent!.headers['content-type']!, accept: sent!.headers.accept! },
        body: sent!.body,
      },
      { signingDate: new Date(`${at.slice(0, 4)}-${at.slice(4, 6)}-${at.slice(6, 11)}:${at.slice(11, 13)}:${at.slice(13, 15)}Z`) },
    );
    expect(again.headers.authorization).toBe(sent!.headers.authorization);
  });

  it('refuses what a cross-site page could send: no JSON, no POST, another host name', async () => {
    const before = received.length;
    const form = await fetch(`${workbench.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(415);
    expect((await fetch(`${workbench.url}/graphql?query={__typename}`)).status).toBe(405);
    expect(await get('/', 'attacker.example')).toBe(403);
    expect(await get('/', `localhost:${new URL(workbench.url).port}`)).toBe(200);
    expect(received.length).toBe(before);
  });

  it('uploads a file into the bucket with its publication date, where the ingest reads it', async () => {
    const put = (query: string, body = 'Russia lost 1,180 soldiers in a day, Kyiv said.') => fetch(`${workbench.url}/upload?${query}`, { method: 'PUT', body });
    const response = await put('name=kyiv%20update.md&published=2024-10-25');
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ bucket, key: 'articles/kyiv update.md' });
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'articles/kyiv update.md' }));
    expect(object.Metadata).toEqual({ published: '2024-10-25' });
    expect(object.ContentType).toBe('text/markdown');
    expect(await object.Body!.transformToString()).toBe('Russia lost 1,180 soldiers in a day, Kyiv said.');
    expect((await put('name=general-staff.json', '[]')).status).toBe(201);
    expect((await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'reference/general-staff.json' }))).ContentType).toBe('application/json');
  });

  it('refuses uploads it cannot place, with the reason', async () => {
    const put = (query: string) => fetch(`${workbench.url}/upload?${query}`, { method: 'PUT', body: 'x' });
    expect((await put('name=../secrets.txt')).status).toBe(400);
    expect((await put('name=photo.png')).status).toBe(415);
    const badDate = await put('name=a.txt&published=25/10/2024');
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toEqual({ error: 'published must be a date like 2024-10-25, not "25/10/2024"' });
  });

  it('serves the page at each view and says so elsewhere', async () => {
    for (const path of ['/', '/series', '/article']) expect(await (await fetch(`${workbench.url}${path}?x=1`)).text()).toContain('<title>workbench</title>');
    const missing = await fetch(`${workbench.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'nothing at /nowhere; the workbench is at /' });
  });

  it('reads the region from an API Gateway URL', () => {
    expect(regionOfApiUrl(new URL('https://a1b2c3.execute-api.eu-central-1.amazonaws.com/graphql'))).toBe('eu-central-1');
    expect(regionOfApiUrl(new URL('https://api.example.org/graphql'))).toBeNull();
  });
});

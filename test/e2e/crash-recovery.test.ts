// `npm start` killed with SIGKILL mid-ingest loses nothing: started again, it reconciles the
// bucket with the table and every uploaded object ends up ingested. No timing is asserted: the
// test waits for the outcome, however long a busy machine takes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import pMap from 'p-map';
import { afterAll, describe, expect, it } from 'vitest';
import { localS3ClientConfig } from '../../local/aws-config.js';
import { freePort } from '../../local/ports.js';
import { graphql } from '../support/graphql.js';

const ARTICLES = 80;
const data = mkdtempSync(join(tmpdir(), 'claimgraph-crash-'));
const running: ChildProcess[] = [];
let ports: { graphql: number; s3: number; dynamoDb: number };

/** `npm start` as a user runs it, on ports of its own; resolves once it says it is running. */
async function start(): Promise<{ child: ChildProcess; output: () => string }> {
  const args = ['--openssl-legacy-provider', '--import', 'tsx', 'local/start.ts', '--port', String(ports.graphql), '--s3-port', String(ports.s3), '--dynamodb-port', String(ports.dynamoDb), '--data', data];
  const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'WARN' }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => (output.includes('claimgraph is running') ? resolve() : undefined);
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was running:\n${output}`)));
  });
  return { child, output: () => output };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function ingestedCount(): Promise<number> {
  let count = 0;
  let after: string | null = null;
  do {
    const page: any = await graphql(`http://127.0.0.1:${ports.graphql}/graphql`, 'query ($after: String) { articles(first: 100, after: $after, filter: {status: INGESTED}) { edges { node { claimCount } } pageInfo { hasNextPage endCursor } } }', { after });
    count += page.articles.edges.filter((edge: any) => edge.node.claimCount > 0).length;
    after = page.articles.pageInfo.hasNextPage ? page.articles.pageInfo.endCursor : null;
  } while (after);
  return count;
}

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(running.map(exited));
  rmSync(data, { recursive: true, force: true });
});

describe('a crash of npm start', () => {
  it('loses no upload: after a SIGKILL mid-ingest and a restart, every object is ingested', async () => {
    ports = { graphql: await freePort(), s3: await freePort(), dynamoDb: await freePort() };
    const first = await start();
    const s3 = new S3Client(localS3ClientConfig(`http://127.0.0.1:${ports.s3}`));
    await pMap(
      Array.from({ length: ARTICLES }, (_, i) => i),
      (i) =>
        s3.send(
          new PutObjectCommand({
            Bucket: 'claimgraph-articles',
            Key: `articles/day-${String(i).padStart(3, '0')}.txt`,
            Body: `Russia lost ${1000 + i} soldiers and ${i % 12} tanks over the past day, Ukraine's General Staff said.`,
            Metadata: { published: '2024-10-25' },
          }),
        ),
      { concurrency: 10 },
    );
    s3.destroy();
    // Ingest takes far longer than an upload: most objects are still waiting in the in-memory queue.
    const beforeKill = await ingestedCount();
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(beforeKill).toBeLessThan(ARTICLES);

    const second = await start();
    while ((await ingestedCount()) < ARTICLES) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await ingestedCount()).toBe(ARTICLES);
    while (!second.output().includes('reconciled the bucket with the table')) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.output()).toMatch(/articles read again \(.*not in the table/);

    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(second.child.exitCode).toBe(0);
  }, 600_000);
});

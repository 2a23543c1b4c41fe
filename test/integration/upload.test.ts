// `npm run upload` as a user runs it: from their own folder, with relative paths, and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../local/ports.js';
import { createTestBucket, localS3Client } from '../support/local-aws.js';

const s3 = localS3Client();
const repository = process.cwd();
let bucket: string;
let home: string;

/** Runs the upload script through npm from `cwd`, as a user in that folder would. */
function upload(args: string[], cwd = home) {
  const run = spawnSync('npm', ['--prefix', repository, 'run', '--silent', 'upload', '--', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'upload');
  home = mkdtempSync(join(tmpdir(), 'claimgraph-user-'));
  mkdirSync(join(home, 'reports'));
  writeFileSync(join(home, 'kyiv.txt'), 'Russia lost 1,180 soldiers in the past day, the General Staff said.');
  writeFileSync(join(home, 'reports', 'moscow.md'), '# Briefing\n\nUkraine lost 400 soldiers, Moscow said.');
  writeFileSync(join(home, 'reports', 'notes.docx'), 'not an article');
  writeFileSync(join(home, 'personnel.json'), JSON.stringify([{ date: '2024-10-25', personnel: 685910 }]));
  writeFileSync(join(home, 'equipment.csv'), 'date,tank\n2024-10-25,9010\n');
});

describe('npm run upload', () => {
  it('uploads articles under articles/ and official series under reference/, paths relative to where the user stands', async () => {
    const result = upload(['--endpoint', inject('s3Endpoint'), '--bucket', bucket, '--published', '2024-10-25', 'kyiv.txt', 'reports', 'personnel.json', 'equipment.csv']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { Contents } = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(Contents?.map((object) => object.Key).sort()).toEqual(['articles/kyiv.txt', 'articles/moscow.md', 'reference/equipment.csv', 'reference/personnel.json']);
    const article = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'articles/kyiv.txt' }));
    expect(article).toMatchObject({ ContentType: 'text/plain', Metadata: { published: '2024-10-25' } });
    const series = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'reference/personnel.json' }));
    expect(series.Metadata).toEqual({});
  });

  it.each([
    ['a missing file', ['missing.txt'], /^missing\.txt: no such file or folder$/],
    ['a file of another kind', ['reports/notes.docx'], /^reports\/notes\.docx: not an article \(\.txt, \.md, \.html\) or an official series \(\.json, \.csv\)$/],
    ['a bad date', ['--published', '25/10/2024', 'kyiv.txt'], /^--published must be a date like 2024-10-25, not "25\/10\/2024"$/],
  ])('refuses %s with one line', (_, args, message) => {
    const result = upload(['--endpoint', inject('s3Endpoint'), '--bucket', bucket, ...args]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('says in one line when the local stack is not running', async () => {
    const result = upload(['--s3-port', String(await freePort()), 'kyiv.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+: is `npm start` running/);
    expect(result.stderr.split('\n')).toHaveLength(1);
  });
});

// npm run upload -- [--published YYYY-MM-DD] [--bucket NAME] [--s3-port N | --endpoint URL] [--prefix P] FILES_OR_FOLDERS
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SingleBar, Presets } from 'cli-progress';
import { REFERENCE_PREFIX } from '../functions/objects/prefixes.js';
import { objectFor } from './article-files.js';
import { localS3ClientConfig } from './aws-config.js';
import { failWith, fileError, reachError } from './cli-errors.js';

const USAGE = 'usage: npm run upload -- [--published YYYY-MM-DD] [--bucket NAME] [--s3-port N | --endpoint URL] [--prefix PREFIX] FILES_OR_FOLDERS';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      bucket: { type: 'string' },
      endpoint: { type: 'string' },
      's3-port': { type: 'string', default: process.env.CLAIMGRAPH_S3_PORT ?? '4569' },
      prefix: { type: 'string' },
    },
  });
} catch (error) {
  failWith(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (positionals.length === 0) failWith(USAGE, 2);
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) failWith(`--published must be a date like 2024-10-25, not "${values.published}"`, 2);
if (values.prefix !== undefined && values.prefix !== '' && !values.prefix.endsWith('/')) values.prefix += '/';

// npm runs scripts from the project folder; paths are the user's, relative to where they stand.
const here = process.env.INIT_CWD ?? process.cwd();
// Without --bucket the target is the local stack; with it, real S3 through the default credentials.
const local = !values.bucket || Boolean(values.endpoint);
const bucket = values.bucket ?? process.env.CLAIMGRAPH_BUCKET ?? 'claimgraph-articles';
const endpoint = values.endpoint ?? `http://127.0.0.1:${values['s3-port']}`;
const client = local ? new S3Client({ ...localS3ClientConfig(endpoint), maxAttempts: 2 }) : new S3Client({});

function filesOf(path: string, given: string, named: boolean): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    return failWith(fileError(given, error));
  }
  if (isDirectory) return readdirSync(path).sort().flatMap((name) => filesOf(join(path, name), join(given, name), false));
  if (objectFor(basename(path))) return [path];
  // A file named on the command line is expected to go up; one met inside a folder may be anything.
  if (named) failWith(`${given}: not an article (.txt, .md, .html) or an official series (.json, .csv)`);
  return [];
}

const files = positionals.flatMap((given) => filesOf(resolve(here, given), given, true));
if (files.length === 0) failWith(`no article (.txt, .md, .html) or official series (.json, .csv) files in ${positionals.join(', ')}`);

const bar = files.length > 3 ? new SingleBar({ format: 'uploading [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : null;
bar?.start(files.length, 0, { file: '' });
for (const file of files) {
  const { key, contentType } = objectFor(basename(file), values.prefix)!;
  try {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: readFileSync(file),
        ContentType: contentType,
        Metadata: values.published && !key.startsWith(REFERENCE_PREFIX) ? { published: values.published } : undefined,
      }),
    );
  } catch (error) {
    bar?.stop();
    failWith(reachError(error, local ? endpoint : 'S3', bucket, key));
  }
  if (bar) bar.increment(1, { file: basename(file) });
  else console.log(`uploaded s3://${bucket}/${key}`);
}
bar?.stop();

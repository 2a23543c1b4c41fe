// npm run upload -- [--published YYYY-MM-DD] [--bucket NAME] [--endpoint URL] FILES_OR_FOLDERS
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SingleBar, Presets } from 'cli-progress';
import { ARTICLE_PREFIX, isArticleFile, objectFor } from './article-files.js';
import { localS3ClientConfig } from './aws-config.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    bucket: { type: 'string' },
    endpoint: { type: 'string' },
    prefix: { type: 'string', default: ARTICLE_PREFIX },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run upload -- [--published YYYY-MM-DD] [--bucket NAME] [--endpoint URL] FILES_OR_FOLDERS');
  process.exit(2);
}
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
  console.error(`--published must be a date like 2024-10-25, not "${values.published}"`);
  process.exit(2);
}

// Without --bucket the target is the local stack; with it, real S3 through the default credentials.
const local = !values.bucket || Boolean(values.endpoint);
const bucket = values.bucket ?? 'claimgraph-articles';
const client = local ? new S3Client(localS3ClientConfig(values.endpoint ?? 'http://127.0.0.1:4569')) : new S3Client({});

const articleFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => articleFiles(join(path, name)))
    : isArticleFile(path)
      ? [path]
      : [];
const files = positionals.flatMap(articleFiles);
const bar = files.length > 3 ? new SingleBar({ format: 'uploading [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : null;
bar?.start(files.length, 0, { file: '' });
for (const file of files) {
  const { key, contentType } = objectFor(basename(file), values.prefix)!;
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: readFileSync(file),
      ContentType: contentType,
      Metadata: values.published ? { published: values.published } : undefined,
    }),
  );
  if (bar) bar.increment(1, { file: basename(file) });
  else console.log(`uploaded s3://${bucket}/${key}`);
}
bar?.stop();
if (files.length === 0) console.error('no .txt, .md or .html files found');

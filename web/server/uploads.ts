// PUT /upload: a file from the page into the bucket, through the normal S3 path (its events feed the ingest).
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import express, { type Router } from 'express';
import { isIsoDate } from '../../functions/core/calendar.js';
import { objectFor } from '../../local/article-files.js';

/** The largest file the page may upload (an article is a few KB; the official series a few MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface ArticleUploader {
  readonly bucket: string;
  put(object: { key: string; contentType: string; body: Uint8Array; published: string | null }): Promise<void>;
}

/** Uploads with an S3 client: to s3rver for `npm start`, to the deployed bucket for `npm run workbench`. */
export function s3Uploader(client: S3Client, bucket: string): ArticleUploader {
  return {
    bucket,
    async put({ key, contentType, body, published }) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, Metadata: published ? { published } : undefined }),
      );
    },
  };
}

const problem = (status: number, message: string) => ({ status, body: { error: message } });

/** Checks what the page sent: a plain file name of a kind the ingest reads, and a date if any. */
export function uploadRequest(name: unknown, published: unknown): { key: string; contentType: string; published: string | null } | ReturnType<typeof problem> {
  if (typeof name !== 'string' || !name || name.length > 200 || /[/\\\u0000-\u001f]/.test(name) || name.startsWith('.')) {
    return problem(400, 'name must be a plain file name, such as kyiv-update.txt');
  }
  const object = objectFor(name);
  if (!object) return problem(415, `${name}: only articles (.txt, .md, .html) and official series (.json, .csv) can be uploaded`);
  if (published !== undefined && published !== '' && !(typeof published === 'string' && isIsoDate(published))) {
    return problem(400, `published must be a date like 2024-10-25, not "${String(published)}"`);
  }
  return { ...object, published: typeof published === 'string' && published ? published : null };
}

/**
 * `PUT /upload?name=FILE&published=YYYY-MM-DD` with the file as the body. A PUT from another
 * origin needs a CORS preflight, which this server never grants: only the page itself can upload.
 */
export function uploadRoutes(uploader: ArticleUploader): Router {
  const router = express.Router();
  router.put('/upload', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req, res, next) => {
    const checked = uploadRequest(req.query.name, req.query.published);
    if ('status' in checked) {
      res.status(checked.status).json(checked.body);
      return;
    }
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (body.length === 0) {
      res.status(400).json({ error: `${req.query.name}: the file is empty` });
      return;
    }
    try {
      await uploader.put({ ...checked, body });
      res.status(201).json({ bucket: uploader.bucket, key: checked.key });
    } catch (error) {
      next(error);
    }
  });
  return router;
}

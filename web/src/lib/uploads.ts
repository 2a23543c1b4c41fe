// A file's way into the bucket: PUT to this server (which writes it to S3), then the ingest's
// answer, read back over GraphQL once the article's ingest time changes.
import { request } from '../api/client.js';
import type { ArticleStatusQuery, ArticleStatusQueryVariables } from '../api/generated.js';
import { ARTICLE_STATUS } from '../api/queries.js';

export type IngestedArticle = NonNullable<ArticleStatusQuery['article']>;

const articleStatus = async (id: string) => (await request<ArticleStatusQuery, ArticleStatusQueryVariables>(ARTICLE_STATUS, { id })).article;

/** PUT /upload with progress events (fetch has none for uploads). Resolves to the object key. */
export function putFile(file: File, published: string, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ name: file.name, ...(published ? { published } : {}) });
    xhr.open('PUT', `/upload?${query}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let body: { key?: string; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // reported below
      }
      if (xhr.status === 201 && body.key) resolve(body.key);
      else reject(new Error(body.error ?? `the upload failed (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error('the upload did not reach the server'));
    xhr.send(file);
  });
}

/** The article's ingest time before an upload, to tell the new ingest from an earlier one. */
export const ingestedAtBefore = async (key: string): Promise<string | null> => (await articleStatus(key))?.ingestedAt ?? null;

/** Polls until the ingest has read this upload (its ingest time changed), or gives up after `timeoutMs`. */
export async function waitForIngest(key: string, before: string | null, timeoutMs = 90_000, signal?: AbortSignal): Promise<IngestedArticle | null> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 250; Date.now() < deadline && !signal?.aborted; delay = Math.min(delay * 1.5, 2000)) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const article = await articleStatus(key);
    if (article && article.ingestedAt !== before) return article;
  }
  return null;
}

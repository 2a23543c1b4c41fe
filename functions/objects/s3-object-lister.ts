import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';

/** One object of a bucket listing. */
export interface BucketObject {
  key: string;
  etag: string | null;
}

export interface ObjectLister {
  /** The objects under a prefix, a page (up to 1,000) at a time. */
  list(bucket: string, prefix: string): AsyncIterable<BucketObject[]>;
}

/** Lists a bucket with ListObjectsV2 (S3, or any S3-compatible server the client points at). */
export class S3ObjectLister implements ObjectLister {
  constructor(private readonly client: S3Client) {}

  async *list(bucket: string, prefix: string): AsyncGenerator<BucketObject[]> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: bucket, Prefix: prefix })) {
      yield (page.Contents ?? []).flatMap((object) => (object.Key ? [{ key: object.Key, etag: object.ETag ?? null }] : []));
    }
  }
}

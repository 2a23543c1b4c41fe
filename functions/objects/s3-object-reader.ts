import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';

/** An object as the ingest needs it. */
export interface StoredObject {
  bytes: Uint8Array;
  metadata: Record<string, string>;
  contentType: string | undefined;
  lastModified: Date | undefined;
  size: number;
  etag: string | null;
  /** Null where the bucket is not versioned (locally). */
  versionId: string | null;
}

export interface ObjectReader {
  /** The object, or null when it no longer exists (deleted after the event was sent). */
  read(bucket: string, key: string): Promise<StoredObject | null>;
}

/** Reads objects from S3 (or any S3-compatible server the client points at). */
export class S3ObjectReader implements ObjectReader {
  constructor(private readonly client: S3Client) {}

  async read(bucket: string, key: string): Promise<StoredObject | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const bytes = object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      return {
        bytes,
        metadata: object.Metadata ?? {},
        contentType: object.ContentType,
        lastModified: object.LastModified,
        size: bytes.length,
        etag: object.ETag?.replace(/"/g, '') ?? null,
        versionId: object.VersionId ?? null,
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return null;
      throw error;
    }
  }
}

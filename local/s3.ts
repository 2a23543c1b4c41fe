import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface S3Notification {
  Records: Array<Record<string, unknown>>;
}

export interface LocalS3 {
  endpoint: string;
  /** Subscribes to s3rver's object events (put, copy, delete), in the order they happen. */
  onObjectEvent(listener: (event: S3Notification) => void): void;
  stop(): Promise<void>;
}

/**
 * Starts s3rver on loopback with the given buckets. With `directory` objects persist there;
 * without it they live in a temporary folder removed on stop.
 */
export async function startLocalS3(options: { port: number; buckets: string[]; directory?: string }): Promise<LocalS3> {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'claimgraph-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: true,
    directory,
    resetOnClose: !options.directory,
    allowMismatchedSignatures: true,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    onObjectEvent(listener) {
      server.on('event', listener);
    },
    async stop() {
      await server.close();
    },
  };
}

import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

/**
 * DynamoDB's answers to two writers racing on one item: the loser's condition failed or its
 * transaction was cancelled, and a retry reads the winner's state and converges. And the store's
 * when an older write of the same article is still under way: a retry goes on once it is done.
 */
const RACES = new Set(['ConditionalCheckFailedException', 'TransactionConflictException', 'TransactionCanceledException', 'OlderWriteRunningError']);

/**
 * Whether trying again later can succeed: network trouble, throttling, a server error, a write
 * race. The AWS SDK's own classification decides the first three (it already retried them a few
 * times within the call). Anything else — a file the reader refuses, an item too large, a bug —
 * fails the same way every time, so it is the document's FAILED status, not a retry.
 */
export function isTransient(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as Error & { $metadata?: object };
  return isThrottlingError(e as never) || isTransientError(e as never) || isServerError(e as never) || RACES.has(e.name);
}

/** A readable one-line reason for a FAILED article. */
export const reasonOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error && error.name !== 'Error' && !message.startsWith(error.name) ? `${error.name}: ` : '';
  return `${name}${message}`.split('\n', 1)[0]!.slice(0, 500);
};

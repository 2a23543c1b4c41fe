import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { DeadLetterLog } from '../store/write-port.js';
import { ingestObject, type IngestDeps } from './ingest.js';
import { MalformedMessageError, objectEventsOf } from './s3-events.js';

export interface BatchDeps extends IngestDeps {
  store: IngestDeps['store'] & DeadLetterLog;
  /** The queue's maxReceiveCount: on that attempt a failure is final and is recorded. */
  maxReceives: number;
}

/**
 * Processes each message on its own and reports only the failed ones, so SQS retries just those
 * (partial batch response). A message that cannot be parsed is recorded and dropped: retrying
 * it cannot help.
 */
export async function processBatch(event: SQSEvent, deps: BatchDeps): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      for (const objectEvent of objectEventsOf(record.body)) await ingestObject(deps, objectEvent);
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof MalformedMessageError) {
        deps.logger.error('dropped a malformed message', { messageId: record.messageId, error: message });
        await recordDeadLetter(deps, record, message);
        continue;
      }
      const receiveCount = Number(record.attributes?.ApproximateReceiveCount ?? 1);
      deps.logger.error('message failed; SQS will retry it', { messageId: record.messageId, receiveCount, error: message });
      if (receiveCount >= deps.maxReceives) await recordDeadLetter(deps, record, message);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

async function recordDeadLetter(deps: BatchDeps, record: SQSRecord, error: string) {
  let bucket: string | null = null;
  let key: string | null = null;
  try {
    const [first] = objectEventsOf(record.body);
    bucket = first?.bucket ?? null;
    key = first?.key ?? null;
  } catch {
    // The body is kept whole below.
  }
  try {
    await deps.store.recordDeadLetter({
      messageId: record.messageId,
      bucket,
      key,
      error,
      receiveCount: Number(record.attributes?.ApproximateReceiveCount ?? 1),
      at: deps.now().toISOString(),
      body: record.body,
    });
  } catch (failure) {
    // The message still reaches the dead-letter queue; only this listing of it is lost.
    deps.logger.error('could not record a dead letter', { messageId: record.messageId, error: (failure as Error).message });
  }
}

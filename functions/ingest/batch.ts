import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { DeadLetterLog } from '../store/write-port.js';
import { reasonOf } from './failures.js';
import { ingestObject, type IngestDeps } from './ingest.js';
import { MalformedMessageError, objectEventsOf } from './s3-events.js';

export interface BatchDeps extends IngestDeps {
  store: IngestDeps['store'] & DeadLetterLog;
  /** The queue's maxReceiveCount: on that attempt a failure is final and is recorded. */
  maxReceives: number;
}

/**
 * Processes each message on its own, in order, and reports only the failed ones, so SQS
 * retries just those (Powertools' partial batch response). What reaches here as an error is
 * transient by construction (`ingestObject` turns everything else into a FAILED article); a
 * message that cannot be parsed is recorded and dropped, since retrying it cannot help.
 */
export async function processBatch(event: SQSEvent, deps: BatchDeps): Promise<SQSBatchResponse> {
  const processor = new BatchProcessor(EventType.SQS);
  return processPartialResponse(event, (record: SQSRecord) => processMessage(record, deps), processor, {
    // Events of one key may share a batch (a put, then a delete): they apply in order.
    processInParallel: false,
    // SQS retries a wholly failed batch from the response as well; no need to throw.
    throwOnFullBatchFailure: false,
  });
}

async function processMessage(record: SQSRecord, deps: BatchDeps): Promise<void> {
  let events;
  try {
    events = objectEventsOf(record.body);
  } catch (error) {
    if (!(error instanceof MalformedMessageError)) throw error;
    deps.logger.error('dropped a malformed message', { messageId: record.messageId, error: error.message });
    await recordDeadLetter(deps, record, error.message);
    return;
  }
  try {
    for (const objectEvent of events) await ingestObject(deps, objectEvent);
  } catch (error) {
    const receiveCount = receiveCountOf(record);
    deps.logger.error('message failed; SQS will retry it', { messageId: record.messageId, receiveCount, error: reasonOf(error) });
    if (receiveCount >= deps.maxReceives) await recordDeadLetter(deps, record, reasonOf(error));
    throw error;
  }
}

const receiveCountOf = (record: SQSRecord) => Number(record.attributes?.ApproximateReceiveCount ?? 1);

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
      receiveCount: receiveCountOf(record),
      at: deps.now().toISOString(),
      body: record.body,
    });
  } catch (failure) {
    // The message still reaches the dead-letter queue; only this listing of it is lost.
    deps.logger.error('could not record a dead letter', { messageId: record.messageId, error: reasonOf(failure) });
  }
}

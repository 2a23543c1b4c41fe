import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { REFERENCE_PREFIX } from '../functions/objects/prefixes.js';
import { createLogger } from '../functions/shared/logger.js';

export interface LocalDeadLetter {
  messageId: string;
  body: string;
  attempts: number;
}

interface Message {
  messageId: string;
  body: string;
  receives: number;
}

const logger = createLogger('claimgraph-local');

/**
 * A stand-in for the SQS queue and its Lambda trigger. Messages are delivered in lanes, as the
 * deployed queue feeds several Lambda instances at once: official series files in a lane of
 * their own, so importing one does not hold up articles; articles over `articleLanes` lanes by
 * key, so the events of one key stay in order. A failed message is redelivered with a growing
 * delay until maxReceives, then dead-lettered.
 */
export class LocalQueue {
  readonly deadLetters: LocalDeadLetter[] = [];
  private readonly lanes: Array<{ pending: Message[]; draining: Promise<void> | null }>;

  constructor(
    private readonly deliver: (event: SQSEvent) => Promise<SQSBatchResponse | void>,
    private readonly maxReceives: number,
    articleLanes = 4,
  ) {
    this.lanes = Array.from({ length: 1 + articleLanes }, () => ({ pending: [], draining: null }));
  }

  send(body: string) {
    const lane = this.lanes[this.laneOf(body)]!;
    lane.pending.push({ messageId: randomUUID(), body, receives: 0 });
    lane.draining ??= this.drain(lane).finally(() => (lane.draining = null));
  }

  /** Resolves once every message so far has been delivered (or dead-lettered). */
  async idle() {
    for (;;) {
      const busy = this.lanes.filter((lane) => lane.draining);
      if (!busy.length) return;
      await Promise.all(busy.map((lane) => lane.draining));
    }
  }

  /** Lane 0 for official series (and messages without a key), else one chosen by the key. */
  private laneOf(body: string): number {
    const key = /"key":"([^"]*)"/.exec(body)?.[1];
    if (!key || decodeURIComponent(key).startsWith(REFERENCE_PREFIX)) return 0;
    let hash = 0;
    for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return 1 + (hash % (this.lanes.length - 1));
  }

  private async drain(lane: { pending: Message[] }) {
    for (let message = lane.pending.shift(); message; message = lane.pending.shift()) {
      message.receives++;
      let failed: boolean;
      try {
        const response = await this.deliver({ Records: [sqsRecord(message)] });
        failed = Boolean(response?.batchItemFailures.some((f) => f.itemIdentifier === message.messageId));
      } catch (error) {
        logger.error('ingest handler threw', { messageId: message.messageId, error: (error as Error).message });
        failed = true;
      }
      if (!failed) continue;
      if (message.receives >= this.maxReceives) {
        logger.error('message moved to the local dead-letter list', { messageId: message.messageId, attempts: message.receives });
        this.deadLetters.push({ messageId: message.messageId, body: message.body, attempts: message.receives });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (message.receives - 1)));
      lane.pending.unshift(message);
    }
  }
}

function sqsRecord(message: Message): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receives),
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:claimgraph-local',
    awsRegion: 'us-east-1',
  };
}

/** One object event from an S3 notification, with the key decoded. */
export interface ObjectEvent {
  type: 'created' | 'removed';
  bucket: string;
  key: string;
  sequencer: string;
  eventTime: string;
}

interface S3NotificationRecord {
  eventName?: string;
  eventTime?: string;
  s3?: { bucket?: { name?: string }; object?: { key?: string; sequencer?: string } };
}

export class MalformedMessageError extends Error {}

/**
 * The object events in one SQS message body. An `s3:TestEvent` (sent when notifications are
 * configured) has no records and yields none.
 */
export function objectEventsOf(body: string): ObjectEvent[] {
  let message: { Records?: S3NotificationRecord[]; Event?: string };
  try {
    message = JSON.parse(body);
  } catch {
    throw new MalformedMessageError('the message body is not JSON');
  }
  if (message.Event === 's3:TestEvent' || !message.Records) return [];
  return message.Records.flatMap((record) => {
    const name = record.eventName ?? '';
    const type = name.startsWith('ObjectCreated:') ? 'created' : name.startsWith('ObjectRemoved:') ? 'removed' : null;
    const bucket = record.s3?.bucket?.name;
    const key = record.s3?.object?.key;
    if (!type || !bucket || key === undefined) return [];
    return [{ type, bucket, key: decodeKey(key), sequencer: record.s3?.object?.sequencer ?? '0', eventTime: record.eventTime ?? new Date(0).toISOString() }];
  });
}

/** S3 URL-encodes keys in notifications, with spaces as `+`. */
export const decodeKey = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

/** The inverse, as S3 does it: what the local stack puts in the events it sends. */
export const encodeKey = (key: string): string => encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');

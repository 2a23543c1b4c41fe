// What reconciling reads: each article's version, extractor and unfinished write, in bulk.
import { compareSequencers } from '../../core/article.js';
import { ARTICLES_PARTITION, WRITES_PARTITION, articleKey, articleWriteKey, referenceFileKey } from '../keys.js';
import type { ArticleState, ArticleStates } from '../write-port.js';
import { REFERENCE_LAYOUT } from './reference-items.js';
import type { Item, TableClient } from './table-client.js';

const ARTICLE_LIST_INDEX = 'gsi1';
const WRITE_LIST_INDEX = 'gsi2';
const STATE_ATTRIBUTES = ['id', '#status', 'etag', 'extractorVersion', 'sequencer'];

const stateOf = (item: Item): ArticleState => ({
  id: item.id,
  status: item.status,
  etag: item.etag ?? null,
  extractorVersion: item.extractorVersion ?? null,
  sequencer: item.sequencer,
  unfinished: false,
});

/** An unfinished write makes the state unfinished, to be written again with the newer of its sequencer and the stored one. */
function withWrite(state: ArticleState | undefined, write: Item): ArticleState {
  const base = state ?? { id: write.id, status: 'INGESTED' as const, etag: null, extractorVersion: null, sequencer: write.sequencer, unfinished: true };
  return { ...base, sequencer: compareSequencers(write.sequencer, base.sequencer) > 0 ? write.sequencer : base.sequencer, unfinished: true };
}

export class DynamoArticleStates implements ArticleStates {
  constructor(private readonly table: TableClient) {}

  /** Articles by the list index (one Query page after another), then the writes left unfinished. */
  async *articleStates(): AsyncGenerator<ArticleState[]> {
    const writes = new Map<string, Item>();
    for await (const page of this.table.pages({ IndexName: WRITE_LIST_INDEX, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': WRITES_PARTITION } })) {
      for (const write of page) writes.set(write.id, write);
    }
    for await (const page of this.table.pages({
      IndexName: ARTICLE_LIST_INDEX,
      KeyConditionExpression: 'gsi1pk = :pk',
      ProjectionExpression: STATE_ATTRIBUTES.join(', '),
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': ARTICLES_PARTITION },
    })) {
      yield page.map((item) => {
        const write = writes.get(item.id);
        writes.delete(item.id);
        return write ? withWrite(stateOf(item), write) : stateOf(item);
      });
    }
    // Writes of articles never committed at all.
    if (writes.size) yield [...writes.values()].map((write) => withWrite(undefined, write));
  }

  async statesOf(ids: readonly string[]): Promise<Map<string, ArticleState>> {
    const items = await this.table.batchGet(ids.flatMap((id) => [articleKey(id), articleWriteKey(id)]));
    const states = new Map<string, ArticleState>();
    for (const item of items.filter((item) => item.sk === articleKey('').sk)) states.set(item.id, stateOf(item));
    // A write item stays after its commit (it keeps the newest sequencer begun), off the list.
    const unfinished = items.filter((item) => item.sk === articleWriteKey('').sk && item.gsi2pk === WRITES_PARTITION);
    for (const write of unfinished) states.set(write.id, withWrite(states.get(write.id), write));
    return states;
  }

  async referenceEtags(keys: readonly string[]): Promise<Map<string, string | null>> {
    // A file imported under the older layout counts as never imported, so reconciling imports it again.
    const items = (await this.table.batchGet(keys.map(referenceFileKey))).filter((item) => item.layout === REFERENCE_LAYOUT);
    return new Map(items.map((item) => [item.key as string, (item.etag as string | undefined) ?? null]));
  }
}

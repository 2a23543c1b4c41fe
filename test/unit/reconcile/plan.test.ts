import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../functions/extractor/version.js';
import { isOrphan, referenceNeedsImport, rereadOf } from '../../../functions/reconcile/plan.js';
import type { ArticleState } from '../../../functions/store/write-port.js';

const object = { key: 'articles/a.txt', etag: '"e1"' };
const state = (overrides: Partial<ArticleState> = {}): ArticleState => ({
  id: 'articles/a.txt', status: 'INGESTED', etag: 'e1', extractorVersion: EXTRACTOR_VERSION, sequencer: '0A', unfinished: false, ...overrides,
});

describe('what reconciling reads again', () => {
  it('leaves an article of this object, read by this extractor, as it is', () => {
    for (const mode of ['reconcile', 'outdated'] as const) expect(rereadOf(object, state(), mode)).toBeNull();
  });

  it('reads an object the table does not have, with the lowest sequencer so its own late event still wins', () => {
    expect(rereadOf(object, undefined, 'reconcile')).toEqual({ key: 'articles/a.txt', sequencer: '0', reason: 'missing' });
  });

  it('reads an object again over a tombstone, with the tombstone\'s sequencer', () => {
    expect(rereadOf(object, state({ status: 'DELETED', sequencer: '0F' }), 'reconcile')).toEqual({ key: 'articles/a.txt', sequencer: '0F', reason: 'missing' });
  });

  it('reads again an article of another object version, or one a crash left half-written', () => {
    expect(rereadOf(object, state({ etag: 'e0' }), 'reconcile')).toMatchObject({ reason: 'changed', sequencer: '0A' });
    expect(rereadOf(object, state({ unfinished: true, sequencer: '0B' }), 'reconcile')).toMatchObject({ reason: 'unfinished', sequencer: '0B' });
  });

  it('reads again what an older extractor read only when asked, and everything with all', () => {
    const old = state({ extractorVersion: EXTRACTOR_VERSION - 1 });
    expect(rereadOf(object, old, 'reconcile')).toBeNull();
    expect(rereadOf(object, old, 'outdated')).toMatchObject({ reason: 'outdated' });
    expect(rereadOf(object, state({ extractorVersion: null }), 'outdated')).toMatchObject({ reason: 'outdated' });
    expect(rereadOf(object, state(), 'all')).toMatchObject({ reason: 'all' });
  });

  it('imports a reference file never imported or changed since, and leaves it otherwise', () => {
    const file = { key: 'reference/gs.json', etag: '"r1"' };
    expect(referenceNeedsImport(file, undefined, 'reconcile')).toBe(true);
    expect(referenceNeedsImport(file, 'r0', 'reconcile')).toBe(true);
    expect(referenceNeedsImport(file, 'r1', 'outdated')).toBe(false);
    expect(referenceNeedsImport(file, 'r1', 'all')).toBe(true);
  });

  it('removes an article whose object is gone, but not a tombstone', () => {
    expect(isOrphan(state(), () => false)).toBe(true);
    expect(isOrphan(state({ status: 'FAILED' }), () => false)).toBe(true);
    expect(isOrphan(state({ status: 'DELETED' }), () => false)).toBe(false);
    expect(isOrphan(state(), () => true)).toBe(false);
  });
});

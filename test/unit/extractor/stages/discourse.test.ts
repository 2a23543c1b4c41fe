// Stage: discourse context as an explicit step — the state each sentence leaves for the next, and
// the changes it makes to claims read before it.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import type { Sentence, SentenceTags } from '../../../../functions/extractor/model.js';
import { advance, applyPatches, startDiscourse, viewFor, type DiscourseState, type Draft, type Patch } from '../../../../functions/extractor/stages/discourse.js';
import { LineReader } from '../../../../functions/extractor/stages/lines.js';
import { readSentence } from '../../../../functions/extractor/stages/read.js';
import { splitSentences } from '../../../../functions/extractor/stages/sentences.js';

const en = lexiconFor('en')!;

/** Reads an article sentence by sentence as index.ts does, keeping every state and patch. */
function read(text: string, published = '2024-10-25') {
  const reader = new LineReader(en);
  let state = startDiscourse(published);
  const states: DiscourseState[] = [];
  const patches: Patch[] = [];
  const drafts: Draft[] = [];
  for (const raw of splitSentences(text)) {
    const outcome = readSentence(reader.read(raw), state, en, text);
    const next = advance(state, outcome, en);
    applyPatches(next.patches, text);
    patches.push(...next.patches);
    drafts.push(...outcome.drafts);
    states.push((state = next.state));
  }
  return { states, patches, claims: drafts.map((d) => d.claim) };
}

describe('the discourse state', () => {
  it('starts with nothing in force but the publication day', () => {
    expect(startDiscourse('2024-10-25')).toMatchObject({ published: '2024-10-25', claimant: null, statementDay: null, side: null, period: null, metric: null, kind: null });
  });

  it('carries the claimant named, the day it spoke, the side, metric and kind counted, and the period read', () => {
    const { states } = read('The General Staff said on Tuesday that Moscow had lost 1,100 soldiers in the past day.');
    expect(states[0]).toMatchObject({
      claimant: { name: 'General Staff of the Armed Forces of Ukraine', group: 'UA' },
      statementDay: { day: '2024-10-22', claimant: 'General Staff of the Armed Forces of Ukraine' },
      side: 'Russia',
      metric: 'personnel',
      kind: 'loss',
      period: { period: { kind: 'day', start: '2024-10-22', end: '2024-10-22' }, group: 'UA' },
    });
  });

  it('keeps the claimant in force through a sentence that takes it up, and drops it where someone else speaks', () => {
    const { states, claims } = read(
      'The General Staff said Moscow had lost 1,100 soldiers in the past day. It also lost 12 tanks, the update said. The governor said 40 homes were hit.',
    );
    expect(states.map((s) => s.claimant?.name ?? null)).toEqual(['General Staff of the Armed Forces of Ukraine', 'General Staff of the Armed Forces of Ukraine', null]);
    expect(claims.find((c) => c.metric === 'tanks')).toMatchObject({ source: 'General Staff of the Armed Forces of Ukraine', subject: 'Russia' });
  });

  it('starts afresh at a section heading', () => {
    const { states } = read('The General Staff said Moscow had lost 1,100 soldiers in the past day.\nLosses on the other side\nMore news came later.');
    expect(states[1]).toMatchObject({ side: null, period: null, statementDay: null });
  });

  it('gives a sentence that hands its words to someone else no claimant, and a heading no context', () => {
    const state = { ...startDiscourse('2024-10-25'), claimant: { name: 'Kremlin', group: 'RU' as const }, side: 'Ukraine' };
    const sentence = { heading: false } as Sentence;
    expect(viewFor(state, sentence, { otherSpeaker: true } as SentenceTags).claimant).toBeNull();
    expect(viewFor(state, sentence, { otherSpeaker: false } as SentenceTags).claimant).toEqual(state.claimant);
    expect(viewFor(state, { heading: true } as Sentence, { otherSpeaker: false } as SentenceTags)).toMatchObject({ claimant: null, side: null });
  });
});

describe('patches to claims read before', () => {
  it('credits figures to the claimant a following "This was reported by …" names, with evidence of it', () => {
    const text = 'Moscow lost 1,100 soldiers and 12 tanks in the past day. This was reported by the General Staff.';
    const { patches, claims } = read(text);
    expect(patches.map((p) => p.rule)).toEqual(['source.reportedBack']);
    const start = text.indexOf('the General Staff');
    for (const claim of claims) {
      expect(claim).toMatchObject({ source: 'General Staff of the Armed Forces of Ukraine', sourceGroup: 'UA' });
      // One source evidence, replaced by the patch: the words that named the claimant.
      const source = claim.evidence.filter((e) => e.attribute === 'source');
      expect(source).toEqual([{ attribute: 'source', rule: expect.stringMatching(/^source\./), text: 'the General Staff', start, end: start + 17 }]);
    }
  });

  it('credits a headline that names no claimant to the first one its lead names', () => {
    const { patches, claims } = read('Moscow loses 1,100 soldiers in a day\nMoscow lost 1,100 soldiers in the past day, the General Staff said.');
    expect(patches.map((p) => p.rule)).toContain('source.headlineFromLead');
    expect(claims[0]).toMatchObject({ source: 'General Staff of the Armed Forces of Ukraine' });
  });

  it('credits figures no one was named for to the claimant the next sentence names', () => {
    const { patches, claims } = read('Moscow lost 1,100 soldiers in the past day. The General Staff said the fighting went on.');
    expect(patches.map((p) => p.rule)).toEqual(['source.namedNext']);
    expect(claims[0]).toMatchObject({ source: 'General Staff of the Armed Forces of Ukraine' });
  });
});

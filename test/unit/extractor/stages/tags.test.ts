// Stage: the tagged spans of a sentence — numbers, times, metric words, sides, the adversary,
// claimants, kind cues and clause breaks — found once from the lexicon.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import type { Span } from '../../../../functions/extractor/model.js';
import { metricTagsOf, sideTagsOf, tagSentence } from '../../../../functions/extractor/stages/tags.js';

const en = lexiconFor('en')!;

const words = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('tagSentence', () => {
  const text = 'Moscow lost 40 tanks near Kyiv and 300 soldiers; the enemy also had losses of 9,000 in the past day, the General Staff said.';
  const tags = tagSentence(text, en, null);

  it('finds the numbers and time expressions', () => {
    expect(words(text, tags.numbers)).toEqual(['40', '300', '9,000']);
    expect(words(text, tags.times)).toEqual(['in the past day']);
  });

  it('tags metric words, a weak one ("losses") marked as such', () => {
    expect(tags.metrics.map((m) => [text.slice(m.start, m.end), m.metric, m.weak])).toEqual([
      ['tanks', 'tanks', false],
      ['soldiers', 'personnel', false],
      ['losses', 'personnel', true],
    ]);
  });

  it('tags sides, a side after "near" or "in" standing as a place', () => {
    expect(tags.sides.map((s) => [text.slice(s.start, s.end), s.side, s.place])).toEqual([
      ['Moscow', 'Russia', false],
      ['Kyiv', 'Ukraine', true],
    ]);
    expect(words(text, tags.adversaries)).toEqual(['the enemy']);
  });

  it('tags kind cues, clause breaks and the claimant speaking', () => {
    expect(tags.kinds.map((k) => [text.slice(k.start, k.end), k.kind])).toEqual([
      ['lost', 'loss'],
      ['losses', 'loss'],
    ]);
    expect(words(text, tags.breaks)).toContain(';');
    expect(words(text, tags.attributions)).toEqual(['the General Staff']);
  });

  it('reads only who speaks in a sentence without numbers', () => {
    const plain = 'The General Staff said the enemy had retreated.';
    const found = tagSentence(plain, en, null);
    expect(found).toMatchObject({ numbers: [], times: [], metrics: [], sides: [], adversaries: [], kinds: [], breaks: [] });
    expect(words(plain, found.attributions)).toEqual(['The General Staff']);
  });

  it('finds every claimant named, speaking or not, when asked', () => {
    const plain = 'Russia lost 40 tanks.';
    const found = tagSentence(plain, en, null);
    expect(found.attributions).toEqual([]);
    expect(found.claimantMentions().map((m) => [plain.slice(m.start, m.end), m.claimant.group])).toEqual([['Russia', 'RU']]);
  });
});

describe('metricTagsOf and sideTagsOf', () => {
  it('read metric words on whole words, the longer phrase first', () => {
    const text = 'It lost drones, armored fighting vehicles, ground robots and multitanks.';
    expect(metricTagsOf(text, en).map((m) => [text.slice(m.start, m.end), m.metric])).toEqual([
      ['drones', 'uav'],
      ['armored fighting vehicles', 'armored_vehicles'],
      ['ground robots', 'ground_robotic_systems'],
    ]);
  });

  it('read sides as adjectives, possessives and capitals', () => {
    const text = "Russian units, Ukraine's army and Kyiv's allies fought in Donbas.";
    expect(sideTagsOf(text, en).map((s) => s.side)).toEqual(['Russia', 'Ukraine', 'Ukraine']);
  });
});

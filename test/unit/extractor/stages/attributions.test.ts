// Stage: who speaks in a sentence — claimants named as saying something, not those merely named.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import type { Claimant } from '../../../../functions/extractor/model.js';
import { findSpeakers } from '../../../../functions/extractor/stages/attributions.js';

const en = lexiconFor('en')!;

const speakers = (text: string, inForce: Claimant | null = null) => {
  const found = findSpeakers(text, en, inForce);
  return { ...found, speaking: found.attributions.map((a) => [text.slice(a.start, a.end), a.claimant.name]) };
};
const PRESIDENT: Claimant = { name: 'President of Ukraine', group: 'UA', person: true };
const MINISTRY: Claimant = { name: 'Russian Ministry of Defence', group: 'RU' };

describe('findSpeakers', () => {
  it.each([
    ['Moscow lost 640 men, according to the General Staff.', 'the General Staff', 'General Staff of the Armed Forces of Ukraine'],
    ['The Pentagon said Moscow lost 640 men.', 'The Pentagon', 'Pentagon'],
    ['Moscow lost 640 men, said Shoigu.', 'Shoigu', 'Russian Ministry of Defence'],
    ["Kyiv's tally puts the toll at 640.", 'Kyiv', 'General Staff of the Armed Forces of Ukraine'],
  ])('%s', (text, name, claimant) => {
    expect(speakers(text).speaking).toEqual([[name, claimant]]);
  });

  it('names the claimant only where it speaks, not a side or an organisation asked for comment', () => {
    expect(speakers('The Pentagon said Russia lost 640 men.').mentions.map((m) => m.claimant.name)).toContain('Russian Ministry of Defence');
    expect(speakers('The Pentagon said Russia lost 640 men.').speaking).toEqual([['The Pentagon', 'Pentagon']]);
    expect(speakers('A reporter asked the Pentagon for comment on the 640 men.').speaking).toEqual([]);
  });

  it('reads a source in brackets at the end of a line as speaking for that line only', () => {
    const found = findSpeakers('Russia lost 640 men (General Staff)', en, null);
    expect(found.attributions).toEqual([expect.objectContaining({ local: true, claimant: expect.objectContaining({ group: 'UA' }) })]);
  });

  it('takes up the claimant in force with "the ministry said", and with "he said" only after a person', () => {
    expect(speakers('Moscow lost 640 men, the ministry said.', MINISTRY)).toMatchObject({ takesUp: true, speaking: [] });
    expect(speakers('He said 640 men were lost.', PRESIDENT)).toMatchObject({ takesUp: true, otherSpeaker: false });
    expect(speakers('He said 640 men were lost.', MINISTRY)).toMatchObject({ takesUp: false, otherSpeaker: true });
  });

  it('tells a sentence that gives its words to someone it does not know', () => {
    for (const text of ['The governor said 640 homes were hit.', 'Mayor Jones said 640 homes were hit.', 'According to local officials, 640 homes were hit.']) {
      expect(speakers(text), text).toMatchObject({ speaking: [], otherSpeaker: true });
    }
  });

  it('looks for names only where some word could make one speak, unless asked for every mention', () => {
    const text = 'The Pentagon is providing 640 rifles';
    expect(findSpeakers(text, en, null)).toMatchObject({ attributions: [], mentions: [] });
    expect(findSpeakers(text, en, null, true).mentions.map((m) => [text.slice(m.start, m.end), m.claimant.name])).toEqual([['The Pentagon', 'Pentagon']]);
  });
});

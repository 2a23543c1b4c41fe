// Stage: one sentence read into claims, each attribute decided by its registry, with evidence.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../functions/document/document.js';
import { extractClaims } from '../../../../functions/extractor/index.js';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import { startDiscourse } from '../../../../functions/extractor/stages/discourse.js';
import { LineReader } from '../../../../functions/extractor/stages/lines.js';
import { readSentence } from '../../../../functions/extractor/stages/read.js';
import { splitSentences } from '../../../../functions/extractor/stages/sentences.js';

const en = lexiconFor('en')!;

const readOne = (text: string) => readSentence(new LineReader(en).read([...splitSentences(text)][0]!), startDiscourse('2024-10-25'), en, text);

describe('readSentence', () => {
  it('reads each figure into a claim with evidence for every attribute, in the order they are decided', () => {
    const text = 'Moscow lost 1,100 soldiers and 12 tanks in the past day, the General Staff said.';
    const outcome = readOne(text);
    expect(outcome.drafts.map((d) => [d.claim.metric, d.claim.value])).toEqual([
      ['personnel', 1100],
      ['tanks', 12],
    ]);
    for (const { claim } of outcome.drafts) {
      expect(claim.evidence.map((e) => e.attribute)).toEqual(['metric', 'kind', 'qualifier', 'source', 'subject', 'period']);
      for (const e of claim.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(claim.evidence.find((e) => e.attribute === 'period')?.text).toBe('in the past day');
    }
  });

  it('tells the discourse what the sentence established: its claimant, first side and the period it named', () => {
    const outcome = readOne('Moscow lost 1,100 soldiers in the past day, the General Staff said.');
    expect(outcome.claimant?.value).toMatchObject({ name: 'General Staff of the Armed Forces of Ukraine' });
    expect(outcome.firstSide).toBe('Russia');
    expect(outcome.named).toEqual({ kind: 'day', start: '2024-10-25', end: '2024-10-25' });
  });

  it('gives aid no period and no period evidence', () => {
    const [aid] = readOne('The Pentagon announced a $300 million aid package for Ukraine.').drafts;
    expect(aid!.claim).toMatchObject({ kind: 'aid', period: null, subject: 'Ukraine' });
    expect(aid!.claim.evidence.map((e) => e.attribute)).not.toContain('period');
  });

  it('reads a sentence without numbers for the day its claimant spoke only', () => {
    const outcome = readOne('The General Staff said on Tuesday that the fighting went on.');
    expect(outcome.drafts).toEqual([]);
    expect(outcome.statement).toEqual({ day: '2024-10-22' });
  });

  it('points evidence read from a list\'s lead-in at the lead-in line', () => {
    const text = 'The General Staff gave its daily figures.\nMoscow lost in the past day:\n1,520 soldiers\n12 tanks';
    const claims = extractClaims(text, { published: '2024-10-25' }).claims;
    expect(claims.map((c) => c.quote)).toEqual(['1,520 soldiers', '12 tanks']);
    for (const claim of claims) {
      for (const e of claim.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(claim.evidence.find((e) => e.attribute === 'kind')).toMatchObject({ text: 'lost', start: text.indexOf('lost') });
    }
  });
});

describe('evidence in the fixture articles', () => {
  const dir = 'test/fixtures/articles';
  it.each(readdirSync(dir))('%s: every evidence is the text at its offsets', (name) => {
    const document = readDocument({ bytes: readFileSync(`${dir}/${name}`), name });
    if (!document.ok) throw new Error(document.reason);
    const { claims } = extractClaims(document.text, { published: '2024-10-25' });
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.evidence.length).toBeGreaterThanOrEqual(5);
      for (const e of claim.evidence) expect(document.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

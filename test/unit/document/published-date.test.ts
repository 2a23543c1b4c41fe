import { describe, expect, it } from 'vitest';
import { dateInText, decidePublishedDate } from '../../../functions/document/published-date.js';
import { extractClaims } from '../../../functions/extractor/index.js';

const uploaded = new Date('2024-11-20T13:45:00Z');

describe('the publication date', () => {
  it('takes the date given with the upload first, then the page metadata, then the text', () => {
    const text = 'Published October 25, 2024\n\nRussia lost 1,000 soldiers in the past day.';
    expect(decidePublishedDate({ given: '2024-10-26', html: '2024-10-24', text, uploaded })).toMatchObject({ published: '2024-10-26', from: 'metadata', guessed: false });
    expect(decidePublishedDate({ html: '2024-10-24', text, uploaded })).toMatchObject({ published: '2024-10-24', from: 'html', guessed: false });
    expect(decidePublishedDate({ text, uploaded })).toMatchObject({ published: '2024-10-25', from: 'dateline', guessed: false });
  });

  it('ignores a given date that is not YYYY-MM-DD, and says so', () => {
    const decided = decidePublishedDate({ given: '25/10/2024', text: 'No date here.', uploaded });
    expect(decided).toMatchObject({ published: '2024-11-20', from: 'uploadTime', guessed: true });
    expect(decided.warnings[0]).toBe('ignored the publication date "25/10/2024": not a YYYY-MM-DD date');
  });

  it('falls back on the upload day as a guess, with a warning that says what that means', () => {
    const decided = decidePublishedDate({ text: 'Russia lost 1,000 soldiers in the past day, Kyiv said.', uploaded });
    expect(decided).toMatchObject({ published: '2024-11-20', from: 'uploadTime', guessed: true });
    expect(decided.warnings.join(' ')).toMatch(/upload day 2024-11-20 .*stay out of series, latestTotals and disagreements unless a query sets includeUndated/);
  });

  it('leaves the date unknown when there is no upload time either (the CLI)', () => {
    expect(decidePublishedDate({ text: 'Russia lost 1,000 soldiers.' })).toMatchObject({ published: null, from: null, guessed: false });
  });

  it('reads a labelled date line, a bare date line and a credit line at the top', () => {
    expect(dateInText('Headline\nPost At: Mar 05/2024 10:00AM\n\nRussia lost 1,000 soldiers.')).toEqual({ published: '2024-03-05', from: 'dateline' });
    expect(dateInText('Kyiv counts its gains\n\nSept. 9, 2023, 6:05 p.m.\n\nThe figures came in overnight.')).toEqual({ published: '2023-09-09', from: 'dateline' });
    expect(dateInText('Front report\n14 Feb, 2024 08:30\n\nThe ministry spoke.')).toEqual({ published: '2024-02-14', from: 'dateline' });
    expect(dateInText('The minister gave the figures at a briefing. 05.06.2023, Ledger Wire\nMore follows.')).toEqual({ published: '2023-06-05', from: 'dateline' });
  });

  it('reads a dateline with a year', () => {
    expect(dateInText('ODESA, Ukraine — Nov. 3, 2024 — Officials said the port was hit.')).toEqual({ published: '2024-11-03', from: 'dateline' });
  });

  it('does not take a date from the middle of a sentence at the top for the publication date', () => {
    expect(dateInText('Updated figures show that on October 3, 2024 the army lost 1,200 soldiers.')).toBeNull();
    expect(dateInText('Russia began its invasion on February 24, 2022, and has lost many soldiers since.')).toBeNull();
  });

  it('dates a text by the newest report a running total is quoted "to", in English and as the General Staff writes it', () => {
    expect(dateInText('The tally of losses from February 24, 2022 to November 12, 2024 includes 9,100 tanks. It was up from the tally from 24 February 2022 to 10 November 2024.')).toEqual({
      published: '2024-11-12',
      from: 'report',
    });
    expect(dateInText('Загальні бойові втрати противника з 24.02.22 по 12.11.24 орієнтовно склали')).toEqual({ published: '2024-11-12', from: 'report' });
  });

  it('gives the extractor the date relative periods are resolved against', () => {
    const text = 'Headline\nPost At: Mar 05/2024 10:00AM\n\nRussia lost 1,000 soldiers in the past day, Kyiv said.';
    const { published } = decidePublishedDate({ text });
    expect(extractClaims(text, { published }).claims[0]!.period).toEqual({ kind: 'day', start: '2024-03-05', end: '2024-03-05' });
  });
});

// Readings found on a set of real pages about Ukraine's commanders counting Russia's losses
// (Syrskyi's monthly and yearly figures, Zelensky's Kursk totals), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('periods', () => {
  it('dates a figure by its month, not by the war its losses were suffered in', () => {
    expect(only('In March alone, the Russian army\'s losses in the war against Ukraine reached nearly 31,000 soldiers, Kyiv said.', '2025-04-10').period).toEqual({
      kind: 'span',
      start: '2025-03-01',
      end: '2025-03-31',
    });
  });

  it('reads "since the start of the Kursk operation in August" as since that month', () => {
    expect(only('Since the start of the Kursk operation in August, Russia has lost over 51,000 troops there, Zelensky said.', '2025-03-14').period).toEqual({
      kind: 'span',
      start: '2024-08-01',
      end: '2025-03-14',
    });
  });

  it('reads "over the four months of the Kursk operation" as the operation, not the war', () => {
    expect(only('Over the four months of the Kursk operation, Russian forces have lost about 31,000 troops, Zelensky said.', '2024-12-06').period).toEqual({
      kind: 'span',
      start: null,
      end: '2024-12-06',
    });
  });
});

describe('speakers', () => {
  it('gives "He added" to the commander named before, though a staff published his statement', () => {
    const claims = claimsOf(
      'Russian losses in May came to 35,000 soldiers. That is from a statement by the Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrskyi, posted by the General Staff. He added that in May, Ukrainian forces destroyed 95 tanks.',
      '2025-06-05',
    );
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([
      [35000, 'UA'],
      [95, 'UA'],
    ]);
  });

  it('knows "President of Ukraine" as the title before Zelensky\'s name', () => {
    const claims = claimsOf('Russia has lost more than 40 thousand troops in the Kursk region. This was stated by President of Ukraine Volodymyr Zelenskyy in a video address.', '2025-01-20');
    expect(claims.map((c) => [c.value, c.sourceGroup])).toEqual([[40000, 'UA']]);
  });
});

describe('a breakdown after a colon', () => {
  it('gives the parts after a colon the whole\'s side and month', () => {
    const claims = claimsOf(
      'He said that in October the Defense Forces of Ukraine destroyed some 14,000 enemy troops and over 1,300 pieces of equipment: about 150 tanks and 300 artillery systems.',
      '2023-11-05',
    );
    const october = { kind: 'span', start: '2023-10-01', end: '2023-10-31' };
    expect(claims.map((c) => [c.subject, c.metric, c.value, c.period])).toEqual([
      ['Russia', 'personnel', 14000, october],
      ['Russia', 'equipment', 1300, october],
      ['Russia', 'tanks', 150, october],
      ['Russia', 'artillery', 300, october],
    ]);
  });
});

// Readings found on a set of real pages about weekly tallies of the General Staff's figures
// (Newsweek's "in one week", "from Monday through Friday", "since Monday"), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('weekdays and weeks', () => {
  it('reads "from Tuesday through Thursday" as those days of the week, and "an estimated total of" as approximate', () => {
    expect(only('From Tuesday through Thursday, Russia lost an estimated total of 1,850 soldiers, the General Staff said on Thursday.', '2023-03-09')).toMatchObject({
      qualifier: 'approx',
      period: { kind: 'span', start: '2023-03-07', end: '2023-03-09' },
    });
  });

  it('dates a total "reported a week ago" to the week before, and keeps the update\'s day for what follows', () => {
    const claims = claimsOf(
      'The General Staff said on Monday that Russian losses had reached 280,000 troops. That is up from 274,100 deaths reported a week ago. The military said it destroyed three tanks in the past day.',
      '2023-10-16',
    );
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [280000, { kind: 'cumulative', start: '2022-02-24', end: '2023-10-16' }],
      [274100, { kind: 'cumulative', start: '2022-02-24', end: '2023-10-09' }],
      [3, { kind: 'day', start: '2023-10-16', end: '2023-10-16' }],
    ]);
  });
});

describe('several nouns counted at once', () => {
  it('gives "each" one count per noun, and "respectively" each bare total to its noun in order', () => {
    const claims = claimsOf(
      'Kyiv said its forces destroyed six more Russian tanks and armoured vehicles each, bringing the totals to 5,100 and 9,750, respectively.',
      '2023-10-16',
    );
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['tanks', 6],
      ['armored_vehicles', 6],
      ['tanks', 5100],
      ['armored_vehicles', 9750],
    ]);
  });

  it('still counts nouns joined without "each" together', () => {
    expect(only('Russia lost 40 tanks and armoured vehicles over the week, Kyiv said.', '2023-10-16').metric).toBe('tanks+armored_vehicles');
  });
});

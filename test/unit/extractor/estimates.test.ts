import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

// Estimates of a war's toll as Western and wire reports phrase them.
const SINCE_INVASION = (end: string) => ({ kind: 'cumulative', start: '2022-02-24', end });

describe('estimates of the toll', () => {
  it('reads "of Russian casualties" as whose casualties, not as a place', () => {
    const claims = claimsOf('Figures of Russian casualties differ, but most put them near 150,000 killed and 300,000 wounded.', '2024-06-12');
    expect(claims.map((c) => [c.value, c.subject])).toEqual([[150000, 'Russia'], [300000, 'Russia']]);
  });

  it('keeps "the east of Ukraine" a place', () => {
    expect(only('In the east of Ukraine, Russia lost 900 soldiers in the past day, Kyiv said.', '2024-06-12')).toMatchObject({ subject: 'Russia' });
  });

  it('lets "the officials" take up the officials named before', () => {
    const text = 'American officials said Russia had suffered about 250,000 casualties. The dead number as many as 90,000, the officials added.';
    expect(claimsOf(text, '2023-08-19').map((c) => c.sourceGroup)).toEqual(['US', 'US']);
  });

  it('reads a named day beside a figure no day could hold as the day a running total stands at', () => {
    const text = 'The officer, speaking to reporters on Wednesday, said the estimate of 25,000 to 35,000 Russian casualties was conservative, NATO said.';
    expect(only(text, '2022-03-25')).toMatchObject({ value: 25000, valueMax: 35000, period: SINCE_INVASION('2022-03-23') });
  });

  it("keeps a named day a day's figure can fill", () => {
    expect(only('On Wednesday, Russia lost 1,100 soldiers, Kyiv said.', '2024-10-25').period).toEqual({ kind: 'day', start: '2024-10-23', end: '2024-10-23' });
  });
});

describe('ratios are no counts', () => {
  it.each(['an army loses three wounded soldiers for every soldier killed', 'Russia loses five soldiers for each Ukrainian one'])('%s', (text) => {
    expect(() => only(`${text}, NATO said.`, '2024-06-12')).toThrow(/got \[\]/);
  });
});

describe('counts since a tracker last updated', () => {
  it('reads the names added since a dated update as a span from that day', () => {
    const text = "Since the project's previous update on March 3, the names of 1,250 more Russian soldiers have been added to its list of the dead, Mediazona said.";
    expect(only(text, '2025-03-20')).toMatchObject({ value: 1250, period: { kind: 'span', start: '2025-03-03', end: '2025-03-20' }, sourceGroup: 'independent' });
  });

  it('leaves the start open when the update is not dated', () => {
    const text = 'Since its last update, Mediazona has confirmed the deaths of 1,250 more Russian soldiers.';
    expect(only(text, '2025-03-20').period).toEqual({ kind: 'span', start: null, end: '2025-03-20' });
  });
});

describe('whose figures, in lists of estimates', () => {
  it('reads "the number of Russians killed" as whose dead, not as a place', () => {
    const text = "London puts the number of Russians killed or wounded at about 690,000, close to Kyiv's estimate of 702,000, the UK Ministry of Defence said.";
    expect(claimsOf(text, '2024-11-12').map((c) => [c.value, c.subject])).toEqual([[690000, 'Russia'], [702000, 'Russia']]);
  });

  it('lets a figure with its own noun keep it before a qualified second one', () => {
    const claims = claimsOf('Russia fired nearly 200 missiles and more than 150 drones at Ukraine last week, Kyiv said.', '2024-01-02');
    expect(claims.map((c) => [c.value, c.metric])).not.toContainEqual([200, 'uav']);
  });
});

describe("a battle's toll", () => {
  it('reads a figure for battles for a place as a span the text does not date', () => {
    const text = 'Kyiv said on March 3 that Russia had lost some 300,000 soldiers, with 15,000 killed in battles for Avdiivka alone.';
    const claims = claimsOf(text, '2025-03-05');
    expect(claims.find((c) => c.value === 15000)?.period).toEqual({ kind: 'span', start: null, end: '2025-03-03' });
    expect(claims.find((c) => c.value === 300000)?.period).toEqual(SINCE_INVASION('2025-03-03'));
  });
});

// Stage: which time expressions date the statement itself rather than the figures.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../functions/extractor/lang/index.js';
import { findSpeakers } from '../../../../functions/extractor/stages/attributions.js';
import { opensWithClaimant, opensWithTime, separateStatementTime } from '../../../../functions/extractor/stages/statement.js';
import { findTimes } from '../../../../functions/extractor/stages/times.js';

const en = lexiconFor('en')!;

/** The figures' periods (as words) and the statement's time, the way stages/read.ts asks. */
function separate(text: string, published: string, firstFigure: string) {
  const attributions = findSpeakers(text, en, null).attributions;
  const opens = opensWithClaimant(text, attributions, text.indexOf(firstFigure), en);
  const { periods, statement } = separateStatementTime(text, findTimes(text, en), en, published, opens, attributions);
  return { periods: periods.map((p) => text.slice(p.start, p.end)), statement };
}

// Friday 25 October 2024.
const FRIDAY = '2024-10-25';

describe('separateStatementTime', () => {
  it('takes a day after a reporting verb for the statement, and leaves the figures their own period', () => {
    expect(separate('Moscow lost 950 men in the past day, the General Staff said on Tuesday.', FRIDAY, '950')).toEqual({
      periods: ['in the past day'],
      statement: { day: '2024-10-22' },
    });
  });

  it('takes a day between a claimant and its verb for the statement', () => {
    expect(separate('The Russian Defence Ministry on Sunday admitted 310 men were lost.', FRIDAY, '310')).toEqual({ periods: [], statement: { day: '2024-10-20' } });
  });

  it('takes a date right after the statement day for the statement too', () => {
    expect(separate('Kyiv said on Monday, October 21, that 950 were lost.', FRIDAY, '950')).toEqual({ periods: [], statement: { day: '2024-10-21' } });
  });

  it('takes an opening month for the statement when the claimant stands right after it, known only coarsely', () => {
    expect(separate('In September 2023, Shoigu said Ukraine had lost 66,000 soldiers.', FRIDAY, '66,000')).toEqual({
      periods: [],
      statement: { coarse: true, around: '2023-09-01' },
    });
  });

  it('dates a statement made "in" the month of publication by the publication day', () => {
    expect(separate('Shoigu told reporters in February 2024 that 444,000 had been lost.', '2024-02-26', '444,000')).toEqual({ periods: [], statement: { day: '2024-02-26' } });
  });

  it('leaves months paired with figures to the figures, and a day with no reporting word to its figure', () => {
    expect(separate('In November, Kyiv claimed 17,000, as well as another 18,000 in December.', '2025-01-10', '17,000')).toMatchObject({
      periods: ['In November', expect.stringMatching(/^in December/)],
      statement: null,
    });
    expect(separate('Moscow lost 950 men on Tuesday.', FRIDAY, '950')).toEqual({ periods: ['on Tuesday'], statement: null });
  });

  it('never takes a span ("since Monday") for the statement', () => {
    expect(separate('Kyiv said since Monday 4,000 were lost.', FRIDAY, '4,000').statement).toBeNull();
  });
});

describe('opening phrases', () => {
  it('tells an expression that opens the sentence before its first comma', () => {
    const text = 'In 2024, it lost 5 jets.';
    expect(opensWithTime(text, { start: 0, end: 7 })).toBe(true);
    const later = 'It lost 5 jets in 2024, it said.';
    expect(opensWithTime(later, { start: 15, end: 22 })).toBe(false);
  });

  it('tells a claimant right after the opening phrase and before the first figure', () => {
    const text = 'Last week, the Pentagon said 950 were lost.';
    const attributions = findSpeakers(text, en, null).attributions;
    expect(opensWithClaimant(text, attributions, text.indexOf('950'), en)).toBe(true);
    expect(opensWithClaimant(text, attributions, text.indexOf('Pentagon') - 1, en)).toBe(false);
  });
});

// Readings found on a set of real pages about NATO's and Washington's estimates early in the war
// and from leaked assessments, each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './helpers.js';

describe('counted nouns', () => {
  it('counts "Russian forces" killed after a figure as soldiers, and generals as soldiers', () => {
    expect(only('A leaked assessment said 9,000 to 11,000 Russian forces had been killed since the invasion.', '2023-04-10')).toMatchObject({
      subject: 'Russia',
      metric: 'personnel',
      value: 9000,
      valueMax: 11000,
      period: { kind: 'cumulative', start: '2022-02-24', end: '2023-04-10' },
    });
    expect(only('Kyiv said its troops had killed four Russian generals so far.', '2022-04-01')).toMatchObject({ metric: 'personnel', value: 4 });
  });

  it('does not take "Ukrainian forces" that captured equipment as the side of the fates after them', () => {
    const claims = claimsOf('Oryx said 300 Russian tanks had been captured by Ukrainian forces, 40 damaged and 25 abandoned.', '2023-02-09');
    expect(claims.map((c) => [c.subject, c.value])).toEqual([
      ['Russia', 300],
      ['Russia', 40],
      ['Russia', 25],
    ]);
  });
});

describe('another war as a yardstick', () => {
  it('keeps a figure compared with the losses of another war', () => {
    expect(only('US officials estimate Russian casualties at close to 180,000 after ten months of war, six times more than the Soviet losses in Afghanistan.', '2022-12-28')).toMatchObject({
      value: 180000,
      sourceGroup: 'US',
    });
  });

  it('still drops the other war\'s own figure', () => {
    expect(claimsOf('About 15,000 Soviet troops died in Afghanistan over a decade.', '2022-12-28')).toEqual([]);
  });
});

describe('claimants of estimates', () => {
  it('reads "the estimate of American and Western leaders" as Washington\'s, not the outlet relaying it', () => {
    expect(only('Russian troops killed and wounded near 180,000: this is the estimate of American and Western leaders, the Times writes.', '2023-01-20').sourceGroup).toBe('US');
  });

  it('dates a total to the day the Defense Intelligence chief gave it', () => {
    expect(only('On March 10, Defense Intelligence Director Scott Berrier told senators that 3,000 to 5,000 Russian soldiers had died.', '2022-03-24')).toMatchObject({
      valueMax: 5000,
      period: { kind: 'cumulative', start: '2022-02-24', end: '2022-03-10' },
      sourceGroup: 'US',
    });
  });
});

describe('in Ukrainian', () => {
  it('keeps a figure compared with the Soviet losses in Afghanistan', () => {
    expect(claimsOf('За даними Генштабу, Росія втратила 150 000 військових, у 10 разів більше, ніж радянські війська в Афганістані.', '2023-02-03').map((c) => c.value)).toEqual([150000]);
  });
});

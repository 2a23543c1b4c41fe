// Readings found on a set of real pages about Moscow's front-by-front reports of Ukraine's losses
// (TASS, Sputnik and others on the battlegroups' days and weeks), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('pages as they come', () => {
  it('ends a sentence at a full stop a page lost its space after', () => {
    const claims = claimsOf(
      'Russian units took a village, according to the statement.Kiev lost up to 610 soldiers to the Battlegroup Sever in the past week, the ministry added.Ukraine also lost up to 95 troops to the Battlegroup Dnepr, while 40 more fell near Kherson.',
      '2024-08-03',
    );
    expect(claims.map((c) => [c.value, c.period?.kind])).toEqual([
      [610, 'span'],
      [95, 'span'],
      [40, 'span'],
    ]);
  });

  it('keeps a full stop inside a name or a web address', () => {
    const claims = claimsOf('Ukraine lost up to 140 soldiers, the ministry told TASS.com on Sunday.', '2024-08-04');
    expect(claims.map((c) => c.value)).toEqual([140]);
  });
});

describe('vague counts', () => {
  it('counts "a dozen" but not "several dozen"', () => {
    const claims = claimsOf('Over the week, Ukraine lost a dozen tanks and several dozen armored personnel carriers, the ministry said.', '2024-05-04');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['tanks', 12]]);
  });
});

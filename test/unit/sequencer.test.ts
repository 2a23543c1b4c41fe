import { describe, expect, it } from 'vitest';
import { compareSequencers } from '../../functions/core/article.js';

describe('compareSequencers', () => {
  it('orders sequencers of equal length lexicographically', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBeLessThan(0);
  });
  it('left-pads the shorter sequencer with zeros, as AWS documents', () => {
    expect(compareSequencers('FF', '0100')).toBeLessThan(0);
    expect(compareSequencers('00FF', 'FF')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

// Aid packages as donors and wires announce them.
describe('aid packages', () => {
  it('reads dollars named after the figure as money', () => {
    expect(only('Since 2022 Washington has committed close to 61.3 billion US dollars in military aid to Kyiv, the Pentagon said.', '2024-05-01')).toMatchObject({
      metric: 'aid', unit: 'USD', value: 61_300_000_000, qualifier: 'atMost', sourceGroup: 'US',
    });
    expect(only('The Pentagon announced 275 million dollars in new weapons for Ukraine.', '2024-05-01')).toMatchObject({ unit: 'USD', value: 275_000_000 });
  });

  it("leaves other countries' dollars out", () => {
    expect(() => only('Ottawa pledged 500 million Canadian dollars in military aid.', '2024-05-01')).toThrow(/got \[\]/);
  });

  it('takes the Department of Defense for the Pentagon', () => {
    expect(only('The Department of Defense unveiled a $300 million package for Ukraine on Friday.', '2024-05-01')).toMatchObject({ metric: 'aid', sourceGroup: 'US' });
  });
});

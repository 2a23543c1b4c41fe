// Readings found on a set of real pages about independent counts (Oryx's visual confirmations,
// the BBC's and Mediazona's names of the dead), each in sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../functions/extractor/index.js';
import { claimsOf } from './helpers.js';

describe('equipment counted with its vehicles', () => {
  it('reads "units of the Russian military vehicles and equipment" as all equipment, and the fates after it too', () => {
    const claims = claimsOf('By now, 3,100 units of the Russian military vehicles and equipment have been destroyed and 140 damaged, Oryx said.', '2022-10-01');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['equipment', 3100],
      ['equipment', 140],
    ]);
  });
});

describe('shares and places are no counts', () => {
  it('takes nothing from "seven out of ten of those killed" nor from the population of a town', () => {
    expect(claimsOf('Seven out of ten of those killed came from villages or towns with populations of under 50,000, the researchers found.', '2025-02-01')).toEqual([]);
  });

  it('still reads a part out of a whole as counts', () => {
    expect(claimsOf('Air defences shot down 40 out of 52 Russian drones overnight, the air force said.', '2025-02-01').map((c) => c.value)).toContain(40);
  });

  it('reads an estimate "nearer" a figure as approximate', () => {
    expect(claimsOf('Oryx said Russia had lost 1,200 tanks; the real toll could be nearer 2,500 tanks.', '2023-03-01').map((c) => [c.value, c.qualifier])).toEqual([
      [1200, 'exact'],
      [2500, 'approx'],
    ]);
  });
});

describe('researchers speaking in the first person', () => {
  const text =
    'Mediazona and the BBC Russian Service compiled the names from obituaries and local reports.\n\nWe have identified 81,500 Russian soldiers killed in the war so far.';

  it('gives "we have identified" to the researchers named before', () => {
    const claim = extractClaims(text, { published: '2024-12-01' }).claims[0]!;
    expect([claim.value, claim.source, claim.sourceGroup]).toEqual([81500, 'BBC Russian Service and Mediazona', 'independent']);
  });

  it('leaves a "we" whose words another speaker is given to that speaker', () => {
    const claim = extractClaims('Mediazona compiled the names from obituaries.\n\n"We have counted 300 dead Russian soldiers," the regional governor said.', { published: '2024-12-01' }).claims[0]!;
    expect(claim.sourceGroup).toBeNull();
  });
});

describe('in Ukrainian', () => {
  it('takes nothing from a share of those killed nor from a population', () => {
    expect(claimsOf('За даними дослідників, 7 з 10 з тих загиблих походили з містечок з населенням менше 40 000.', '2024-12-01')).toEqual([]);
  });
});

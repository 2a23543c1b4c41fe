// The page's GraphQL operations against the contract: valid, and within the API's cost limit at
// the widest ranges the views ask for, so a change to the schema or the limits shows here first.
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../functions/core/calendar.js';
import { typeDefs } from '../../../functions/api/generated/schema.js';
import { MAX_COST, queryCost } from '../../../functions/api/limits.js';
import * as operations from '../../../web/src/api/queries.js';
import { DEFAULT_SERIES_DAYS, DISAGREEMENT_MAX_DAYS } from '../../../web/src/lib/ranges.js';

const schema = buildSchema(typeDefs);
const series = { subject: 'Russia', metric: 'PERSONNEL', granularity: 'DAY', from: '2024-01-01', to: addDays('2024-01-01', DEFAULT_SERIES_DAYS - 1) };
/** The widest variables the views send by themselves: a default series by day, the most days of disagreements, pages of 100. */
const widest: Record<string, Record<string, unknown>> = {
  SIDES_SERIES: { ...series, includeUndated: true },
  SERIES_CONTEXT: { ...series, withOfficial: true, includeUndated: true },
  DISAGREEMENTS: { subject: 'Russia', metric: 'PERSONNEL', from: '2024-01-01', to: addDays('2024-01-01', DISAGREEMENT_MAX_DAYS - 1), includeUndated: true },
  CLAIMS: { first: 100 },
};

describe('the workbench page\'s operations', () => {
  for (const [name, source] of Object.entries(operations)) {
    if (name === 'CLAIM_FIELDS') continue;
    it(`${name} is valid and affordable`, () => {
      const document = parse(source);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      expect(queryCost(schema, document, widest[name] ?? { subject: 'Russia', metric: 'PERSONNEL', id: 'x', includeUndated: true })).toBeLessThanOrEqual(MAX_COST);
    });
  }
});

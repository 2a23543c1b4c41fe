// The request limits, checked on the real schema and server without any store: a refused
// request must be refused before a resolver runs, so the context here fails on any use.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_COST, queryCost } from '../../../functions/api/limits.js';
import { createApiServer, executableSchema, type ApiContext } from '../../../functions/api/server.js';

const server = createApiServer({ introspection: true });
const schema = executableSchema();
let storeUses = 0;
const untouchable = new Proxy({}, { get: () => (storeUses++, () => { throw new Error('the store was used'); }) }) as ApiContext;

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables }, { contextValue: untouchable });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...response.body.singleResult, status: response.http.status };
}
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

const series = (alias: string, granularity: string, from: string, to: string) =>
  `${alias}: series(subject: "Russia", metric: PERSONNEL, granularity: ${granularity}, from: "${from}", to: "${to}", sourceGroup: UA) { buckets { start value claimCount } }`;
const aliases = (count: number, field: (alias: string) => string) => `{ ${Array.from({ length: count }, (_, i) => field(`a${i}`)).join('\n')} }`;

describe('the cost limit', () => {
  it('refuses 490 aliased ten-year monthly series before anything runs, saying why', async () => {
    const result = await run(aliases(490, (a) => series(a, 'MONTH', '2015-01-01', '2024-12-31')));
    expect(result.data).toBeUndefined();
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      { message: expect.stringMatching(/^the query may cost about \d+, more than the 20000 allowed \(each field and list item counts, aliases included/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(storeUses).toBe(0);
  });

  it('refuses six aliased 3,654-day daily series, and allows one', async () => {
    const one = series('a', 'DAY', '2015-01-01', '2024-12-31');
    expect(cost(`{ ${one} }`)).toBeLessThanOrEqual(MAX_COST);
    expect((await run(aliases(6, (a) => series(a, 'DAY', '2015-01-01', '2024-12-31')))).errors?.[0]?.message).toMatch(/may cost about/);
    expect(storeUses).toBe(0);
  });

  it('counts a series by the days it reads, so a ten-year month series costs more than a one-year one', () => {
    const year = cost(`{ ${series('a', 'MONTH', '2024-01-01', '2024-12-31')} }`);
    const decade = cost(`{ ${series('a', 'MONTH', '2015-01-01', '2024-12-31')} }`);
    expect(decade).toBeGreaterThan(9 * year);
    expect(decade).toBeLessThanOrEqual(MAX_COST);
  });

  it('counts a series without a claimant as several sides, and allows a year of days for them', () => {
    const oneSide = cost(`{ ${series('a', 'DAY', '2024-01-01', '2024-12-31')} }`);
    const bySide = `{ series(subject: "Russia", metric: PERSONNEL, from: "2024-01-01", to: "2024-12-31") { sourceGroup buckets { start end value min max basis coverage claimCount articleCount } } }`;
    expect(cost(bySide.replace('{ start end value min max basis coverage claimCount articleCount }', '{ start value claimCount }'))).toBeGreaterThan(2 * (oneSide - 366));
    expect(cost(bySide)).toBeLessThanOrEqual(MAX_COST);
  });

  it('allows a year of disagreements with each claim\'s interval, and refuses ten years of them', () => {
    const disagreements = (from: string) => `{ disagreements(subject: "Russia", metric: PERSONNEL, from: "${from}", to: "2024-12-31") { date values figures { value qualifier min max } claims { quote } } }`;
    expect(cost(disagreements('2024-01-01'))).toBeLessThanOrEqual(MAX_COST);
    expect(cost(disagreements('2015-01-01'))).toBeGreaterThan(MAX_COST);
  });

  it('counts aliases hidden in fragments, and page sizes passed as variables', async () => {
    const fragments = `{ ...A ...B }
      fragment A on Query { ${Array.from({ length: 30 }, (_, i) => series(`a${i}`, 'MONTH', '2015-01-01', '2024-12-31')).join(' ')} }
      fragment B on Query { ${Array.from({ length: 30 }, (_, i) => series(`b${i}`, 'MONTH', '2015-01-01', '2024-12-31')).join(' ')} }`;
    expect((await run(fragments)).errors?.[0]?.message).toMatch(/may cost about/);
    const paged = `query ($n: Int) { ${Array.from({ length: 30 }, (_, i) => `c${i}: claims(first: $n) { edges { node { id value quote article { title } } } }`).join(' ')} }`;
    expect(cost(paged, { n: 100 })).toBeGreaterThan(MAX_COST);
    expect(cost(paged, { n: 5 })).toBeLessThanOrEqual(MAX_COST);
    expect((await run(paged, { n: 100 })).errors?.[0]?.message).toMatch(/may cost about/);
    expect(storeUses).toBe(0);
  });

  it('refuses a flood of aliased introspection, but not GraphiQL\'s one introspection query', async () => {
    expect((await run(aliases(100, (a) => `${a}: __schema { types { name fields { name } } }`))).errors?.[0]?.message).toMatch(/may cost about/);
    const introspection = await run('{ __schema { queryType { name } types { name kind fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }');
    expect(introspection.errors).toBeUndefined();
  });

  it('refuses fragments that spread each other exponentially, without analysing them exponentially', async () => {
    const levels = 30;
    const definitions = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`);
    const result = await run(`{ ...F0 } ${definitions.join(' ')}`);
    expect(result.errors?.[0]?.message).toMatch(/^the query has more than 100000 fields once its fragments are spread/);
    expect(storeUses).toBe(0);
  });
});

describe('the depth limit', () => {
  it('follows fragments', async () => {
    const result = await run(`{ claims { edges { node { ...Deep } } } }
      fragment Deep on Claim { article { claims { article { claims { article { id } } } } } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'the query is 9 levels deep; at most 8 are allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(storeUses).toBe(0);
  });
});

describe('the parser', () => {
  it('refuses a document of more than 50,000 tokens', async () => {
    const result = await run(aliases(20_000, (a) => `${a}: __typename`));
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/more tha[nt] 50000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('lets through a health check', async () => {
    expect((await run('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

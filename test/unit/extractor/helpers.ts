import { extractClaims } from '../../../functions/extractor/index.js';

/** The claims of a text, in a compact form that reads well in assertions. */
export function claimsOf(text: string, published = '2024-10-25') {
  return extractClaims(text, { published }).claims.map((c) => ({
    subject: c.subject,
    metric: c.metric,
    unit: c.unit,
    value: c.value,
    valueMax: c.valueMax,
    qualifier: c.qualifier,
    kind: c.kind,
    period: c.period,
    sourceGroup: c.sourceGroup,
  }));
}

export const only = (text: string, published?: string) => {
  const claims = claimsOf(text, published);
  if (claims.length !== 1) throw new Error(`expected one claim, got ${JSON.stringify(claims, null, 1)}`);
  return claims[0]!;
};

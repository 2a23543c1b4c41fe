// Claims as an analyst reads them: the figure, what and when it counts, who says so, the quote and its article.
import type { ClaimFieldsFragment } from '../api/generated.js';
import { metricLabel, sideLabel } from '../lib/domain.js';
import { formatNumber, formatPeriod, formatValue, VERIFICATION_TEXT } from '../lib/format.js';
import { articleUrl } from '../lib/urls.js';

export function Verification({ claim }: { claim: Pick<ClaimFieldsFragment, 'verification' | 'officialValue'> }) {
  if (!claim.verification) return null;
  const official = claim.officialValue !== null ? ` (official: ${formatNumber(claim.officialValue)})` : '';
  return <span class={`badge verification-${claim.verification.toLowerCase()}`}>{VERIFICATION_TEXT[claim.verification] ?? claim.verification}{official}</span>;
}

export function ClaimItem({ claim }: { claim: ClaimFieldsFragment }) {
  return (
    <li class="claim">
      <p class="claim-head">
        <strong class="figure">{formatValue(claim)}</strong> {metricLabel(claim.metric)} · {claim.subject ?? 'no subject'} · {formatPeriod(claim.period)}
      </p>
      <p class="claim-source">
        {claim.source ?? 'unattributed'} <span class="muted">({sideLabel(claim.sourceGroup)})</span> <Verification claim={claim} />
      </p>
      <blockquote>{claim.quote}</blockquote>
      {claim.article && (
        <p class="claim-article">
          <a href={articleUrl(claim.article.id, claim.id)}>{claim.article.title ?? claim.article.id}</a>
          <span class="muted"> {[claim.article.outlet, claim.article.published].filter(Boolean).join(', ')}</span>
        </p>
      )}
    </li>
  );
}

export function ClaimList({ claims }: { claims: ClaimFieldsFragment[] }) {
  return <ul class="claims">{claims.map((claim) => <ClaimItem key={claim.id} claim={claim} />)}</ul>;
}

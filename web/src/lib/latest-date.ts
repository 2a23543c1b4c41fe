// The newest date a subject's claims of one metric are for: where a view without dates starts.
import { useEffect, useState } from 'preact/hooks';
import { toIso } from '../../../functions/core/calendar.js';
import { request } from '../api/client.js';
import type { LatestClaimDateQuery, LatestClaimDateQueryVariables, Metric } from '../api/generated.js';
import { LATEST_CLAIM_DATE } from '../api/queries.js';

/** The period end of the newest claim, else today; null until known, or when not wanted. */
export function useLatestClaimDate(subject: string, metric: Metric, wanted: boolean): string | null {
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const today = toIso(new Date());
    request<LatestClaimDateQuery, LatestClaimDateQueryVariables>(LATEST_CLAIM_DATE, { subject, metric }).then(
      (answer) => current && setDate(answer.claims.edges[0]?.node.period?.end ?? today),
      () => current && setDate(today),
    );
    return () => {
      current = false;
    };
  }, [subject, metric, wanted]);
  return date;
}

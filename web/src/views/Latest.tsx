// Latest: a subject's newest running total of each metric per claimant, the official figure, and
// the change since that claimant's previous report.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { addDays } from '../../../functions/core/calendar.js';
import { request, useQuery } from '../api/client.js';
import type { LatestQuery, LatestQueryVariables } from '../api/generated.js';
import { LATEST } from '../api/queries.js';
import { Verification } from '../components/ClaimList.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { DateField, SubjectField, UndatedField } from '../components/SubjectMetric.js';
import { metricLabel, QUALIFIER_SIGNS, sideLabel } from '../lib/domain.js';
import { formatNumber } from '../lib/format.js';
import { articleUrl, viewUrl } from '../lib/urls.js';

type Total = LatestQuery['latestTotals'][number];
const keyOf = (t: Pick<Total, 'metric' | 'source'>) => `${t.metric}|${t.source ?? ''}`;

/** Each claimant's previous report: the latest totals as of the day before each total's date. */
function usePrevious(subject: string, includeUndated: boolean, totals: Total[] | undefined): Map<string, Total> | null {
  const [previous, setPrevious] = useState<Map<string, Total> | null>(null);
  useEffect(() => {
    setPrevious(null);
    if (!totals?.length) return;
    const dates = [...new Set(totals.map((t) => t.date))];
    void Promise.all(dates.map((date) => request<LatestQuery, LatestQueryVariables>(LATEST, { subject, asOf: addDays(date, -1), includeUndated }))).then(
      (answers) => {
        const found = new Map<string, Total>();
        answers.forEach((answer, i) => {
          for (const t of answer.latestTotals) if (totals.some((latest) => latest.date === dates[i] && keyOf(latest) === keyOf(t))) found.set(keyOf(t), t);
        });
        setPrevious(found);
      },
      () => setPrevious(new Map()),
    );
  }, [subject, includeUndated, totals]);
  return previous;
}

export function LatestView() {
  const { query, route } = useLocation();
  const subject = query.subject || 'Russia';
  const asOf = query.asOf || undefined;
  const undated = query.undated === '1';
  const { data, error, loading } = useQuery<LatestQuery, LatestQueryVariables>(LATEST, { subject, asOf, includeUndated: undated });
  const previous = usePrevious(subject, undated, data?.latestTotals);
  const set = (change: Record<string, string | undefined>) => route(viewUrl('/latest', { subject, asOf, undated: undated ? '1' : undefined, ...change }));

  return (
    <section aria-labelledby="latest-title">
      <h1 id="latest-title">Latest running totals</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <SubjectField value={subject} onChange={(value) => set({ subject: value })} />
        <DateField label="As of" name="asOf" value={asOf ?? ''} onChange={(value) => set({ asOf: value })} />
        <UndatedField value={undated} onChange={(value) => set({ undated: value ? '1' : undefined })} />
      </form>
      {loading && <Loading what="the totals" />}
      {error && <ErrorMessage error={error} />}
      {data && data.latestTotals.length === 0 && <Empty>No running totals for {subject} yet.</Empty>}
      {data && data.latestTotals.length > 0 && (
        <div class="table-scroll">
          <table>
            <caption>{subject}'s losses as each claimant last counted them</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th><th scope="col">Claimant</th><th scope="col">Date</th><th scope="col" class="number">Total</th>
                <th scope="col" class="number">Since the previous report</th><th scope="col">Official check</th><th scope="col">Source article</th>
              </tr>
            </thead>
            <tbody>
              {data.latestTotals.map((total) => {
                const before = previous?.get(keyOf(total));
                const checked = total.claims.find((c) => c.verification) ?? total.claims[0];
                return (
                  <tr key={keyOf(total)}>
                    <th scope="row">{metricLabel(total.metric)}</th>
                    <td>{total.source ?? 'unattributed'} <span class="muted">({sideLabel(total.sourceGroup)})</span></td>
                    <td>{total.date}</td>
                    <td class="number">{QUALIFIER_SIGNS[total.qualifier]}{formatNumber(total.value)}</td>
                    <td class="number">
                      {previous === null ? '…' : before ? <>{total.value - before.value >= 0 ? '+' : ''}{formatNumber(total.value - before.value)} <span class="muted small">since {before.date}</span></> : <span class="muted">first report</span>}
                    </td>
                    <td>{checked ? <Verification claim={checked} /> : null}</td>
                    <td>{checked?.article ? <a href={articleUrl(checked.article.id, checked.id)}>{checked.article.title ?? checked.article.id}</a> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

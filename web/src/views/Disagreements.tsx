// Disagreements: per date, the values each source on one side gives, with links to their articles.
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { addDays, daysCovered } from '../../../functions/core/calendar.js';
import { useQuery } from '../api/client.js';
import type { DisagreementsQuery, DisagreementsQueryVariables, Metric } from '../api/generated.js';
import { DISAGREEMENTS } from '../api/queries.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { DateField, MetricField, SubjectField, UndatedField } from '../components/SubjectMetric.js';
import { metricLabel, sideLabel } from '../lib/domain.js';
import { formatNumber, formatValue } from '../lib/format.js';
import { useLatestClaimDate } from '../lib/latest-date.js';
import { DISAGREEMENT_MAX_DAYS as MAX_DAYS } from '../lib/ranges.js';
import { articleUrl, viewUrl } from '../lib/urls.js';


/** The values a figure allows, as the aggregates read it: [min, max], either end open. */
const interval = (figure: { min: number | null; max: number | null }) =>
  `[${figure.min === null ? '−∞' : formatNumber(figure.min)}, ${figure.max === null ? '∞' : formatNumber(figure.max)}]`;

export function DisagreementsView() {
  const { query, route } = useLocation();
  const subject = query.subject || 'Russia';
  const metric = (query.metric || 'PERSONNEL') as Metric;
  const undated = query.undated === '1';
  const { from, to } = query;
  const set = (change: Record<string, string | undefined>, replace = false) =>
    route(viewUrl('/disagreements', { subject, metric, from, to, undated: undated ? '1' : undefined, ...change }), replace);

  // Without dates, the 90 days up to the newest claim.
  const latest = useLatestClaimDate(subject, metric, !(from && to));
  useEffect(() => {
    if (latest && !(from && to)) set({ from: addDays(latest, -(MAX_DAYS - 1)), to: latest }, true);
  }, [latest, from, to]);

  const tooLong = Boolean(from && to && daysCovered(from, to) > MAX_DAYS);
  const { data, error, loading } = useQuery<DisagreementsQuery, DisagreementsQueryVariables>(
    DISAGREEMENTS,
    { subject, metric, from: from ?? '', to: to ?? '', includeUndated: undated },
    { skip: !from || !to || tooLong },
  );

  return (
    <section aria-labelledby="disagreements-title">
      <h1 id="disagreements-title">Disagreements</h1>
      <p class="muted">Dates on which claims of one side conflict: the values each figure allows do not meet.</p>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <SubjectField value={subject} onChange={(value) => set({ subject: value })} />
        <MetricField value={metric} onChange={(value) => set({ metric: value })} />
        <DateField label="From" name="from" value={from ?? ''} onChange={(value) => set({ from: value })} />
        <DateField label="To" name="to" value={to ?? ''} onChange={(value) => set({ to: value })} />
        <UndatedField value={undated} onChange={(value) => set({ undated: value ? '1' : undefined })} />
      </form>
      {tooLong && <ErrorMessage error={`Choose at most ${MAX_DAYS} days: one request may read every figure of that many days.`} />}
      {(loading || (!tooLong && (!from || !to))) && <Loading what="the disagreements" />}
      {error && <ErrorMessage error={error} />}
      {data && data.disagreements.length === 0 && <Empty>No two sources on one side give conflicting {metricLabel(metric)} figures for {subject} between {from} and {to}.</Empty>}
      {data && data.disagreements.length > 0 && (
        <div class="table-scroll">
          <table class="disagreements">
            <thead>
              <tr><th scope="col">Date</th><th scope="col">Figure</th><th scope="col">Side</th><th scope="col">What each source says</th></tr>
            </thead>
            <tbody>
              {data.disagreements.map((d) => (
                <tr key={`${d.date}|${d.periodKind}|${d.sourceGroup}`}>
                  <th scope="row">{d.date}</th>
                  <td>{d.periodKind === 'DAY' ? 'day' : 'running total'}</td>
                  <td>{sideLabel(d.sourceGroup)}</td>
                  <td>
                    <ul class="plain">
                      {d.figures.map((figure) => (
                        <li key={figure.claimId}>
                          <strong>{formatValue({ ...figure, unit: 'COUNT' })}</strong> <span class="muted">allows {interval(figure)}</span> — {figure.source ?? 'unattributed'},{' '}
                          <a href={articleUrl(figure.articleId, figure.claimId)}>{figure.articleId}</a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

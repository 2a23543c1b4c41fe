// Series: one subject and metric over dates, a line per claimant side, the official series beside them.
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { addDays } from '../../../functions/core/calendar.js';
import { request, useQuery } from '../api/client.js';
import type {
  ClaimsQuery,
  ClaimsQueryVariables,
  Granularity,
  Metric,
  SeriesContextQuery,
  SeriesContextQueryVariables,
  SidesSeriesQuery,
  SidesSeriesQueryVariables,
  SourceGroup,
} from '../api/generated.js';
import { CLAIMS, SERIES_CONTEXT, SIDES_SERIES } from '../api/queries.js';
import { ClaimList } from '../components/ClaimList.js';
import { basisText, SeriesChart, type ChartData } from '../components/SeriesChart.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { DateField, MetricField, SubjectField, UndatedField } from '../components/SubjectMetric.js';
import { metricLabel, OFFICIAL_COLOUR, SIDES } from '../lib/domain.js';
import { formatNumber } from '../lib/format.js';
import { useLatestClaimDate } from '../lib/latest-date.js';
import { DEFAULT_SERIES_DAYS } from '../lib/ranges.js';
import { viewUrl } from '../lib/urls.js';

const GRANULARITIES: Granularity[] = ['DAY', 'WEEK', 'MONTH'];

const NO_SIDE = { label: 'no side', colour: '#666666', symbol: 'plus' };

type SeriesAnswer = SeriesContextQuery & SidesSeriesQuery;

/** The chart's data: every side's series, beside the official series and the disagreements, in two requests at once. */
async function loadSeries(variables: SeriesContextQueryVariables): Promise<SeriesAnswer> {
  const { withOfficial: _, ...common } = variables;
  const [context, sides] = await Promise.all([
    request<SeriesContextQuery, SeriesContextQueryVariables>(SERIES_CONTEXT, variables),
    request<SidesSeriesQuery, SidesSeriesQueryVariables>(SIDES_SERIES, common),
  ]);
  return { ...context, series: sides.series };
}

function useSeries(variables: SeriesContextQueryVariables, skip: boolean) {
  const [state, setState] = useState<{ data: SeriesAnswer | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, error: null, loading: true }));
    loadSeries(variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: Error) => current && setState({ data: null, error: error.message, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key, skip]);
  return state;
}

/** Where a series answer becomes chart data: one line per side the answer has. */
function chartData(answer: SeriesAnswer, metric: string, granularity: Granularity): ChartData {
  const starts = (answer.series[0]?.buckets ?? answer.officialSeries ?? []).map((b) => b.start);
  const sides = answer.series
    .map((series) => {
      const style = SIDES.find((s) => s.group === series.sourceGroup) ?? NO_SIDE;
      return { label: style.label, colour: style.colour, symbol: style.symbol, points: series.buckets.map((b) => ({ side: style.label, ...b })) };
    })
    .filter((side) => side.points.some((p) => p.value !== null));
  const indexOf = (day: string) => {
    let index = -1;
    for (let i = 0; i < starts.length && starts[i]! <= day; i++) index = i;
    return index;
  };
  const disagreements = answer.disagreements
    .filter((d) => d.periodKind === 'DAY')
    .map((d) => ({ index: indexOf(d.date), side: (SIDES.find((s) => s.group === d.sourceGroup) ?? NO_SIDE).label }))
    .filter((d) => d.index >= 0);
  const hasOfficial = answer.officialSeries?.some((b) => b.change !== null);
  return {
    starts,
    ends: (answer.series[0]?.buckets ?? answer.officialSeries ?? []).map((b) => b.end),
    sides,
    official: hasOfficial ? answer.officialSeries!.map((b) => ({ start: b.start, change: b.change })) : null,
    disagreements,
    yLabel: `${metricLabel(metric)} per ${granularity.toLowerCase()}`,
  };
}

function Legend({ data }: { data: ChartData }) {
  return (
    <ul class="legend" aria-label="Legend">
      {data.sides.map((s) => (
        <li key={s.label}><span class="swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.label} <span class="muted">({s.symbol})</span></li>
      ))}
      {data.official && <li><span class="swatch dashed" style={{ borderColor: OFFICIAL_COLOUR }} aria-hidden="true" /> official series (General Staff reports)</li>}
      {data.disagreements.length > 0 && <li><span class="ring" aria-hidden="true" /> sources on one side disagree</li>}
      {data.sides.some((s) => s.points.some((p) => p.value !== null && p.coverage < 1)) && (
        <li><span class="hollow" aria-hidden="true" /> only some of the bucket's days have a figure: their sum</li>
      )}
    </ul>
  );
}

function BucketClaims({ subject, metric, start, end, summary }: { subject: string; metric: Metric; start: string; end: string; summary: string }) {
  // Whatever a bucket's basis (day figures, a week's or month's figure, running totals), its claims end in it.
  const filter = { subject, metric, from: start, to: end };
  const { data, error, loading } = useQuery<ClaimsQuery, ClaimsQueryVariables>(CLAIMS, { filter, first: 50 });
  const claims = data?.claims.edges.map((e) => e.node) ?? [];
  return (
    <section class="panel" aria-labelledby="bucket-title">
      <h2 id="bucket-title">{start === end ? start : `${start} – ${end}`}</h2>
      <p aria-live="polite">{summary}</p>
      {loading && <Loading what="the claims" />}
      {error && <ErrorMessage error={error} />}
      {data && claims.length === 0 && <Empty>No claims end in this bucket.</Empty>}
      <ClaimList claims={claims} />
      {data?.claims.pageInfo.hasNextPage && <p><a href={viewUrl('/claims', { ...filter })}>All claims of this bucket…</a></p>}
    </section>
  );
}

function DataTable({ data }: { data: ChartData }) {
  return (
    <details>
      <summary>The chart as a table</summary>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              {data.sides.map((s) => <th key={s.label} scope="col">{s.label}</th>)}
              {data.official && <th scope="col">Official</th>}
            </tr>
          </thead>
          <tbody>
            {data.starts.map((start, i) =>
              data.sides.some((s) => s.points[i]!.value !== null) || data.official?.[i]?.change != null ? (
                <tr key={start}>
                  <th scope="row">{start}</th>
                  {data.sides.map((s) => (
                    <td key={s.label} class="number" title={basisText(s.points[i]!)}>{formatNumber(s.points[i]!.value)}</td>
                  ))}
                  {data.official && <td class="number">{formatNumber(data.official[i]?.change)}</td>}
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function SeriesView() {
  const { query, route } = useLocation();
  const subject = query.subject || 'Russia';
  const metric = (query.metric || 'PERSONNEL') as Metric;
  const granularity = (GRANULARITIES.includes(query.granularity as Granularity) ? query.granularity : 'DAY') as Granularity;
  const { from, to } = query;
  const undated = query.undated === '1';
  const set = (change: Record<string, string | undefined>, replace = false) =>
    route(viewUrl('/series', { subject, metric, granularity, from, to, undated: undated ? '1' : undefined, bucket: undefined, ...change }), replace);

  // Without dates, the year up to the newest claim of this subject and metric.
  const latest = useLatestClaimDate(subject, metric, !(from && to));
  useEffect(() => {
    if (latest && !(from && to)) set({ from: addDays(latest, -(DEFAULT_SERIES_DAYS - 1)), to: latest }, true);
  }, [latest, from, to]);

  const variables: SeriesContextQueryVariables = { subject, metric, granularity, from: from ?? '', to: to ?? '', withOfficial: subject === 'Russia', includeUndated: undated };
  const { data, error, loading } = useSeries(variables, !from || !to);
  const chart = useMemo(() => (data ? chartData(data, metric, granularity) : null), [data]);
  const selected = query.bucket !== undefined && chart && Number(query.bucket) < chart.starts.length ? Number(query.bucket) : null;

  const summary = (index: number) => {
    if (!chart) return '';
    const parts = chart.sides.map((s) => `${s.label}: ${formatNumber(s.points[index]!.value)} (${basisText(s.points[index]!)})`);
    if (chart.official) parts.push(`official: ${formatNumber(chart.official[index]?.change)}`);
    return parts.join(' · ');
  };

  return (
    <section aria-labelledby="series-title">
      <h1 id="series-title">Series</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <SubjectField value={subject} onChange={(value) => set({ subject: value })} />
        <MetricField value={metric} onChange={(value) => set({ metric: value })} />
        <label>
          By
          <select name="granularity" value={granularity} onChange={(e) => set({ granularity: e.currentTarget.value })}>
            {GRANULARITIES.map((g) => <option key={g} value={g}>{g.toLowerCase()}</option>)}
          </select>
        </label>
        <DateField label="From" name="from" value={from ?? ''} onChange={(value) => set({ from: value })} />
        <DateField label="To" name="to" value={to ?? ''} onChange={(value) => set({ to: value })} />
        <UndatedField value={undated} onChange={(value) => set({ undated: value ? '1' : undefined })} />
      </form>
      {(loading || !from || !to) && <Loading what="the series" />}
      {error && <ErrorMessage error={error} />}
      {chart && (
        <>
          {chart.sides.length === 0 && !chart.official && <Empty>No {metricLabel(metric)} figures for {subject} between {from} and {to}.</Empty>}
          <Legend data={chart} />
          <SeriesChart data={chart} selected={selected} onSelect={(index) => set({ bucket: String(index) }, true)} />
          <DataTable data={chart} />
          {selected !== null && (
            <BucketClaims subject={subject} metric={metric} start={chart.starts[selected]!} end={chart.ends[selected]!} summary={summary(selected)} />
          )}
        </>
      )}
    </section>
  );
}


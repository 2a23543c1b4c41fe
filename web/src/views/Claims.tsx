// Claims: the ledger with every ClaimFilter field, a page at a time, and the whole filtered set as CSV.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { request, useQuery } from '../api/client.js';
import type { ClaimFilter, ClaimsQuery, ClaimsQueryVariables, SourcesQuery } from '../api/generated.js';
import { CLAIMS, SOURCES } from '../api/queries.js';
import { Verification } from '../components/ClaimList.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { DateField, SubjectField } from '../components/SubjectMetric.js';
import { toCsv } from '../lib/csv.js';
import { METRIC_OPTIONS, metricLabel, SIDES, sideLabel } from '../lib/domain.js';
import { formatPeriod, formatValue } from '../lib/format.js';
import { articleUrl, viewUrl } from '../lib/urls.js';

const PAGE = 50;
/** The most rows one export gathers (at 100 a request). */
const EXPORT_LIMIT = 20_000;

const CHOICES: Record<'kind' | 'unit' | 'periodKind' | 'verification', string[]> = {
  kind: ['LOSS', 'AID', 'DEPLOYMENT', 'OTHER'],
  unit: ['COUNT', 'USD'],
  periodKind: ['DAY', 'SPAN', 'CUMULATIVE'],
  verification: ['MATCHES', 'MATCHES_LOSS_DAY', 'CONSISTENT', 'DIFFERS', 'NO_REFERENCE'],
};
const FILTER_KEYS = ['subject', 'metric', 'kind', 'unit', 'periodKind', 'from', 'to', 'source', 'sourceGroup', 'articleId', 'verification'] as const;

type Claim = ClaimsQuery['claims']['edges'][number]['node'];

const CSV_HEADER = ['id', 'subject', 'metric', 'value', 'valueMax', 'qualifier', 'unit', 'kind', 'periodKind', 'periodStart', 'periodEnd', 'source', 'sourceGroup', 'verification', 'officialValue', 'quote', 'articleId', 'articleTitle', 'outlet', 'published'];
const csvRow = (c: Claim) => [
  c.id, c.subject, c.metric, c.value, c.valueMax, c.qualifier, c.unit, c.kind, c.period?.kind, c.period?.start, c.period?.end,
  c.source, c.sourceGroup, c.verification, c.officialValue, c.quote, c.article?.id, c.article?.title, c.article?.outlet, c.article?.published,
];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Select({ name, label, value, options, onChange }: { name: string; label: string; value: string; options: Array<{ value: string; label: string }>; onChange: (v: string) => void }) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">any</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function ClaimsView() {
  const { query, route } = useLocation();
  const filter = Object.fromEntries(FILTER_KEYS.filter((k) => query[k]).map((k) => [k, query[k]])) as ClaimFilter;
  const set = (change: Record<string, string>) => route(viewUrl('/claims', { ...filter, ...change, after: undefined }));
  const { data, error, loading } = useQuery<ClaimsQuery, ClaimsQueryVariables>(CLAIMS, { filter, first: PAGE, after: query.after || null });
  const sources = useQuery<SourcesQuery, Record<string, never>>(SOURCES, {});
  const [exporting, setExporting] = useState<string | null>(null);
  const option = (values: string[]) => values.map((v) => ({ value: v, label: v.toLowerCase().replace(/_/g, ' ') }));

  async function exportCsv() {
    const rows: Claim[] = [];
    try {
      for (let after: string | null = null; rows.length < EXPORT_LIMIT; ) {
        setExporting(`Exporting… ${rows.length} claims so far`);
        const page: ClaimsQuery = await request<ClaimsQuery, ClaimsQueryVariables>(CLAIMS, { filter, first: 100, after });
        rows.push(...page.claims.edges.map((e) => e.node));
        if (!page.claims.pageInfo.hasNextPage) break;
        after = page.claims.pageInfo.endCursor;
      }
      download('claims.csv', toCsv(CSV_HEADER, rows.slice(0, EXPORT_LIMIT).map(csvRow)));
      setExporting(`Exported ${Math.min(rows.length, EXPORT_LIMIT)} claims${rows.length >= EXPORT_LIMIT ? ` (the first ${EXPORT_LIMIT}: narrow the filter for the rest)` : ''}.`);
    } catch (failure) {
      setExporting(`The export failed: ${(failure as Error).message}`);
    }
  }

  const claims = data?.claims.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="claims-title">
      <h1 id="claims-title">Claims</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <SubjectField value={filter.subject ?? ''} onChange={(v) => set({ subject: v })} />
        <Select name="metric" label="Metric" value={filter.metric ?? ''} options={METRIC_OPTIONS} onChange={(v) => set({ metric: v })} />
        <Select name="kind" label="Kind" value={filter.kind ?? ''} options={option(CHOICES.kind)} onChange={(v) => set({ kind: v })} />
        <Select name="unit" label="Unit" value={filter.unit ?? ''} options={option(CHOICES.unit)} onChange={(v) => set({ unit: v })} />
        <Select name="periodKind" label="Period" value={filter.periodKind ?? ''} options={option(CHOICES.periodKind)} onChange={(v) => set({ periodKind: v })} />
        <DateField label="Ends from" name="from" value={filter.from ?? ''} onChange={(v) => set({ from: v })} />
        <DateField label="Ends by" name="to" value={filter.to ?? ''} onChange={(v) => set({ to: v })} />
        <Select
          name="source"
          label="Source"
          value={filter.source ?? ''}
          options={(sources.data?.sources.edges ?? []).map((e) => ({ value: e.node.name, label: e.node.name }))}
          onChange={(v) => set({ source: v })}
        />
        <Select name="sourceGroup" label="Side" value={filter.sourceGroup ?? ''} options={SIDES.map((s) => ({ value: s.group, label: s.label }))} onChange={(v) => set({ sourceGroup: v })} />
        <Select name="verification" label="Check" value={filter.verification ?? ''} options={option(CHOICES.verification)} onChange={(v) => set({ verification: v })} />
      </form>
      <p class="actions">
        <button type="button" onClick={() => void exportCsv()}>Export CSV</button> <span role="status">{exporting}</span>
        {Object.keys(filter).length > 0 && <> <a href="/claims">Clear the filters</a></>}
      </p>
      {loading && <Loading what="the claims" />}
      {error && <ErrorMessage error={error} />}
      {data && claims.length === 0 && <Empty>No claims match.</Empty>}
      {claims.length > 0 && (
        <div class="table-scroll">
          <table class="claims-table">
            <thead>
              <tr><th scope="col">Period</th><th scope="col">Subject</th><th scope="col">Metric</th><th scope="col" class="number">Value</th><th scope="col">Source</th><th scope="col">Check</th><th scope="col">Quote</th></tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  <td>{formatPeriod(c.period)}</td>
                  <td>{c.subject}</td>
                  <td>{metricLabel(c.metric)}</td>
                  <td class="number">{formatValue(c)}</td>
                  <td>{c.source ?? 'unattributed'} <span class="muted">({sideLabel(c.sourceGroup)})</span></td>
                  <td><Verification claim={c} /></td>
                  <td class="quote"><a href={articleUrl(c.article?.id ?? '', c.id)}>{c.quote}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label="Pages">
        {query.after && <a href={viewUrl('/claims', { ...filter })}>First page</a>}
        {data?.claims.pageInfo.hasNextPage && <a href={viewUrl('/claims', { ...filter, after: data.claims.pageInfo.endCursor })}>Next page</a>}
      </nav>
    </section>
  );
}

// Ingest: the articles with their status, newest first, and the messages the ingest gave up on.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { useQuery } from '../api/client.js';
import type { ArticleStatus, IngestQuery, IngestQueryVariables } from '../api/generated.js';
import { INGEST } from '../api/queries.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { articleUrl, viewUrl } from '../lib/urls.js';

const STATUSES: ArticleStatus[] = ['INGESTED', 'FAILED', 'DELETED'];

export function IngestView() {
  const { query, route } = useLocation();
  const status = STATUSES.includes(query.status as ArticleStatus) ? (query.status as ArticleStatus) : null;
  const [reload, setReload] = useState(0);
  const { data, error, loading } = useQuery<IngestQuery, IngestQueryVariables>(INGEST, { status, after: query.after || null }, { reload });
  return (
    <section aria-labelledby="ingest-title">
      <h1 id="ingest-title">Ingest</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select name="status" value={status ?? ''} onChange={(e) => route(viewUrl('/ingest', { status: e.currentTarget.value }))}>
            <option value="">any</option>
            {STATUSES.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => setReload((n) => n + 1)}>Refresh</button>
      </form>
      {loading && <Loading what="the ingest log" />}
      {error && <ErrorMessage error={error} />}
      {data && (
        <>
          <h2>Articles <span class="muted small">(newest publication date first)</span></h2>
          {data.articles.edges.length === 0 ? (
            <Empty>No articles{status ? ` with status ${status.toLowerCase()}` : ''}.</Empty>
          ) : (
            <div class="table-scroll">
              <table>
                <thead>
                  <tr><th scope="col">Article</th><th scope="col">Status</th><th scope="col" class="number">Claims</th><th scope="col">Published</th><th scope="col">Ingested</th><th scope="col">Problems</th></tr>
                </thead>
                <tbody>
                  {data.articles.edges.map(({ node }) => (
                    <tr key={node.id} data-status={node.status}>
                      <td><a href={articleUrl(node.id)}>{node.title ?? node.id}</a><br /><code class="small">{node.id}</code></td>
                      <td>{node.status}</td>
                      <td class="number">{node.claimCount}</td>
                      <td>{node.published ?? '—'} <span class="muted small">{node.publishedFrom}</span></td>
                      <td>{node.ingestedAt.replace('T', ' ').slice(0, 19)}</td>
                      <td>{node.error && <span class="error">{node.error}</span>} {node.warnings.join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.articles.pageInfo.hasNextPage && <p><a href={viewUrl('/ingest', { status, after: data.articles.pageInfo.endCursor })}>More articles</a></p>}
          <h2>Dead letters</h2>
          {data.deadLetters.edges.length === 0 ? (
            <Empty>None: every message was ingested or recorded as a FAILED article.</Empty>
          ) : (
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">When</th><th scope="col">Object</th><th scope="col">Error</th><th scope="col" class="number">Attempts</th></tr></thead>
                <tbody>
                  {data.deadLetters.edges.map(({ node }) => (
                    <tr key={node.messageId}><td>{node.at}</td><td>{node.key ?? node.messageId}</td><td class="error">{node.error}</td><td class="number">{node.receiveCount}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

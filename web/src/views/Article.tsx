// Article: the clean text with every claim marked at its offsets; a mark shows the claim's fields,
// its check and the extractor's evidence for each decision.
import { Fragment } from 'preact';
import { useLocation } from 'preact-iso';
import { useQuery } from '../api/client.js';
import type { ArticleQuery, ArticleQueryVariables, IngestQuery, IngestQueryVariables } from '../api/generated.js';
import { ARTICLE, INGEST } from '../api/queries.js';
import { Verification } from '../components/ClaimList.js';
import { ErrorMessage, Empty, Loading } from '../components/Status.js';
import { metricLabel, sideLabel } from '../lib/domain.js';
import { formatPeriod, formatValue } from '../lib/format.js';
import { runs } from '../lib/highlights.js';
import { articleUrl } from '../lib/urls.js';

type Article = NonNullable<ArticleQuery['article']>;
type Claim = Article['claims'][number];

function MarkedText({ article, chosen }: { article: Article; chosen: Claim | null }) {
  const text = article.text ?? '';
  const quotes = article.claims.map((c) => ({ start: c.quoteStart, end: c.quoteEnd }));
  const evidence = chosen?.evidence.map((e) => ({ start: e.start, end: e.end })) ?? [];
  const spans = [...quotes, ...evidence];
  return (
    <div class="article-text">
      {runs(text.length, spans).map((run) => {
        const piece = text.slice(run.start, run.end);
        const claims = run.covering.filter((i) => i < quotes.length).map((i) => article.claims[i]!);
        if (claims.length === 0) return piece;
        const isEvidence = run.covering.some((i) => i >= quotes.length);
        const current = chosen && claims.includes(chosen);
        const target = current ? chosen : claims[0]!;
        return (
          <a
            key={run.start}
            class={`mark${current ? ' current' : ''}${isEvidence ? ' evidence' : ''}`}
            href={articleUrl(article.id, target.id)}
            data-claims={claims.map((c) => c.id).join(' ')}
          >
            {piece}
            <span class="visually-hidden"> ({claims.map((c) => `${formatValue(c)} ${metricLabel(c.metric)}`).join(', ')})</span>
          </a>
        );
      })}
    </div>
  );
}

function ClaimDetails({ article, claim }: { article: Article; claim: Claim }) {
  const same = article.claims.filter((c) => c.quoteStart === claim.quoteStart && c.quoteEnd === claim.quoteEnd);
  const fields: Array<[string, string]> = [
    ['Value', formatValue(claim)],
    ['Subject', claim.subject ?? '—'],
    ['Metric', metricLabel(claim.metric)],
    ['Kind', claim.kind.toLowerCase()],
    ['Period', `${formatPeriod(claim.period)}${claim.period ? ` (${claim.period.kind.toLowerCase()})` : ''}`],
    ['Source', claim.source ?? 'unattributed'],
    ['Side', sideLabel(claim.sourceGroup)],
  ];
  return (
    <aside class="panel claim-details" aria-labelledby="claim-title">
      <h2 id="claim-title">Claim: {formatValue(claim)} {metricLabel(claim.metric)}</h2>
      {same.length > 1 && (
        <nav aria-label="Claims of this sentence">
          <ul class="plain inline">
            {same.map((c) => (
              <li key={c.id}><a href={articleUrl(article.id, c.id)} aria-current={c.id === claim.id ? 'true' : undefined}>{formatValue(c)} {metricLabel(c.metric)}</a></li>
            ))}
          </ul>
        </nav>
      )}
      <dl class="fields">
        {fields.map(([name, value]) => <Fragment key={name}><dt>{name}</dt><dd>{value}</dd></Fragment>)}
        <dt>Check</dt>
        <dd>{claim.verification ? <Verification claim={claim} /> : 'not checked (only General Staff and Ministry of Defence figures are)'}</dd>
      </dl>
      <h3>Why it reads so</h3>
      {claim.evidence.length === 0 ? (
        <p class="muted">The extractor recorded no evidence for this claim.</p>
      ) : (
        <table class="evidence">
          <thead><tr><th scope="col">Attribute</th><th scope="col">Rule</th><th scope="col">Text read</th></tr></thead>
          <tbody>
            {claim.evidence.map((e) => (
              <tr key={`${e.attribute}-${e.start}`}><th scope="row">{e.attribute.toLowerCase()}</th><td><code>{e.rule}</code></td><td>“{e.text}”</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}

function ArticleList() {
  const { data, error, loading } = useQuery<IngestQuery, IngestQueryVariables>(INGEST, {});
  return (
    <>
      <p>Choose an article:</p>
      {loading && <Loading what="the articles" />}
      {error && <ErrorMessage error={error} />}
      {data && data.articles.edges.length === 0 && <Empty>No articles yet: drop some on the Drop view.</Empty>}
      <ul>
        {data?.articles.edges.map(({ node }) => (
          <li key={node.id}><a href={articleUrl(node.id)}>{node.title ?? node.id}</a> <span class="muted">{node.published} · {node.claimCount} claims · {node.status}</span></li>
        ))}
      </ul>
    </>
  );
}

export function ArticleView() {
  const { query } = useLocation();
  const id = query.id;
  const { data, error, loading } = useQuery<ArticleQuery, ArticleQueryVariables>(ARTICLE, { id: id ?? '' }, { skip: !id });
  const article = data?.article ?? null;
  const chosen = article?.claims.find((c) => c.id === query.claim) ?? null;
  return (
    <section aria-labelledby="article-title">
      <h1 id="article-title">{article?.title ?? 'Article'}</h1>
      {!id && <ArticleList />}
      {loading && <Loading what="the article" />}
      {error && <ErrorMessage error={error} />}
      {data && !article && <ErrorMessage error={`There is no article ${id}.`} />}
      {article && (
        <>
          <p class="meta">
            <code>{article.id}</code> ·{' '}
            {[
              article.outlet ?? 'no outlet',
              article.published ? `published ${article.published} (${article.publishedGuessed ? 'a guess: the upload day' : article.publishedFrom})` : 'no publication date',
              article.format?.toLowerCase(),
              article.language,
            ]
              .filter(Boolean)
              .join(' · ')}{' '}
            · <strong>{article.status}</strong> · {article.claimCount} claims
          </p>
          {article.status === 'FAILED' && <p class="error" role="alert">This file could not be read: {article.error}</p>}
          {article.warnings.length > 0 && <ul class="warnings">{article.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
          {article.status === 'INGESTED' && !article.text && <Empty>The text of this article is not stored (it was ingested before texts were kept): upload it again.</Empty>}
          <div class="article-layout">
            {article.text && <MarkedText article={article} chosen={chosen} />}
            {chosen ? <ClaimDetails article={article} claim={chosen} /> : article.claims.length > 0 && <p class="panel muted">Choose a marked sentence to see its claims.</p>}
          </div>
        </>
      )}
    </section>
  );
}

// Drop: files into the bucket through the normal S3 path, each with its date, progress and ingest result.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addDays } from '../../../functions/core/calendar.js';
import { publishedDateOf } from '../lib/published.js';
import { ingestedAtBefore, putFile, waitForIngest, type IngestedArticle } from '../lib/uploads.js';
import { articleUrl, viewUrl } from '../lib/urls.js';

interface Item {
  id: number;
  file: File;
  published: string;
  /** Where the date came from, when it was read from the file. */
  prefilled: boolean;
  state: 'ready' | 'uploading' | 'ingesting' | 'done' | 'failed';
  progress: number;
  message: string | null;
  key: string | null;
  article: IngestedArticle | null;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.json,.csv';
let nextId = 0;

/** The chart an article's claims belong in: its most frequent subject and metric, around its dates. */
function chartLink(article: IngestedArticle): string | null {
  const counts = new Map<string, number>();
  const ends: string[] = [];
  for (const claim of article.claims) {
    if (!claim.subject || claim.metrics.length !== 1 || !claim.period?.end) continue;
    const key = `${claim.subject}|${claim.metrics[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ends.push(claim.period.end);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!top || ends.length === 0) return null;
  const [subject, metric] = top[0].split('|');
  ends.sort();
  return viewUrl('/series', { subject, metric, granularity: 'DAY', from: addDays(ends[0]!, -14), to: addDays(ends[ends.length - 1]!, 14) });
}

function Result({ item }: { item: Item }) {
  const { article } = item;
  if (item.state === 'failed') return <span class="error">{item.message}</span>;
  if (item.state === 'uploading') return <progress max={1} value={item.progress} aria-label={`Uploading ${item.file.name}`} />;
  if (item.state === 'ingesting') return <span role="status">Uploaded; waiting for the ingest…</span>;
  if (item.state !== 'done') return <span class="muted">ready</span>;
  if (!article) return <span>{item.message}</span>;
  if (article.status === 'FAILED') return <span class="error">FAILED: {article.error}</span>;
  const chart = chartLink(article);
  return (
    <span>
      <strong>{article.claimCount} claims</strong> · dated {article.published} ({article.publishedGuessed ? 'a guess: the upload day' : article.publishedFrom}) · <a href={articleUrl(article.id)}>article</a>
      {chart && <> · <a href={chart}>chart</a></>}
      {article.warnings.length > 0 && <span class="warning"> · {article.warnings.join('; ')}</span>}
    </span>
  );
}

export function DropView() {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const update = (id: number, change: Partial<Item>) => setItems((all) => all.map((item) => (item.id === id ? { ...item, ...change } : item)));

  // A file dropped beside the zone must not make the browser navigate to it.
  useEffect(() => {
    const stop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  async function add(files: FileList | null) {
    const added = await Promise.all(
      [...(files ?? [])].map(async (file): Promise<Item> => {
        const published = /\.(json|csv)$/i.test(file.name) ? null : publishedDateOf(file.name, await file.text());
        return { id: nextId++, file, published: published ?? '', prefilled: Boolean(published), state: 'ready', progress: 0, message: null, key: null, article: null };
      }),
    );
    setItems((all) => [...all, ...added]);
  }

  async function upload(item: Item) {
    update(item.id, { state: 'uploading', progress: 0, message: null });
    try {
      const before = await ingestedAtBefore(`articles/${item.file.name}`);
      const key = await putFile(item.file, item.published, (progress) => update(item.id, { progress }));
      if (!key.startsWith('articles/')) {
        update(item.id, { state: 'done', key, message: `official series uploaded to ${key}; claims are checked against it as soon as the ingest imports it` });
        return;
      }
      update(item.id, { state: 'ingesting', key, progress: 1 });
      const article = await waitForIngest(key, before);
      update(item.id, article ? { state: 'done', article } : { state: 'done', message: 'not ingested after 90 s: see the Ingest view for dead letters' });
    } catch (error) {
      update(item.id, { state: 'failed', message: (error as Error).message });
    }
  }

  const ready = items.filter((item) => item.state === 'ready' || item.state === 'failed');
  return (
    <section aria-labelledby="drop-title">
      <h1 id="drop-title">Drop articles</h1>
      <p>
        Articles (text, Markdown or HTML) go into the bucket under <code>articles/</code>, official series (the General Staff's daily totals, JSON or
        CSV) under <code>reference/</code>; the ingest reads them from there as it reads every upload.
      </p>
      <div
        class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void add(e.dataTransfer?.files ?? null);
        }}
      >
        <p>Drag files here, or</p>
        <button type="button" onClick={() => input.current?.click()}>Choose files…</button>
        <input ref={input} class="visually-hidden" type="file" multiple accept={ACCEPT} aria-label="Article files" onChange={(e) => void add(e.currentTarget.files)} />
      </div>
      {items.length > 0 && (
        <>
          <div class="table-scroll">
            <table class="uploads">
              <thead>
                <tr><th scope="col">File</th><th scope="col">Published</th><th scope="col">Status</th></tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} data-file={item.file.name} data-state={item.state}>
                    <td>{item.file.name}</td>
                    <td>
                      {/\.(json|csv)$/i.test(item.file.name) ? (
                        <span class="muted">official series</span>
                      ) : (
                        <input
                          type="date"
                          aria-label={`Publication date of ${item.file.name}`}
                          value={item.published}
                          disabled={item.state !== 'ready' && item.state !== 'failed'}
                          onChange={(e) => update(item.id, { published: e.currentTarget.value, prefilled: false })}
                        />
                      )}
                      {item.prefilled && <span class="muted small"> read from the file</span>}
                      {!item.published && !/\.(json|csv)$/i.test(item.file.name) && (
                        <span class="muted small"> none found: without one the ingest takes the upload day, a guess kept out of the charts</span>
                      )}
                    </td>
                    <td class="result"><Result item={item} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" class="primary" disabled={ready.length === 0} onClick={() => ready.forEach((item) => void upload(item))}>
              Upload {ready.length} file{ready.length === 1 ? '' : 's'}
            </button>{' '}
            <button type="button" onClick={() => setItems([])}>Clear the list</button>
          </p>
        </>
      )}
    </section>
  );
}

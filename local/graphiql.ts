import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';

const require = createRequire(import.meta.url);
/** A file of an installed package (by path: these packages do not export their UMD builds). */
const asset = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');

const EXAMPLE_QUERY = `# Articles and the claims read from them. Press ▶ (or Ctrl-Enter).
{
  articles(first: 5) {
    edges {
      node {
        id status error published title
        claims { subject metric value valueMax qualifier kind period { kind start end } source sourceGroup quote verification }
      }
    }
  }
}
`;

/** A GraphiQL page with its scripts and styles inlined: it works with no network at all. */
export function graphiqlHtml(endpoint: string): string {
  // `</script>` inside an inlined bundle would end the tag early.
  const script = (code: string) => `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claimgraph — GraphiQL</title>
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
<style>${asset('graphiql', 'graphiql.min.css')}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
${script(asset('react', 'umd/react.production.min.js'))}
${script(asset('react-dom', 'umd/react-dom.production.min.js'))}
${script(asset('graphiql', 'graphiql.min.js'))}
<script>
  // A link may carry the query to open: /graphql?query=…&variables=…
  const params = new URLSearchParams(location.search);
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
      query: params.get('query') ?? undefined,
      variables: params.get('variables') ?? undefined,
      defaultEditorToolsVisibility: Boolean(params.get('variables')),
    }),
  );
</script>
</body>
</html>`;
}

/** Apollo's landing-page hook, serving the offline GraphiQL on GET /graphql from a browser. */
export function offlineGraphiql<T extends object>(endpoint: string): ApolloServerPlugin<T> {
  const html = graphiqlHtml(endpoint);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}

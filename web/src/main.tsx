// The workbench page: seven views, each at its own URL.
import { render } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout.js';
import './styles.css';
import { ArticleView } from './views/Article.js';
import { ClaimsView } from './views/Claims.js';
import { DisagreementsView } from './views/Disagreements.js';
import { DropView } from './views/Drop.js';
import { IngestView } from './views/Ingest.js';
import { LatestView } from './views/Latest.js';
import { SeriesView } from './views/Series.js';

function NotFound() {
  return <p>There is no such view. <a href="/">Back to Drop</a></p>;
}

const root = document.getElementById('app')!;
// The page's placeholder text goes: rendering adds to a container, it does not replace it.
root.replaceChildren();
render(
  <LocationProvider>
    <Layout>
      <Router>
        <Route path="/" component={DropView} />
        <Route path="/latest" component={LatestView} />
        <Route path="/series" component={SeriesView} />
        <Route path="/disagreements" component={DisagreementsView} />
        <Route path="/article" component={ArticleView} />
        <Route path="/claims" component={ClaimsView} />
        <Route path="/ingest" component={IngestView} />
        <Route default component={NotFound} />
      </Router>
    </Layout>
  </LocationProvider>,
  root,
);

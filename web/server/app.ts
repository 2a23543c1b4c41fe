// The workbench's web server: the page, its uploads and its GraphQL endpoint, on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { VIEWS } from '../src/routes.js';
import type { WorkbenchAssets } from '../build.js';
import { uploadRoutes, type ArticleUploader } from './uploads.js';

export interface WorkbenchAppOptions {
  assets: WorkbenchAssets;
  /** What answers /graphql: the local GraphQL server's listener, or the signing proxy to a deployed API. */
  graphql: RequestHandler | RequestHandler[];
  uploader: ArticleUploader;
}

/** Host names the server answers to: a page on any other name (DNS rebinding) is refused. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The page's own code only: no inline scripts, no other origin (Plot styles its SVG inline). */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function createWorkbenchApp(options: WorkbenchAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!LOOPBACK_HOSTS.has(host)) {
      res.status(403).json({ error: `this server answers only on 127.0.0.1 or localhost, not "${host}"` });
      return;
    }
    next();
  });
  app.all('/graphql', ...(Array.isArray(options.graphql) ? options.graphql : [options.graphql]));
  app.get('/favicon.ico', (_req, res) => void res.status(204).set('cache-control', 'max-age=86400').end());
  app.use(uploadRoutes(options.uploader));
  app.get('/assets/:name', (req, res) => {
    const asset = options.assets.files.get(req.params.name);
    if (!asset) {
      res.status(404).json({ error: `no asset ${req.params.name}` });
      return;
    }
    res.type(asset.type).set('cache-control', 'no-cache').send(asset.body);
  });
  const page: RequestHandler = (_req, res) => {
    res.type('html').set({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' }).send(options.assets.html);
  };
  app.get(VIEWS.map((view) => view.path), page);
  app.use((req, res) => {
    res.status(404).json({ error: `nothing at ${req.path}; the workbench is at /` });
  });
  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) console.error('workbench request failed:', error);
    res.status(status).json({ error: status >= 500 ? 'internal error (see the server log)' : String(error.message) });
  };
  app.use(errors);
  return app;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only. */
export async function listenOnLoopback(app: express.Express, port: number): Promise<RunningServer> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}


import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { errorResponse, handleGraphqlHttp, type HttpResponse } from '../functions/api/http.js';

/** Requests larger than this are refused before they are read whole. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface LocalGraphqlServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the GraphQL server on loopback through the same HTTP adapter as the Lambda, so both
 * answer alike: `/graphql` (GraphiQL for a browser), `/` leads there, `/favicon.ico` is empty,
 * anything else is a JSON 404. No CORS headers: only GraphiQL, on the same origin, is served.
 */
export async function startGraphqlServer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: { port: number; context: () => Promise<TContext> },
): Promise<LocalGraphqlServer> {
  await apollo.start();
  const server = createServer(graphqlListener(apollo, options.context));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${options.port}/graphql`,
    async stop() {
      await close(server);
      await apollo.stop();
    },
  };
}

/** The same answers as a request listener, for a server that serves more (the workbench's) on the same port. Apollo must be started. */
export function graphqlListener<TContext extends BaseContext>(apollo: ApolloServer<TContext>, context: () => Promise<TContext>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    route(apollo, request, context).then(
      (answer) => send(response, answer),
      () => send(response, errorResponse(500, 'Internal server error', 'INTERNAL_SERVER_ERROR')),
    );
  };
}

async function route<TContext extends BaseContext>(apollo: ApolloServer<TContext>, request: IncomingMessage, context: () => Promise<TContext>): Promise<HttpResponse> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') return { status: 204, headers: { 'cache-control': 'max-age=86400' }, body: '' };
  if (url.pathname === '/') return { status: 302, headers: { location: `/graphql${url.search}` }, body: '' };
  if (url.pathname !== '/graphql') return errorResponse(404, `nothing is served at ${url.pathname}: GraphQL is at /graphql`, 'NOT_FOUND');
  const body = await readBody(request);
  if (body === null) return errorResponse(413, `the request body is larger than ${MAX_BODY_BYTES} bytes`, 'BAD_REQUEST');
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
  return handleGraphqlHttp(apollo, { method: request.method ?? 'GET', headers, search: url.search.slice(1), body }, context);
}

/** The body as text, or null when it is over the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: HttpResponse) {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

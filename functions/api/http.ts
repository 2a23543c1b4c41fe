import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { createLogger } from '../shared/logger.js';

/** An HTTP request as both hosts (the Lambda, the local server) hand it over. */
export interface HttpRequest {
  method: string;
  headers: Record<string, string | undefined>;
  /** The query string, without `?`. */
  search: string;
  body: string | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const logger = createLogger('claimgraph-api');

/** A GraphQL-over-HTTP error answer: JSON, a message and a code, never a stack or a file path. */
export function errorResponse(status: number, message: string, code: string): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

/**
 * GraphQL over HTTP, the same for the Lambda and the local server: the body is parsed here, so a
 * body that is not JSON gets a GraphQL error like any other bad request, and whatever fails
 * unexpectedly answers a bare "Internal server error" (the details go to the log).
 */
export async function handleGraphqlHttp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  request: HttpRequest,
  context: () => Promise<TContext>,
): Promise<HttpResponse> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name.toLowerCase(), value);
  let body: unknown = request.body ?? '';
  if (headers.get('content-type')?.toLowerCase().startsWith('application/json') && request.body) {
    try {
      body = JSON.parse(request.body);
    } catch (error) {
      return errorResponse(400, `the request body is not valid JSON (${(error as Error).message})`, 'BAD_REQUEST');
    }
  }
  try {
    const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search: request.search, body }, context });
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    return { status: response.status ?? 200, headers: Object.fromEntries(response.headers), body: text };
  } catch (error) {
    logger.error('request failed', { error });
    return errorResponse(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
  }
}

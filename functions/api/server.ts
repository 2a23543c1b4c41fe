import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import DataLoader from 'dataloader';
import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { createLogger } from '../shared/logger.js';
import type { LedgerReader } from '../store/read-port.js';
import type { ApiContext } from './context.js';
import { schemaDocument } from './generated/schema.js';
import { MAX_TOKENS, costLimit, depthLimit } from './limits.js';
import { resolvers } from './resolvers.js';

export type { ApiContext } from './context.js';

export interface ApiServerOptions {
  introspection: boolean;
  plugins?: ApolloServerPlugin<ApiContext>[];
}

const logger = createLogger('claimgraph-api');

/** Codes a client can act on; anything else is an internal error and is not described. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  logger.error('query failed', { error: error instanceof GraphQLError ? (error.originalError ?? error) : error, path: formatted.path });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * schema.graphql with our resolvers. Built at every cold start, so the cheap way: from the document
 * the SDL parses to (generated, so nothing is parsed here), trusted (test/unit/api/generated.test.ts
 * validates it), and the resolvers set in place rather than on a rebuilt copy of the schema, which
 * halves the time Apollo's default takes.
 */
export function executableSchema(): GraphQLSchema {
  const schema = buildASTSchema(schemaDocument, { assumeValidSDL: true, assumeValid: true });
  return addResolversToSchema({ schema, resolvers, updateResolversInPlace: true });
}

/** The one GraphQL server: the Lambda handler and `npm start` both host it. */
export function createApiServer(options: ApiServerOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema: executableSchema(),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // The hosts own the process: Apollo's own SIGTERM handler would end it before they stop their servers.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimit],
    formatError,
    // No field sets cache hints, and the cache-control plugin, on by default, wraps every resolver
    // to collect them: a year's series resolves some 3,000 fields.
    plugins: [ApolloServerPluginCacheControlDisabled(), costLimit, ...(options.plugins ?? [])],
  });
}

/** Builds the context of one request: the store's read port and fresh batch loaders. */
export function createApiContext(store: LedgerReader): ApiContext {
  return {
    store,
    articles: new DataLoader((ids) => store.batchGetArticles(ids), { maxBatchSize: 100 }),
    claimsById: new DataLoader((ids) => store.batchGetClaims(ids), { maxBatchSize: 100 }),
    articleClaims: new DataLoader((ids) => Promise.all(ids.map((id) => store.articleClaims(id)))),
    reference: new DataLoader(
      async (keys) => {
        const wanted = keys.map((key) => {
          const hash = key.lastIndexOf('#');
          return { metric: key.slice(0, hash), date: key.slice(hash + 1) };
        });
        const totals = await store.batchGetReference(wanted);
        return keys.map((key) => totals.get(key));
      },
      { maxBatchSize: 100 },
    ),
  };
}

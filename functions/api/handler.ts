// The API Lambda: API Gateway HTTP API (payload 2.0) → the GraphQL server.
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoLedgerReader } from '../store/dynamo/index.js';
import { createApiContext, createApiServer } from './server.js';

const tableName = process.env.TABLE_NAME ?? '';
const store = dynamoLedgerReader({ client: new DynamoDBClient({}), tableName });
const server = createApiServer({
  introspection: process.env.GRAPHQL_INTROSPECTION === 'true',
  // The default landing page loads from a CDN; the deployed API serves only GraphQL. Nothing is
  // reported to Apollo GraphOS, even if APOLLO_KEY is set: the bundle leaves that code out.
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async () => createApiContext(store),
});

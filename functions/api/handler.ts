// The API Lambda: API Gateway HTTP API (payload 2.0) → the GraphQL server.
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { dynamoLedgerReader } from '../store/dynamo/index.js';
import { handleGraphqlHttp } from './http.js';
import { createApiContext, createApiServer } from './server.js';

const tableName = process.env.TABLE_NAME ?? '';
const store = dynamoLedgerReader({ client: new DynamoDBClient({}), tableName });
const server = createApiServer({
  introspection: process.env.GRAPHQL_INTROSPECTION === 'true',
  // The default landing page loads from a CDN; the deployed API serves only GraphQL. Nothing is
  // reported to Apollo GraphOS, even if APOLLO_KEY is set: the bundle leaves that code out.
  plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
});
server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const body = event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const response = await handleGraphqlHttp(
    server,
    { method: event.requestContext.http.method, headers: event.headers ?? {}, search: event.rawQueryString ?? '', body },
    async () => createApiContext(store),
  );
  return { statusCode: response.status, headers: response.headers, body: response.body };
};

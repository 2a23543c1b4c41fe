// STUB until the GraphQL API lands: the exports' shapes are the contract the Lambda handler
// and the local stack build on.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Per-request context: the data access the resolvers use. */
export interface ApiContext {
  tableName: string;
}

export interface ApiServerOptions {
  introspection: boolean;
  plugins?: ApolloServerPlugin<ApiContext>[];
}

export function createApiServer(options: ApiServerOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
    introspection: options.introspection,
    plugins: options.plugins ?? [],
  });
}

/** Builds the context of one request from long-lived dependencies (clients, table name). */
export function createApiContext(deps: { dynamoDb: DynamoDBClient; tableName: string }): ApiContext {
  return { tableName: deps.tableName };
}

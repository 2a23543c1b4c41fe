import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Records the name of every command a real client sends (it still goes over HTTP to DynamoDB
 * Local): how tests see which requests a resolver makes.
 */
export function recordCommands(client: DynamoDBClient): string[] {
  const sent: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  return sent;
}

import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimgraphStack } from '../../infra/claimgraph-stack.js';
import { readConfig } from '../../infra/config.js';

function synth(context: Record<string, string> = {}) {
  // Assertions read the template, not the code: no stack's functions are bundled here
  // (test/infra/bundles.test.ts builds and runs them with the same options).
  const app = new App({ context: { ...context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new ClaimgraphStack(app, 'test', readConfig(app));
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, template: Template.fromStack(stack) };
}

const statementsOf = (template: Template, roleLogicalIdPrefix: string) =>
  Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith(roleLogicalIdPrefix))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);

let template: Template;
let prod: Template;
beforeAll(() => {
  template = synth().template;
  prod = synth({ stage: 'prod' }).template;
});

describe('storage', () => {
  it('keeps the bucket private, encrypted, versioned, access-logged and SSL-only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'articles-bucket/' }),
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } })]) },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('makes the table on-demand with point-in-time recovery and the indexes the data model needs', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' }), Match.objectLike({ IndexName: 'gsi2' })],
    });
  });

  it('retains and protects the data outside dev stages', () => {
    prod.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }) });
    prod.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
  });
});

describe('ingest', () => {
  it('queues object events with a dead-letter queue: encrypted, SSL-only, bounded receives, 14-day retention', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 360,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1_209_600 });
    template.resourcePropertiesCountIs('AWS::SQS::QueuePolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) } }, 2);
  });

  it('sends created and removed events of both prefixes to the queue', () => {
    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'))[0]!.Properties.NotificationConfiguration.QueueConfigurations;
    expect(notifications.map((n: any) => `${n.Events[0]} ${n.Filter.Key.FilterRules[0].Value}`).sort()).toEqual([
      's3:ObjectCreated:* articles/',
      's3:ObjectCreated:* reference/',
      's3:ObjectRemoved:* articles/',
      's3:ObjectRemoved:* reference/',
    ]);
  });

  it('runs every function on the newest Node.js runtime, on arm64, with JSON logs', () => {
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'], LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }) }, 3);
  });

  it('reports partial batch failures and bounds concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
      BatchSize: 10,
    });
  });
});

describe('least privilege', () => {
  const actionsOf = (statements: Array<{ Action: string | string[] }>) => statements.flatMap((s) => [s.Action].flat()).sort();

  it('lets the ingest read the two prefixes and write the table, nothing else', () => {
    const statements = statementsOf(template, 'IngestFunctionServiceRoleDefaultPolicy');
    expect(actionsOf(statements)).toEqual(
      [
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
        's3:GetObject',
        's3:ListBucket',
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ].sort(),
    );
    expect(JSON.stringify(statements)).not.toMatch(/"\*"|index/);
  });

  it('lets the API only read the table and its two indexes', () => {
    const statements = statementsOf(template, 'ApiFunctionServiceRoleDefaultPolicy');
    expect(actionsOf(statements)).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    expect(JSON.stringify(statements)).toContain('/index/gsi1');
    expect(JSON.stringify(statements)).not.toMatch(/"\*"|index\/\*/);
  });
});

/** A state machine's definition, its CloudFormation tokens (ARNs, names) put as "<token>". */
function definitionOf(template: Template): any {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine')) as any[];
  const parts: unknown[] = machine.Properties.DefinitionString['Fn::Join'][1];
  return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : '<token>')).join(''));
}

describe('re-extract job', () => {
  it('is a Distributed Map over the bucket listing, in batches, with bounded concurrency and a failure tolerance, then removes orphans', () => {
    const definition = definitionOf(template);
    const map = definition.States[definition.StartAt];
    expect(map).toMatchObject({
      Type: 'Map',
      ItemReader: { Resource: 'arn:<token>:states:::s3:listObjectsV2', Parameters: { Bucket: '<token>' } },
      ItemSelector: { 'Key.$': '$$.Map.Item.Value.Key', 'Etag.$': '$$.Map.Item.Value.Etag', 'mode.$': '$$.Execution.Input.mode' },
      ItemBatcher: { MaxItemsPerBatch: 50, BatchInput: { bucket: '<token>' } },
      MaxConcurrency: 4,
      ToleratedFailurePercentage: 5,
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } },
      ResultPath: null,
    });
    const batch = map.ItemProcessor.States[map.ItemProcessor.StartAt];
    expect(batch).toMatchObject({ Type: 'Task', Retry: expect.arrayContaining([expect.objectContaining({ ErrorEquals: ['ReconcileBatchError'], MaxAttempts: 2 })]) });
    expect(definition.States[map.Next]).toMatchObject({ Type: 'Task', Parameters: { task: 'orphans', bucket: '<token>' }, End: true });
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
    });
  });

  it('runs every day in reconcile mode through EventBridge Scheduler', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: Match.stringLikeRegexp('^cron\\('),
      State: 'ENABLED',
      Target: Match.objectLike({ Arn: Match.anyValue(), Input: JSON.stringify({ mode: 'reconcile' }) }),
    });
  });

  it('lets its function do what the ingest does, plus listing the bucket and querying the indexes, nothing else', () => {
    const statements = statementsOf(template, 'ReextractFunctionServiceRoleDefaultPolicy');
    expect([...new Set(statements.flatMap((s) => [s.Action].flat()))].sort()).toEqual(
      ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 's3:GetObject', 's3:ListBucket'].sort(),
    );
    const onIndexes = statements.filter((s) => JSON.stringify(s.Resource).includes('/index/'));
    expect(onIndexes.map((s) => s.Action)).toEqual(['dynamodb:Query']);
    expect(JSON.stringify(statements)).not.toMatch(/"\*"/);
  });
});

describe('api', () => {
  it('requires IAM-signed requests by default', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /graphql', AuthorizationType: 'AWS_IAM' });
  });

  it('can use a JWT authorizer instead', () => {
    const jwt = synth({ apiAuth: 'jwt', jwtIssuer: 'https://issuer.example.org', jwtAudience: 'claimgraph' }).template;
    jwt.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT', JwtConfiguration: { Issuer: 'https://issuer.example.org', Audience: ['claimgraph'] } });
    jwt.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'JWT' });
  });

  it('throttles and logs every request', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
    });
  });

  it('keeps introspection off outside dev unless asked', () => {
    prod.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ GRAPHQL_INTROSPECTION: 'false' }) } });
  });
});

describe('operations', () => {
  it('alarms on dead letters, function errors and throttles, and failed re-extract runs', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 8);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/States', MetricName: 'ExecutionsFailed' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1 });
  });

  it('outputs the bucket name, the API URL and the re-extract job', () => {
    template.hasOutput('BucketName', {});
    template.hasOutput('GraphqlUrl', {});
    template.hasOutput('ReextractStateMachineArn', {});
  });

  it('passes cdk-nag AwsSolutions with only the acknowledged findings', () => {
    const { app } = synth();
    expect(() => app.synth()).not.toThrow();
  });
});

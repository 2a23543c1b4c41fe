import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimgraphStack } from '../../infra/claimgraph-stack.js';
import { readConfig } from '../../infra/config.js';

function synth(context: Record<string, string> = {}) {
  const app = new App({ context });
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

  it('runs both functions on the newest Node.js runtime, on arm64, with JSON logs', () => {
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'], LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }) }, 2);
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
  it('alarms on dead letters, function errors and throttles', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1 });
  });

  it('outputs the bucket name and the API URL', () => {
    template.hasOutput('BucketName', {});
    template.hasOutput('GraphqlUrl', {});
  });

  it('passes cdk-nag AwsSolutions with only the acknowledged findings', () => {
    const { app } = synth();
    expect(() => app.synth()).not.toThrow();
  });
});

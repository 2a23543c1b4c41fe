import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../functions/store/table.js';
import type { ClaimgraphConfig } from './config.js';

/**
 * Where claimgraph keeps things: the articles bucket (`articles/` for articles, `reference/`
 * for official series files) and the one DynamoDB table.
 */
export class Storage extends Construct {
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.TableV2;

  /** Lets a function call these DynamoDB actions on the table (and its indexes when it queries them), naming each ARN. */
  grantTable(grantee: iam.IGrantable, actions: string[], options: { indexes: boolean }) {
    const indexArns = options.indexes ? TABLE_DEFINITION.globalIndexes.map((index) => `${this.table.tableArn}/index/${index.name}`) : [];
    iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.table.tableArn, ...indexArns] });
  }

  /** Lets a function Query the table's indexes (and nothing else on them). */
  grantIndexQueries(grantee: iam.IGrantable) {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: TABLE_DEFINITION.globalIndexes.map((index) => `${this.table.tableArn}/index/${index.name}`),
    });
  }

  constructor(scope: Construct, id: string, config: ClaimgraphConfig) {
    super(scope, id);
    const removalPolicy = config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy,
    });
    this.bucket = new s3.Bucket(this, 'Articles', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) }],
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'articles-bucket/',
      removalPolicy,
    });

    const attribute = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: attribute(TABLE_DEFINITION.partitionKey),
      sortKey: attribute(TABLE_DEFINITION.sortKey),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: !config.isDev,
      removalPolicy,
      globalSecondaryIndexes: TABLE_DEFINITION.globalIndexes.map((index) => ({
        indexName: index.name,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
    });
  }
}

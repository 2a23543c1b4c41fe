import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Api } from './api.js';
import type { ClaimgraphConfig } from './config.js';
import { Ingest } from './ingest.js';
import { Monitoring } from './monitoring.js';
import { acknowledgeFindings } from './nag.js';
import { Reextract } from './reextract.js';
import { Storage } from './storage.js';

/** The whole system: storage, the ingest pipeline, the GraphQL API, the re-extract job and their alarms. */
export class ClaimgraphStack extends Stack {
  readonly storage: Storage;
  readonly ingest: Ingest;
  readonly api: Api;
  readonly reextract: Reextract;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, config: ClaimgraphConfig, props?: StackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage', config);
    this.ingest = new Ingest(this, 'Ingest', this.storage);
    this.api = new Api(this, 'Api', this.storage, config);
    this.reextract = new Reextract(this, 'Reextract', this.storage);
    this.monitoring = new Monitoring(this, 'Monitoring', {
      deadLetterQueue: this.ingest.deadLetterQueue,
      functions: [this.ingest.function, this.api.function, this.reextract.function],
      stateMachines: [this.reextract.stateMachine],
    });
    new CfnOutput(this, 'BucketName', { value: this.storage.bucket.bucketName, description: 'Upload articles under articles/, official series under reference/' });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.ingest.deadLetterQueue.queueUrl });
    acknowledgeFindings(this);
  }
}

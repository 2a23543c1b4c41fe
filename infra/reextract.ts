import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { ARTICLES_PREFIX, REFERENCE_PREFIX } from '../functions/objects/prefixes.js';
import { handlerFunction } from './bundling.js';
import { INGEST_TABLE_ACTIONS } from './ingest.js';
import { STATE_MACHINE_OUTPUT } from './outputs.js';
import type { Storage } from './storage.js';

/** Objects per Lambda invocation, read 4 at a time (functions/reconcile/handler.ts): a batch takes seconds. */
export const OBJECTS_PER_BATCH = 50;
/** Batches at once: 16 ingests writing beside the event-driven ingest's 5. */
export const MAX_CONCURRENCY = 4;
/** A run fails when more of its batches fail than this; below it the failed ones are in its results. */
export const TOLERATED_FAILURE_PERCENTAGE = 5;

/**
 * Reconcile and re-extract on a managed engine: a Step Functions Distributed Map over the bucket's
 * listing hands batches of objects to the reconcile Lambda (the ingest's own logic), with bounded
 * concurrency, retries and a failure tolerance; then one step removes the articles of objects
 * deleted meanwhile. Started with `{"mode": "reconcile" | "outdated" | "all"}` by
 * `npm run reextract -- --stack NAME`, and every day by EventBridge Scheduler in reconcile mode.
 */
export class Reextract extends Construct {
  readonly function: NodejsFunction;
  readonly stateMachine: sfn.StateMachine;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, storage: Storage) {
    super(scope, id);
    this.function = handlerFunction(this, 'Function', {
      entry: 'functions/reconcile/handler.ts',
      description: 'claimgraph reconcile: reads again what the table lacks, has stale, or (asked) what an older extractor read',
      memorySize: 1024,
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: storage.table.tableName },
    });
    // What the ingest may do, and the two index queries that list articles and unfinished writes.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [storage.bucket.arnForObjects(`${ARTICLES_PREFIX}*`), storage.bucket.arnForObjects(`${REFERENCE_PREFIX}*`)] }),
    );
    this.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [storage.bucket.bucketArn] }));
    storage.grantTable(this.function, INGEST_TABLE_ACTIONS, { indexes: false });
    storage.grantIndexQueries(this.function);

    const readBatch = new tasks.LambdaInvoke(this, 'ReadBatch', { lambdaFunction: this.function, payloadResponseOnly: true });
    // A batch whose objects failed transiently (throttling, say) is tried again, later.
    readBatch.addRetry({ errors: ['ReconcileBatchError'], interval: Duration.seconds(30), backoffRate: 2, maxAttempts: 2 });
    const everyObject = new sfn.DistributedMap(this, 'ReadEveryObject', {
      itemReader: new sfn.S3ObjectsItemReader({ bucket: storage.bucket }),
      // Each object with the run's mode (a batch's fixed input cannot read the run's input).
      itemSelector: {
        Key: sfn.JsonPath.stringAt('$$.Map.Item.Value.Key'),
        Etag: sfn.JsonPath.stringAt('$$.Map.Item.Value.Etag'),
        mode: sfn.JsonPath.stringAt('$$.Execution.Input.mode'),
      },
      itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: OBJECTS_PER_BATCH, batchInput: { bucket: storage.bucket.bucketName } }),
      maxConcurrency: MAX_CONCURRENCY,
      toleratedFailurePercentage: TOLERATED_FAILURE_PERCENTAGE,
      // The run's input (its mode) goes on; the batches' results (each a null: counts are in the
      // function's logs, failures in the map run) are dropped, so no run outgrows the 256 KB of state.
      resultPath: sfn.JsonPath.DISCARD,
    });
    everyObject.itemProcessor(readBatch);
    const removeOrphans = new tasks.LambdaInvoke(this, 'RemoveArticlesOfDeletedObjects', {
      lambdaFunction: this.function,
      payload: sfn.TaskInput.fromObject({ task: 'orphans', bucket: storage.bucket.bucketName }),
      payloadResponseOnly: true,
    });

    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(everyObject.next(removeOrphans)),
      timeout: Duration.hours(12),
      tracingEnabled: true,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });

    this.schedule = new scheduler.Schedule(this, 'DailyReconcile', {
      description: 'claimgraph: every day, read what lost events left out of the table',
      schedule: scheduler.ScheduleExpression.cron({ hour: '3', minute: '17' }),
      target: new schedulerTargets.StepFunctionsStartExecution(this.stateMachine, { input: scheduler.ScheduleTargetInput.fromObject({ mode: 'reconcile' }) }),
    });
    new CfnOutput(scope, STATE_MACHINE_OUTPUT, { value: this.stateMachine.stateMachineArn, description: 'npm run reextract -- --stack STACK starts this job' });
  }
}

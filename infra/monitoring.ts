import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Alarms an operator needs: anything in the dead-letter queue, function errors, throttles, failed re-extract runs. */
export class Monitoring extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: { deadLetterQueue: sqs.IQueue; functions: NodejsFunction[]; stateMachines: sfn.StateMachine[] }) {
    super(scope, id);
    const alarm = (name: string, metric: cloudwatch.IMetric, description: string) =>
      this.alarms.push(
        new cloudwatch.Alarm(this, name, {
          metric,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          alarmDescription: description,
        }),
      );
    alarm(
      'DeadLetters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      'Ingest messages failed every retry: read them from the dead-letter queue (docs/deploy.md).',
    );
    for (const fn of props.functions) {
      const name = fn.node.scope!.node.id;
      alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), `The ${name} function raised errors.`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period: Duration.minutes(5) }), `The ${name} function was throttled.`);
    }
    for (const machine of props.stateMachines) {
      const name = machine.node.scope!.node.id;
      alarm(`${name}Failed`, machine.metricFailed({ period: Duration.minutes(5) }), `A ${name} run failed: its map run lists the failed batches (docs/deploy.md).`);
    }
  }
}

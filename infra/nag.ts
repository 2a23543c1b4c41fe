import { Token, Validations } from 'aws-cdk-lib';
import type { ClaimgraphStack } from './claimgraph-stack.js';

/** cdk-nag AwsSolutions findings we accept, one by one, each with its reason. */
export function acknowledgeFindings(stack: ClaimgraphStack) {
  const basicExecutionRole = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
  for (const fn of [stack.ingest.function, stack.api.function, stack.reextract.function]) {
    Validations.of(fn).acknowledge({
      id: basicExecutionRole,
      reason: 'AWSLambdaBasicExecutionRole grants only CloudWatch Logs writes (CreateLogGroup, CreateLogStream, PutLogEvents); AWS keeps it current.',
    });
  }
  Validations.of(stack).acknowledge({
    id: basicExecutionRole,
    reason: "CDK's own BucketNotificationsHandler custom resource (it configures the bucket's S3 → SQS notifications at deploy time) uses the Lambda basic execution role.",
  });
  for (const prefix of ['articles', 'reference']) {
    for (const fn of [stack.ingest.function, stack.reextract.function]) {
      Validations.of(fn).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.storage.bucket.node.defaultChild as never)}.Arn>/${prefix}/*]`,
        reason: `The ingest (and the re-extract job, through the same logic) reads every object under ${prefix}/ (s3:GetObject only): the key is known only when its event arrives, or the listing gives it.`,
      });
    }
  }
  const machine = stack.reextract.stateMachine;
  Validations.of(machine).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.reextract.function.node.defaultChild as never)}.Arn>:*]`,
    reason: 'CDK grants invoking the reconcile function and its versions (lambda:InvokeFunction on that one function only).',
  });
  Validations.of(machine).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Logging to CloudWatch Logs (log deliveries) and X-Ray tracing take no resource-level permissions: AWS documents "*" for these actions.',
  });
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  for (const suffix of [':*', '/*:*']) {
    Validations.of(machine).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${stack.getLogicalId(machine.node.defaultChild as never)}"}]}]}${suffix}]`,
      reason: "The Distributed Map describes and stops its own child executions, whose names Step Functions chooses: executions of this state machine only.",
    });
  }
}

import { Validations } from 'aws-cdk-lib';
import type { ClaimgraphStack } from './claimgraph-stack.js';

/** cdk-nag AwsSolutions findings we accept, one by one, each with its reason. */
export function acknowledgeFindings(stack: ClaimgraphStack) {
  const basicExecutionRole = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
  for (const fn of [stack.ingest.function, stack.api.function]) {
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
    Validations.of(stack.ingest.function).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.storage.bucket.node.defaultChild as never)}.Arn>/${prefix}/*]`,
      reason: `The ingest reads every object under ${prefix}/ (s3:GetObject only): the key is known only when its event arrives.`,
    });
  }
}

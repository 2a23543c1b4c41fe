// `npm run reextract -- --stack NAME`: starts the deployed stack's Step Functions job and follows it.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DescribeExecutionCommand, DescribeMapRunCommand, ListMapRunsCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SingleBar, Presets } from 'cli-progress';
import type { ReconcileMode } from '../functions/reconcile/plan.js';
import { STATE_MACHINE_OUTPUT } from '../infra/outputs.js';
import { failWith, reachError } from './cli-errors.js';

const POLL_MS = 5000;

export async function reextractInAws(stackName: string, mode: ReconcileMode): Promise<void> {
  const stateMachineArn = await stateMachineOf(stackName);
  const sfn = new SFNClient({});
  let executionArn: string;
  try {
    ({ executionArn = '' } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ mode }) })));
  } catch (error) {
    return failWith(reachError(error, 'AWS Step Functions'));
  }
  console.log(`started ${executionArn}`);
  const bar = new SingleBar({ format: 'reading [{bar}] {value}/{total} objects  ({failed} failed)', hideCursor: true }, Presets.shades_classic);
  let started = false;
  for (;;) {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    const counts = await mapRunCounts(sfn, executionArn);
    if (counts) {
      if (!started) bar.start(counts.total, 0, { failed: 0 });
      started = true;
      bar.setTotal(counts.total);
      bar.update(counts.succeeded + counts.failed, { failed: counts.failed });
    }
    if (execution.status !== 'RUNNING') {
      bar.stop();
      if (execution.status === 'SUCCEEDED') {
        console.log(`done: ${counts ? `${counts.succeeded} objects read or found up to date, ${counts.failed} failed` : 'no objects'}; ${execution.output ?? ''}`);
        return;
      }
      failWith(`the job ended ${execution.status}: ${execution.error ?? ''} ${execution.cause ?? ''} (see the execution in the Step Functions console)`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function stateMachineOf(stackName: string): Promise<string> {
  try {
    const { Stacks } = await new CloudFormationClient({}).send(new DescribeStacksCommand({ StackName: stackName }));
    const arn = Stacks?.[0]?.Outputs?.find((output) => output.OutputKey === STATE_MACHINE_OUTPUT)?.OutputValue;
    if (!arn) return failWith(`the stack ${stackName} has no ${STATE_MACHINE_OUTPUT} output: deploy this version first (npm run deploy)`);
    return arn;
  } catch (error) {
    if ((error as Error).name === 'ValidationError') return failWith(`no stack named ${stackName} in this account and region (AWS_REGION / AWS_PROFILE)`);
    return failWith(reachError(error, 'AWS CloudFormation'));
  }
}

/** The Distributed Map's item counts (objects listed, done, failed), once its run has started. */
async function mapRunCounts(sfn: SFNClient, executionArn: string) {
  const { mapRuns } = await sfn.send(new ListMapRunsCommand({ executionArn }));
  const mapRunArn = mapRuns?.[0]?.mapRunArn;
  if (!mapRunArn) return null;
  const { itemCounts } = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
  return { total: itemCounts?.total ?? 0, succeeded: itemCounts?.succeeded ?? 0, failed: itemCounts?.failed ?? 0 };
}

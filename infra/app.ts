// `npm run synth` / `npm run deploy`: the CDK app, checked by cdk-nag's AwsSolutions rules.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ClaimgraphStack } from './claimgraph-stack.js';
import { readConfig } from './config.js';

const app = new App();
const config = readConfig(app);
new ClaimgraphStack(app, `claimgraph-${config.stage}`, config, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: 'claimgraph: war-news figures as a queryable ledger of claims',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();

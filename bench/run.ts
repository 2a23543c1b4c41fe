// `npm run bench`: every benchmark in turn, each in a fresh process so one's heap and JIT state
// do not colour the next. Each prints its own Markdown table.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHMARKS = ['extractor', 'bundles', 'api', 'workbench', 'reextract'];
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));

let failed = false;
for (const name of BENCHMARKS.filter((n) => only.length === 0 || only.includes(n))) {
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) continue;
  console.log(`\n## ${name}\n`);
  // As the Lambda functions run (infra/bundling.ts): graphql-js skips its development checks.
  const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...flags], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);

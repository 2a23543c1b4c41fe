import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';

/** The newest Node.js runtime aws-cdk-lib offers, on Graviton. */
export const RUNTIME = lambda.Runtime.NODEJS_24_X;
export const ESBUILD_TARGET = 'node24';

/**
 * Modules swapped at bundle time for what the handlers actually use (paths from the project root).
 * - linkedom imports all of htmlparser2 (and, through its DOM utilities, two copies of the HTML
 *   entity tables) but uses only its Parser; its CSS parser runs only when a <style> sheet is
 *   read, which never happens. Together ~290 KB of the ingest bundle.
 * - Apollo Server ships CommonJS and ESM builds, and a CommonJS bundle takes the CommonJS one,
 *   which does not tree-shake; pointing at the ESM build keeps what is used once; lru-cache likewise.
 * - Apollo hashes every query with Node's crypto only when `module.require` exists, which it does
 *   not inside a bundle, so bundled it fell back to sha.js, a SHA-256 in JavaScript.
 * test/infra/bundles.test.ts builds and runs both handlers with these options, so a dependency
 * update that breaks one of them is caught.
 */
const BUNDLE_ALIASES: Record<string, string> = {
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  cssomnom: './infra/bundle-stubs/cssomnom',
  '@apollo/server': './node_modules/@apollo/server/dist/esm',
  'lru-cache': './node_modules/lru-cache/dist/esm',
  '@apollo/utils.createhash': './infra/bundle-stubs/apollo-createhash',
};

/**
 * Modules the bundles leave out because a Lambda function never loads them. Each is loaded on
 * demand only (a dynamic import inside a function), so leaving it out costs nothing until the
 * day something asks for it; the Lambda runtime's own AWS SDK would then supply the SDK ones.
 * - Credential providers other than the environment's: Lambda gives a function its credentials
 *   in environment variables, read by the bundled env provider first. SSO, profiles, web
 *   identity and container credentials (and the STS/SSO clients they use) are for other hosts.
 * - Apollo's usage reporting and inline tracing to GraphOS (protobuf definitions, ~210 KB),
 *   turned off explicitly in the API handler.
 */
const ON_DEMAND_MODULES = [
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
  '@apollo/usage-reporting-protobuf',
  // iconv-lite's tables of the Chinese, Japanese and Korean encodings (~390 KB), which the
  // document reader does not read (functions/document/decode.ts, READ_ENCODINGS).
  './tables/*',
];

/**
 * How every handler is bundled, in esbuild's own terms: minified, tree-shaken (ESM entry points
 * of dependencies preferred), with the AWS SDK inside. The runtime provides an SDK too, but
 * loading it from its many files costs a cold start ~30 ms more than one bundled file, and
 * bundling runs the SDK version the tests ran (the AWS SDK team's advice, aws-cdk#25492).
 * The CDK app bundles with these (locally, no Docker), and so do bench/bundles.ts and the tests.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ESBUILD_TARGET,
  minify: true,
  mainFields: ['module', 'main'],
  external: ON_DEMAND_MODULES,
  alias: BUNDLE_ALIASES,
  legalComments: 'none',
  logLevel: 'error',
} satisfies BuildOptions;

export const BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  minify: ESBUILD_OPTIONS.minify,
  sourceMap: false,
  target: ESBUILD_OPTIONS.target,
  format: OutputFormat.CJS,
  mainFields: ESBUILD_OPTIONS.mainFields,
  externalModules: ESBUILD_OPTIONS.external,
  esbuildArgs: {
    '--legal-comments': ESBUILD_OPTIONS.legalComments,
    '--alias': Object.entries(ESBUILD_OPTIONS.alias).map(([name, path]) => `${name}=${path}`),
  },
  logLevel: LogLevel.ERROR,
};

export interface HandlerProps {
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  reservedConcurrentExecutions?: number;
}

/** A Lambda function for one of our handlers, with structured JSON logs kept for a month. */
export function handlerFunction(scope: Construct, id: string, props: HandlerProps): NodejsFunction {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, { retention: logs.RetentionDays.ONE_MONTH });
  return new NodejsFunction(scope, id, {
    entry: props.entry,
    handler: 'handler',
    description: props.description,
    runtime: RUNTIME,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    // NODE_ENV=production: graphql-js otherwise checks every instanceof test across realms, some 3 ms of a year's series.
    environment: { LOG_LEVEL: 'INFO', NODE_ENV: 'production', ...props.environment },
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    loggingFormat: lambda.LoggingFormat.JSON,
    logGroup,
    bundling: BUNDLING,
  });
}

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
 * Modules swapped at bundle time for what the handlers actually use. linkedom imports all of
 * htmlparser2 (and, through its DOM utilities, two copies of the HTML entity tables) but uses
 * only its Parser; its CSS parser runs only when a <style> sheet is read, which never happens.
 * Together they are ~290 KB of the ingest bundle. test/infra/bundles.test.ts runs the bundled
 * reader on HTML so a dependency update that breaks this is caught.
 */
const BUNDLE_ALIASES: Record<string, string> = {
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  cssomnom: './infra/bundle-stubs/cssomnom',
};

/**
 * How every handler is bundled, in esbuild's own terms: minified, tree-shaken (ESM entry points
 * of dependencies preferred), the AWS SDK v3 left out because the Node.js runtime provides it.
 * The CDK app bundles with these (locally, no Docker), and so do bench/bundles.ts and the tests.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ESBUILD_TARGET,
  minify: true,
  mainFields: ['module', 'main'],
  external: ['@aws-sdk/*'],
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
    environment: { LOG_LEVEL: 'INFO', ...props.environment },
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    loggingFormat: lambda.LoggingFormat.JSON,
    logGroup,
    bundling: BUNDLING,
  });
}

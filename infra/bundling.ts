import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

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
export const BUNDLE_ALIASES: Record<string, string> = {
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
  cssomnom: './infra/bundle-stubs/cssomnom',
};

/**
 * How every handler is bundled, locally by esbuild (no Docker): minified, tree-shaken (ESM
 * entry points of dependencies preferred), the AWS SDK v3 left out because the Node.js
 * runtime provides it. bench/bundles.ts builds with the same options.
 */
export const BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  minify: true,
  sourceMap: false,
  target: ESBUILD_TARGET,
  format: OutputFormat.CJS,
  mainFields: ['module', 'main'],
  externalModules: ['@aws-sdk/*'],
  esbuildArgs: {
    '--legal-comments': 'none',
    '--alias': Object.entries(BUNDLE_ALIASES).map(([name, path]) => `${name}=${path}`),
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

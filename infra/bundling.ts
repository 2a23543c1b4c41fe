import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { buildSync, type BuildOptions } from 'esbuild';
import { join } from 'node:path';

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
 *   identity, container and instance credentials (and the STS/SSO clients they use) are for
 *   other hosts; so is the SDK's parser of browser user agents (bowser).
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
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
  'bowser',
  '@apollo/usage-reporting-protobuf',
  // Apollo's plugins that ApolloServer imports only when not turned off, which the API handler
  // and server turn off (functions/api/handler.ts, server.ts): usage and schema reporting, inline
  // traces, cache control, the landing page (a CDN page); and hiding suggestions, never asked.
  // Bundled, they made graphql a CommonJS module of the bundle (usage reporting's helpers require it).
  './plugin/usageReporting/index.js',
  './plugin/schemaReporting/index.js',
  './plugin/inlineTrace/index.js',
  './plugin/cacheControl/index.js',
  './plugin/landingPage/default/index.js',
  './plugin/disableSuggestions/index.js',
  // iconv-lite's tables of the Chinese, Japanese and Korean encodings (~390 KB), which the
  // document reader does not read (functions/document/decode.ts, READ_ENCODINGS).
  './tables/*',
];

/**
 * Modules a handler loads the first time a file needs them (the dynamic imports of
 * functions/document/lazy.ts), shipped as files of their own beside its bundle so that a cold
 * start does not even parse them: the HTML reader (linkedom, Readability) and the legacy encodings
 * (iconv-lite, chardet), a third of the ingest bundle (docs/benchmarks.md, bundles). The bundle
 * keeps the import as written (`./html.js`), which finds the file beside it.
 */
export const ON_DEMAND_FILES: Record<string, string> = {
  './html.js': 'functions/document/html.ts',
  './legacy-encodings.js': 'functions/document/legacy-encodings.ts',
};

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
  external: [...ON_DEMAND_MODULES, ...Object.keys(ON_DEMAND_FILES)],
  alias: BUNDLE_ALIASES,
  legalComments: 'none',
  logLevel: 'error',
} satisfies BuildOptions;

/** Builds a handler as it ships, for the bench and the tests: its bundle, and the on-demand files beside it. */
export function buildHandler(entry: string, outfile: string): void {
  buildSync({ ...ESBUILD_OPTIONS, entryPoints: [entry], outfile });
  for (const [file, source] of Object.entries(ON_DEMAND_FILES)) buildSync({ ...ESBUILD_OPTIONS, entryPoints: [source], outfile: join(outfile, '..', file) });
}

/** ESBUILD_OPTIONS as esbuild's command line, for the on-demand files the CDK builds after a bundle. */
const ESBUILD_CLI = [
  '--bundle',
  `--platform=${ESBUILD_OPTIONS.platform}`,
  `--format=${ESBUILD_OPTIONS.format}`,
  `--target=${ESBUILD_OPTIONS.target}`,
  '--minify',
  `--main-fields=${ESBUILD_OPTIONS.mainFields.join(',')}`,
  ...ESBUILD_OPTIONS.external.map((name) => `'--external:${name}'`),
  ...Object.entries(ESBUILD_OPTIONS.alias).map(([name, path]) => `'--alias:${name}=${path}'`),
  `--legal-comments=${ESBUILD_OPTIONS.legalComments}`,
  `--log-level=${ESBUILD_OPTIONS.logLevel}`,
].join(' ');

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
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) =>
      Object.entries(ON_DEMAND_FILES).map(([file, source]) => `npx esbuild ${ESBUILD_CLI} '${join(inputDir, source)}' '--outfile=${join(outputDir, file)}'`),
  },
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

import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { handlerFunction } from './bundling.js';
import type { ClaimgraphConfig } from './config.js';
import type { Storage } from './storage.js';

/** The GraphQL API Lambda behind an HTTP API: IAM-signed requests by default. */
export class Api extends Construct {
  readonly function: NodejsFunction;
  readonly httpApi: apigwv2.HttpApi;

  constructor(scope: Construct, id: string, storage: Storage, config: ClaimgraphConfig) {
    super(scope, id);
    this.function = handlerFunction(this, 'Function', {
      entry: 'functions/api/handler.ts',
      description: 'claimgraph GraphQL API',
      // Queries are I/O-bound; 512 MB keeps cold starts short at a low price.
      memorySize: 512,
      timeout: Duration.seconds(15),
      environment: { TABLE_NAME: storage.table.tableName, GRAPHQL_INTROSPECTION: String(config.graphqlIntrospection) },
    });
    storage.grantTable(this.function, ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'], { indexes: true });

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: `claimgraph GraphQL (${config.stage})`,
      createDefaultStage: false,
      defaultAuthorizer: authorizer(config),
      corsPreflight: config.corsOrigins.length
        ? {
            allowOrigins: config.corsOrigins,
            allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.OPTIONS],
            allowHeaders: ['content-type', 'authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'apollo-require-preflight'],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    this.httpApi.addRoutes({
      path: '/graphql',
      methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.function),
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigw.AccessLogFormat.jsonWithStandardFields(),
      },
    });
    new CfnOutput(scope, 'GraphqlUrl', { value: `${this.httpApi.apiEndpoint}/graphql`, description: 'POST GraphQL queries here (SigV4-signed with apiAuth=iam)' });
  }
}

function authorizer(config: ClaimgraphConfig): apigwv2.IHttpRouteAuthorizer | undefined {
  switch (config.apiAuth) {
    case 'iam':
      return new HttpIamAuthorizer();
    case 'jwt':
      return new HttpJwtAuthorizer('JwtAuthorizer', config.jwtIssuer!, { jwtAudience: config.jwtAudience! });
    case 'none':
      return undefined;
  }
}

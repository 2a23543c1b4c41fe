import type { Construct } from 'constructs';

export type ApiAuth = 'iam' | 'jwt' | 'none';

/** What differs between deployments, from CDK context (`-c stage=prod -c apiAuth=jwt …`). */
export interface ClaimgraphConfig {
  stage: string;
  /** Dev stages may be destroyed with their data; others retain and protect it. */
  isDev: boolean;
  apiAuth: ApiAuth;
  jwtIssuer?: string;
  jwtAudience?: string[];
  graphqlIntrospection: boolean;
  corsOrigins: string[];
}

export function readConfig(scope: Construct): ClaimgraphConfig {
  const context = (key: string): string | undefined => {
    const value = scope.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const stage = context('stage') ?? 'dev';
  const isDev = stage === 'dev' || stage.startsWith('dev-');
  const apiAuth = (context('apiAuth') ?? 'iam') as ApiAuth;
  if (!['iam', 'jwt', 'none'].includes(apiAuth)) throw new Error(`apiAuth must be iam, jwt or none, not "${apiAuth}"`);
  const jwtIssuer = context('jwtIssuer');
  const jwtAudience = context('jwtAudience')?.split(',').map((a) => a.trim()).filter(Boolean);
  if (apiAuth === 'jwt' && (!jwtIssuer || !jwtAudience?.length)) throw new Error('apiAuth=jwt needs -c jwtIssuer=URL -c jwtAudience=ID[,ID]');
  return {
    stage,
    isDev,
    apiAuth,
    jwtIssuer,
    jwtAudience,
    graphqlIntrospection: (context('graphqlIntrospection') ?? String(isDev)) === 'true',
    corsOrigins: context('corsOrigins')?.split(',').map((o) => o.trim()).filter(Boolean) ?? [],
  };
}

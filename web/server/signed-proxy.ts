// POST /graphql → the deployed API, signed with SigV4 as awscurl signs (service execute-api), so
// the API stays IAM-only and the browser never holds AWS credentials.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import express, { type RequestHandler } from 'express';

export interface SignedProxyOptions {
  /** The deployed GraphqlUrl (the stack's output). */
  url: URL;
  region: string;
  credentials: AwsCredentialIdentityProvider;
  /** How requests leave this process; the tests point it at a local stand-in of the API. */
  fetch?: typeof fetch;
}

/** The region of an API Gateway URL (`https://ID.execute-api.REGION.amazonaws.com/...`), if it is one. */
export const regionOfApiUrl = (url: URL): string | null => /^[^.]+\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/.exec(url.hostname)?.[1] ?? null;

/** The largest GraphQL request forwarded: queries are small. */
const MAX_QUERY_BYTES = 256 * 1024;

/** The routes to mount at /graphql. */
/** The handlers of /graphql. */
export function signedGraphqlProxy(options: SignedProxyOptions): RequestHandler[] {
  const signer = new SignatureV4({ service: 'execute-api', region: options.region, credentials: options.credentials, sha256: Sha256 });
  const send = options.fetch ?? fetch;
  const onlyPost: RequestHandler = (req, res, next) => {
    if (req.method === 'POST') return next();
    res.status(405).json({ errors: [{ message: 'POST GraphQL requests here; GraphiQL is served by npm start, not by the workbench' }] });
  };
  const forward: RequestHandler = async (req, res, next) => {
    // JSON only: a cross-site form cannot send it without a CORS preflight, which is never granted.
    if (!Buffer.isBuffer(req.body)) {
      res.status(415).json({ errors: [{ message: 'send GraphQL requests as application/json' }] });
      return;
    }
    try {
      const { url } = options;
      const signed = await signer.sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: { host: url.host, 'content-type': 'application/json', accept: 'application/json' },
        body: req.body.toString('utf8'),
      });
      const response = await send(url, { method: 'POST', headers: signed.headers, body: req.body });
      res.status(response.status).type(response.headers.get('content-type') ?? 'application/json').send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
  return [onlyPost, express.raw({ type: 'application/json', limit: MAX_QUERY_BYTES }), forward];
}

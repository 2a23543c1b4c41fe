// SDK settings for the embedded stand-ins. Lambda code reads endpoints from the standard
// AWS_ENDPOINT_URL_* variables, so the same code runs against them unchanged.

// The SDK warns on every Node.js 20 process that its releases from 2027 need Node.js 22: true, but
// it would bury the one-line answers of `npm run upload` and `npm run reextract`.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export const localClientConfig = (endpoint: string) => ({
  endpoint,
  region: LOCAL_REGION,
  credentials: LOCAL_CREDENTIALS,
});

export const localS3ClientConfig = (endpoint: string) => ({
  ...localClientConfig(endpoint),
  forcePathStyle: true,
  // s3rver stores aws-chunked bodies verbatim unless checksums are only sent when required.
  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
  responseChecksumValidation: 'WHEN_REQUIRED' as const,
});

/** The environment that points unchanged AWS SDK code at the local servers. */
export function localAwsEnvironment(endpoints: { dynamodb: string; s3: string }): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
  };
}

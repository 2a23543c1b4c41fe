import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logs with levels and the Lambda request id (when there is one). */
export const createLogger = (serviceName: string): Logger =>
  new Logger({ serviceName, logLevel: (process.env.LOG_LEVEL ?? 'INFO') as 'INFO' });

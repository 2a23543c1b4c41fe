// One-line errors for the command-line tools: what went wrong and what to do, never a stack.

/** Prints the message and exits. */
export function failWith(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Why a path given on the command line cannot be read. */
export function fileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file or folder`;
  if (code === 'EACCES') return `${path}: permission denied`;
  return `${path}: ${(error as Error).message}`;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT']);

/** Why a request to a server failed, in the user's terms. */
export function reachError(error: unknown, where: string, bucket?: string, key?: string): string {
  const e = error as Error & { code?: string; cause?: { code?: string }; $metadata?: { httpStatusCode?: number } };
  const code = e.code ?? e.cause?.code ?? (e as { errors?: Array<{ code?: string }> }).errors?.[0]?.code;
  if ((code && UNREACHABLE.has(code)) || e.name === 'TimeoutError') {
    return `cannot reach ${where}: is \`npm start\` running (with these ports: --s3-port / --dynamodb-port)?`;
  }
  if (e.name === 'NoSuchBucket') return `the bucket ${bucket} does not exist${where.startsWith('http') ? ` at ${where} (give --bucket as npm start was given it)` : ''}`;
  if (e.name === 'AccessDenied' || e.$metadata?.httpStatusCode === 403) return `access denied${key ? ` writing ${key}` : ''}: check your AWS credentials and the bucket's policy`;
  return `${key ? `${key}: ` : ''}${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message.split('\n', 1)[0]}`;
}

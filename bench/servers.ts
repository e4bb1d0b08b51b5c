/**
 * Child processes for the HTTP benchmark, so that the load generator and the server do not share
 * one event loop: `bot` serves the real web channel, `hello` a bare node:http JSON reply (the ceiling).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWebServer } from '../adapters/web/server.js';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/infrastructure/logger.js';

const [kind, dataDirectory, knowledgeDirectory] = process.argv.slice(2);

if (kind === 'hello') {
  const server = createServer((_request, response) => {
    _request.resume();
    _request.on('end', () => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify([{ type: 'message', text: 'hello world' }]));
    });
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`));
} else {
  const logger = createLogger('error');
  const app = await createApp({ dataDirectory: dataDirectory!, knowledgeDirectory: knowledgeDirectory!, logger });
  const web = await startWebServer({ app, host: '127.0.0.1', port: 0, adminToken: 'bench-admin-token', logger, rateLimitPerMinute: 0 });
  process.stdout.write(`READY ${new URL(web.url).port}\n`);
  process.on('SIGTERM', () => void web.close().then(() => app.close()).then(() => process.exit(0)));
}

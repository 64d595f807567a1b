// A local stand-in for Wikipedia's REST page-summary endpoint, answering with the recorded
// responses in tests/fixtures/wikipedia/ (the e2e builds point their lookups here, at
// WIKIPEDIA_TEST_HOST: another loopback address than the pages', see vite.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/wikipedia/', import.meta.url));
const SUMMARY_PATH = /^\/api\/rest_v1\/page\/summary\/([^/?]+)/;

export interface WikipediaServer {
  requests: string[];
  close(): Promise<void>;
}

export async function startWikipediaServer(
  port = Number(process.env.NEWSLENS_WIKIPEDIA_PORT ?? 47123),
): Promise<WikipediaServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const match = SUMMARY_PATH.exec(req.url ?? '');
    const title = match
      ? decodeURIComponent(match[1] as string).replace(/[^A-Za-z0-9_()-]/g, '')
      : '';
    const file = `${FIXTURES}${title}.json`;
    const headers = {
      'access-control-allow-origin': '*',
      'content-type': 'application/json; charset=utf-8',
    };
    if (title && existsSync(file)) res.writeHead(200, headers).end(readFileSync(file));
    else
      res.writeHead(404, headers).end(
        JSON.stringify({
          type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
          title: 'Not found.',
        }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.2', resolve);
  });
  return {
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// A small static server on 127.0.0.1 (port 0) for the browser tests: routes to HTML strings.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type Route =
  string | { body: string; type?: string; status?: number; headers?: Record<string, string> };

/** Page scripts are off for corpus pages (as in ../shared/perf-notes.md) and nothing leaves 127.0.0.1. */
export const CORPUS_CSP =
  "default-src 'self' data:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'";

/** Routes `/<id>` to each page's HTML, served as corpus pages are (CORPUS_CSP). */
export function corpusPageRoutes(
  pages: readonly { id: string; html: string }[],
): Record<string, Route> {
  return Object.fromEntries(
    pages.map((page) => [
      `/${page.id}`,
      { body: page.html, headers: { 'content-security-policy': CORPUS_CSP } },
    ]),
  );
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** A key and certificate to serve https with (support/tls.ts). */
export interface Tls {
  key: string;
  cert: string;
}

/** Serves `routes` on 127.0.0.1, over https when given `tls` (its URLs then say https). */
export async function startServer(routes: Record<string, Route>, tls?: Tls): Promise<TestServer> {
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof route === 'string' ? { body: route } : route;
    res.writeHead(r.status ?? 200, {
      'content-type': r.type ?? 'text/html; charset=utf-8',
      ...r.headers,
    });
    res.end(r.body);
  };
  const server: Server = tls ? createHttpsServer(tls, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

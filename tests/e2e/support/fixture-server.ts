/**
 * A static server of test pages on 127.0.0.1 (tests never reach the internet).
 * Free of vitest imports so benchmarks can load it too.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Pages made on request: the HTML for a path, or undefined to look for a file. */
  generated?: (path: string) => string | undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves `rootDir` read-only on 127.0.0.1 (a free port); nothing outside it is reachable.
 * `?csp-sandbox` on a page's address serves it with `Content-Security-Policy: sandbox allow-scripts`
 * (an opaque origin, which a <meta> policy cannot give); `?csp-no-media` serves it with
 * `Content-Security-Policy: media-src 'none'` (no audio or video of any origin, blob: included).
 */
export async function serveFixtures(rootDir: string = FIXTURES_DIR, options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(rootDir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const made = options.generated?.(path);
    if (made !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' }).end(made);
      return;
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(url.searchParams.has('csp-sandbox') ? { 'content-security-policy': 'sandbox allow-scripts' } : {}),
        ...(url.searchParams.has('csp-no-media') ? { 'content-security-policy': "media-src 'none'" } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

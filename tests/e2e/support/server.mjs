// A static file server for the built app, on 127.0.0.1 and a free port, with optional canned
// responses so a test can serve a broken or missing cube at the real URL.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  // Browsers only stream-compile wasm served with this exact type.
  '.wasm': 'application/wasm',
  '.cube': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root`. `overrides` maps a URL path (e.g. '/assets/cubes/hzz4l.cube') to
 * `{ status, body, type? }`, answered instead of the file; with `pauseAfter: N` (and `pauseMs`) the
 * body is sent with its Content-Length (unless `noLength`), its first N bytes at once and the rest
 * after the pause, so a test can watch a download in progress. `headers` are added to every file served
 * (e.g. COOP/COEP, which make a page cross-origin isolated and its clock finer). With `gzip: true`
 * a request that accepts gzip gets the build's precompressed `<file>.gz` sibling (written by
 * `cargo xtask build`) with `Content-Encoding: gzip`, as a static host configured per
 * docs/offline.md sends it; files without a sibling go uncompressed.
 * Resolves to `{ url, close }` once listening.
 */
export async function startStaticServer(root, overrides = {}, { headers = {}, gzip = false } = {}) {
  const rootDir = path.resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const urlPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      const canned = overrides[urlPath];
      if (canned) {
        const type = canned.type ?? MIME_TYPES[path.extname(urlPath)] ?? 'application/octet-stream';
        if (canned.pauseAfter !== undefined) {
          const body = Buffer.from(canned.body);
          // `noLength: true` leaves Content-Length out (a chunked answer), as gzipping hosts do.
          const length = canned.noLength ? {} : { 'Content-Length': body.length };
          response.writeHead(canned.status, { 'Content-Type': type, ...length, 'Cache-Control': 'no-store' });
          response.write(body.subarray(0, canned.pauseAfter));
          setTimeout(() => response.end(body.subarray(canned.pauseAfter)), canned.pauseMs ?? 2000);
          return;
        }
        response.writeHead(canned.status, { 'Content-Type': type });
        response.end(canned.body);
        return;
      }
      let file = path.join(rootDir, urlPath);
      // Never serve anything outside the root, whatever `..` the URL carries.
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) {
        file = path.join(file, 'index.html');
      }
      const acceptsGzip = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const compressed = acceptsGzip ? await readFile(`${file}.gz`).catch(() => null) : null;
      const body = compressed ?? (await readFile(file));
      response.writeHead(200, {
        ...headers,
        'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(gzip ? { Vary: 'Accept-Encoding' } : {}),
        ...(compressed ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(body);
    } catch (error) {
      const missing = error?.code === 'ENOENT' || error?.code === 'EISDIR';
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'not found' : String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    // Closing also ends the browser's open connections: a keep-alive or preconnected socket
    // with no request on it would otherwise hold `server.close` (and the test) for minutes,
    // which is how "the server is gone" in the offline test once hung CI.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

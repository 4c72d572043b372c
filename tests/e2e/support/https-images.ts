/**
 * An image host for the export e2e test, over HTTPS: the production CSP only lets extension
 * pages fetch https: URLs (and upgrades http: ones), so a plain http://127.0.0.1 server would be
 * refused. The certificate is self-signed, made with openssl into a temporary folder at start;
 * the browser that talks to it runs with --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ImageRoute {
  body: Uint8Array | string;
  status?: number;
  type?: string;
  /** Sends `Access-Control-Allow-Origin: *` (true by default): no host access needed to fetch it. */
  cors?: boolean;
}

export interface HttpsImageServer {
  origin: string;
  url(pathname: string): string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const openssl = process.env.OPENSSL_PATH || 'openssl';
  try {
    execFileSync(
      openssl,
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      { stdio: 'pipe' },
    );
  } catch (err) {
    const why = (err as { code?: string }).code === 'ENOENT' ? 'not found' : String((err as { stderr?: Buffer }).stderr ?? err);
    throw new Error(`Could not make a test certificate with ${openssl} (${why}). Install openssl (apt-get install -y openssl) or set OPENSSL_PATH.`, { cause: err });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startHttpsImageServer(routes: Record<string, ImageRoute>): Promise<HttpsImageServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-clipper-tls-'));
  const requests: string[] = [];
  let server: https.Server;
  try {
    server = https.createServer(selfSignedCert(dir), (req, res) => {
      const pathname = new URL(req.url ?? '/', 'https://x').pathname;
      requests.push(pathname);
      const route = routes[pathname] ?? { status: 404, body: 'not found', type: 'text/plain' };
      const headers: Record<string, string> = { 'content-type': route.type ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (route.cors ?? true) headers['access-control-allow-origin'] = '*';
      res.writeHead(route.status ?? 200, headers);
      res.end(route.body);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

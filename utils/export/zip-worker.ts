/**
 * Module Worker entry for export zips (see zip-sink.ts). Started by the page with
 * `new Worker(new URL('…/zip-worker.ts', import.meta.url), { type: 'module' })`, which the
 * bundler turns into an extension file, so the pages' CSP (`script-src 'self'`) allows it.
 */
import { createZipWorkerHandler, type ZipReply, type ZipRequest } from './zip-worker-core';

const scope = self as unknown as { postMessage(reply: ZipReply): void; onmessage: ((e: MessageEvent<ZipRequest>) => void) | null };
const handle = createZipWorkerHandler((reply) => scope.postMessage(reply));
scope.onmessage = (e) => handle(e.data);

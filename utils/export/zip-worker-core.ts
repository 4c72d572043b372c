/**
 * The zip worker's logic, apart from the worker entry (zip-worker.ts) so tests run it in-process:
 * it applies the entries the page sends, in order, with the same ZipWriter the page would use,
 * and answers with acknowledgements (progress) and finally the zip as a Blob.
 */
import { ZipWriter, type ZipLevel } from './zip-writer';

export type ZipOp =
  | { op: 'file'; name: string; data: string | Uint8Array; mtime: number; store: boolean }
  | { op: 'open'; name: string; mtime: number }
  | { op: 'write'; text: string | Uint8Array }
  | { op: 'end' };

export type ZipRequest =
  | { t: 'init'; level: ZipLevel; streamLevel: ZipLevel }
  | { t: 'ops'; seq: number; ops: ZipOp[] }
  | { t: 'finish' };

export type ZipReply =
  | { t: 'ready' }
  | { t: 'ack'; seq: number; written: number }
  | { t: 'done'; blob: Blob }
  | { t: 'error'; message: string };

const BLOB_PIECE_BYTES = 4 * 1024 * 1024;

/** One zip being written; `handle` takes each request and posts the replies. */
export function createZipWorkerHandler(post: (reply: ZipReply) => void): (request: ZipRequest) => void {
  let zip: ZipWriter | null = null;
  let text: { write(piece: string | Uint8Array): void; end(): void } | null = null;
  let written = 0;
  let broken = false;
  const pieces: Blob[] = [];
  const collect = () => {
    if (zip && zip.pendingBytes >= BLOB_PIECE_BYTES) pieces.push(new Blob(zip.drain() as BlobPart[]));
  };

  const apply = (op: ZipOp): void => {
    if (!zip) throw new Error('zip worker: not initialised');
    if (op.op === 'file') {
      zip.addFile(op.name, op.data, new Date(op.mtime), op.store);
      written++;
    } else if (op.op === 'open') {
      text = zip.openText(op.name, new Date(op.mtime));
    } else if (op.op === 'write') {
      if (!text) throw new Error('zip worker: write without open');
      text.write(op.text);
    } else {
      text?.end();
      text = null;
      written++;
    }
    collect();
  };

  return (request) => {
    if (broken) return;
    try {
      if (request.t === 'init') {
        zip = new ZipWriter(request.level, request.streamLevel);
        post({ t: 'ready' });
      } else if (request.t === 'ops') {
        for (const op of request.ops) apply(op);
        post({ t: 'ack', seq: request.seq, written });
      } else {
        if (!zip) throw new Error('zip worker: not initialised');
        pieces.push(new Blob(zip.finish() as BlobPart[]));
        post({ t: 'done', blob: new Blob(pieces, { type: 'application/zip' }) });
      }
    } catch (e) {
      broken = true;
      post({ t: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
}

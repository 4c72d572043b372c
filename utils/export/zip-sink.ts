/**
 * Where an export's zip entries go. `InlineZipSink` zips on the calling thread (ZipWriter);
 * `WorkerZipSink` hands the entries to a module Worker running the same ZipWriter
 * (zip-worker-core.ts), so encoding, CRC and deflate happen off the page's main thread and the
 * two run side by side. Both write the same bytes. The worker is optional: when it cannot be
 * started (no Worker, a CSP that blocks it, a failed load) the export zips inline.
 */
import { ZipWriter, type ZipLevel } from './zip-writer';
import type { ZipOp, ZipReply, ZipRequest } from './zip-worker-core';

export interface ZipSink {
  addFile(name: string, data: string | Uint8Array, mtime: Date, store?: boolean): void;
  openText(name: string, mtime: Date): { write(text: string): void; end(): void };
  /** Resolves when the sink can take more (backpressure; also a point where progress moves). */
  pace(): Promise<void>;
  /** Entries (files, plus the streamed text once ended) fully written so far. */
  readonly written: number;
  finish(): Promise<Blob>;
  /** Stops any background work (abort). */
  close(): void;
}

/** The zip becomes a Blob a few MB at a time: one 100+ MB Blob made at the end freezes the page. */
const BLOB_PIECE_BYTES = 4 * 1024 * 1024;

export class InlineZipSink implements ZipSink {
  private readonly zip: ZipWriter;
  private readonly pieces: Blob[] = [];
  written = 0;

  constructor(level: ZipLevel, streamLevel: ZipLevel) {
    this.zip = new ZipWriter(level, streamLevel);
  }

  private collect(): void {
    if (this.zip.pendingBytes >= BLOB_PIECE_BYTES) this.pieces.push(new Blob(this.zip.drain() as BlobPart[]));
  }

  addFile(name: string, data: string | Uint8Array, mtime: Date, store = false): void {
    this.zip.addFile(name, data, mtime, store);
    this.written++;
    this.collect();
  }

  openText(name: string, mtime: Date): { write(text: string): void; end(): void } {
    const text = this.zip.openText(name, mtime);
    return {
      write: (t) => {
        text.write(t);
        this.collect();
      },
      end: () => {
        text.end();
        this.written++;
      },
    };
  }

  pace(): Promise<void> {
    return Promise.resolve();
  }

  finish(): Promise<Blob> {
    this.pieces.push(new Blob(this.zip.finish() as BlobPart[]));
    return Promise.resolve(new Blob(this.pieces, { type: 'application/zip' }));
  }

  close(): void {}
}

/** Characters queued before a batch is posted, and batches in flight before `pace()` waits. */
const BATCH_CHARS = 1024 * 1024;
const MAX_IN_FLIGHT = 4;
const START_TIMEOUT_MS = 5000;

export type WorkerFactory = () => Worker;

export class WorkerZipSink implements ZipSink {
  private ops: ZipOp[] = [];
  private queued = 0;
  private seq = 0;
  private acked = 0;
  private failure: Error | null = null;
  private waiters: Array<() => void> = [];
  private done: ((blob: Blob) => void) | null = null;
  written = 0;

  private constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<ZipReply>) => this.onReply(e.data);
    worker.onerror = (e) => this.fail(new Error(`The zip worker failed: ${e.message || 'error'}`));
    worker.onmessageerror = () => this.fail(new Error('The zip worker sent an unreadable message.'));
  }

  /** Starts the worker and waits for it to answer; null when it cannot run here. */
  static async start(factory: WorkerFactory, level: ZipLevel, streamLevel: ZipLevel): Promise<WorkerZipSink | null> {
    let worker: Worker;
    try {
      worker = factory();
    } catch {
      return null;
    }
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), START_TIMEOUT_MS);
      worker.onmessage = (e: MessageEvent<ZipReply>) => {
        clearTimeout(timer);
        resolve(e.data?.t === 'ready');
      };
      worker.onerror = () => {
        clearTimeout(timer);
        resolve(false);
      };
      worker.postMessage({ t: 'init', level, streamLevel } satisfies ZipRequest);
    });
    if (!ready) {
      worker.terminate();
      return null;
    }
    return new WorkerZipSink(worker);
  }

  private onReply(reply: ZipReply): void {
    if (reply.t === 'ack') {
      this.acked = reply.seq;
      this.written = reply.written;
    } else if (reply.t === 'done') {
      this.done?.(reply.blob);
    } else if (reply.t === 'error') {
      this.fail(new Error(reply.message));
    }
    this.wake();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private push(op: ZipOp, chars: number): void {
    this.check();
    this.ops.push(op);
    this.queued += chars;
    if (this.queued >= BATCH_CHARS) this.post();
  }

  private post(): void {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.queued = 0;
    this.seq++;
    // Byte arrays are transferred, not copied; strings are copied (cheap next to encoding them).
    const transfer = ops.flatMap((op) => (op.op === 'file' && typeof op.data !== 'string' ? [op.data.buffer as ArrayBuffer] : []));
    this.worker.postMessage({ t: 'ops', seq: this.seq, ops } satisfies ZipRequest, transfer);
  }

  addFile(name: string, data: string | Uint8Array, mtime: Date, store = false): void {
    const owned = typeof data === 'string' ? data : data.slice();
    this.push({ op: 'file', name, data: owned, mtime: mtime.getTime(), store }, typeof data === 'string' ? data.length : data.length);
  }

  openText(name: string, mtime: Date): { write(text: string): void; end(): void } {
    this.push({ op: 'open', name, mtime: mtime.getTime() }, 0);
    return {
      write: (text) => this.push({ op: 'write', text }, text.length),
      end: () => this.push({ op: 'end' }, 0),
    };
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async pace(): Promise<void> {
    while (!this.failure && this.seq - this.acked >= MAX_IN_FLIGHT) await this.wait();
    this.check();
  }

  async finish(): Promise<Blob> {
    this.post();
    const blob = new Promise<Blob>((resolve) => (this.done = resolve));
    this.worker.postMessage({ t: 'finish' } satisfies ZipRequest);
    const result = await Promise.race([blob, this.failed()]);
    this.close();
    return result;
  }

  private async failed(): Promise<never> {
    while (!this.failure) await this.wait();
    throw this.failure;
  }

  close(): void {
    this.worker.terminate();
  }
}

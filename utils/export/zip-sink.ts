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

/** Bytes queued before a batch is posted, and batches in flight before `pace()` waits. */
const BATCH_BYTES = 1024 * 1024;
const encoder = new TextEncoder();
const MAX_IN_FLIGHT = 4;
const START_TIMEOUT_MS = 5000;

export type WorkerFactory = () => Worker;

export class WorkerZipSink implements ZipSink {
  private ops: ZipOp[] = [];
  private buffer = new Uint8Array(BATCH_BYTES + 64 * 1024);
  private used = 0;
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

  /**
   * Text is encoded here, straight into the batch buffer that is then transferred (not copied)
   * to the worker: cheaper than structured-cloning the strings and encoding them there.
   */
  private encode(text: string): Uint8Array {
    const need = text.length * 3;
    if (this.used + need > this.buffer.length) {
      this.post();
      if (need > this.buffer.length) this.buffer = new Uint8Array(need);
    }
    const { written } = encoder.encodeInto(text, this.buffer.subarray(this.used));
    const view = this.buffer.subarray(this.used, this.used + (written ?? 0));
    this.used += written ?? 0;
    return view;
  }

  private push(op: ZipOp): void {
    this.check();
    this.ops.push(op);
    if (this.used >= BATCH_BYTES) this.post();
  }

  private post(): void {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    const buffer = this.buffer;
    this.ops = [];
    this.buffer = new Uint8Array(BATCH_BYTES + 64 * 1024);
    this.used = 0;
    this.seq++;
    // The views in `ops` arrive as views of the transferred buffer; copied bytes (images) go too.
    const transfer = new Set<ArrayBuffer>([buffer.buffer as ArrayBuffer]);
    for (const op of ops) if (op.op === 'file' && typeof op.data !== 'string') transfer.add(op.data.buffer as ArrayBuffer);
    this.worker.postMessage({ t: 'ops', seq: this.seq, ops } satisfies ZipRequest, [...transfer]);
  }

  addFile(name: string, data: string | Uint8Array, mtime: Date, store = false): void {
    const bytes = typeof data === 'string' ? this.encode(data) : data.slice();
    this.push({ op: 'file', name, data: bytes, mtime: mtime.getTime(), store });
  }

  openText(name: string, mtime: Date): { write(text: string): void; end(): void } {
    this.push({ op: 'open', name, mtime: mtime.getTime() });
    return {
      write: (text) => this.push({ op: 'write', text: this.encode(text) }),
      end: () => this.push({ op: 'end' }),
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

/**
 * A deterministic zip built with fflate's synchronous streaming API, one entry at a time, so the
 * caller can yield to the event loop between entries (fflate's async API spawns workers from blob
 * URLs, which the extension pages' CSP forbids). Entry timestamps are given by the caller, never
 * "now". Note that zip (DOS) timestamps are local time, so two machines in different time zones
 * write different bytes for the same clips; one machine always writes the same bytes.
 */
import { Zip, ZipDeflate, ZipPassThrough, deflateSync } from 'fflate';

/** Zip timestamps cannot go before 1980 or after 2099. */
export function zipTime(iso: string | null | undefined): Date {
  const t = Date.parse(iso ?? '');
  const d = Number.isFinite(t) ? new Date(t) : new Date(1980, 0, 1, 12);
  if (d.getFullYear() < 1980) return new Date(1980, 0, 1, 12);
  if (d.getFullYear() > 2099) return new Date(2099, 11, 31, 12);
  return d;
}

const encoder = new TextEncoder();

export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type Level = ZipLevel;

/**
 * A whole file deflated in one call. fflate's streaming ZipDeflate allocates its window and hash
 * tables per file, which costs more than compressing a few-KB Markdown file; its docs name
 * subclassing ZipPassThrough (which still computes CRC and size) as the way to plug in another
 * compressor. Only valid for a single push with `final = true`.
 */
class ZipDeflateOnce extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly level: Level,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    if (!final) throw new Error('ZipDeflateOnce takes the whole file in one push');
    this.ondata(null, deflateSync(chunk, { level: this.level }), final);
  }
}
/** Streamed files reach the compressor in blocks of exactly this many bytes. */
const STREAM_BLOCK = 256 * 1024;

export class ZipWriter {
  private chunks: Uint8Array[] = [];
  private pending = 0;
  private error: Error | null = null;
  private finished = false;
  private readonly zip: Zip;

  /** `level` for the files; `streamLevel` for text written in pieces (the large clips.json). */
  constructor(
    private readonly level: Level = 6,
    private readonly streamLevel: Level = level,
  ) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.error = err;
      else {
        this.chunks.push(data);
        this.pending += data.length;
      }
      if (final) this.finished = true;
    });
  }

  private check(): void {
    if (this.error) throw this.error;
  }

  /** Adds a whole file. `store` skips compression (for JPEGs and the like). */
  addFile(name: string, data: Uint8Array | string, mtime: Date, store = false): void {
    const file = store || this.level === 0 ? new ZipPassThrough(name) : new ZipDeflateOnce(name, this.level);
    file.mtime = mtime;
    this.zip.add(file);
    file.push(typeof data === 'string' ? encoder.encode(data) : data, true);
    this.check();
  }

  /**
   * Starts a compressed file written in pieces (text or UTF-8 bytes); call `end()` before adding
   * the next entry. The compressor is fed fixed-size blocks whatever the pieces' sizes, because
   * fflate's streaming deflate output depends on where its input is cut: the bytes then depend
   * only on the content (the page and the zip worker write the same zip).
   */
  openText(name: string, mtime: Date): { write(piece: string | Uint8Array): void; end(): void } {
    const file = this.streamLevel === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level: this.streamLevel });
    file.mtime = mtime;
    this.zip.add(file);
    let block = new Uint8Array(STREAM_BLOCK);
    let used = 0;
    const put = (bytes: Uint8Array) => {
      let offset = 0;
      while (offset < bytes.length) {
        const n = Math.min(bytes.length - offset, STREAM_BLOCK - used);
        block.set(bytes.subarray(offset, offset + n), used);
        used += n;
        offset += n;
        if (used === STREAM_BLOCK) {
          file.push(block, false);
          this.check();
          block = new Uint8Array(STREAM_BLOCK);
          used = 0;
        }
      }
    };
    return {
      write: (piece) => put(typeof piece === 'string' ? encoder.encode(piece) : piece),
      end: () => {
        file.push(block.subarray(0, used), true);
        this.check();
      },
    };
  }

  /** Bytes written since the last `drain()`. */
  get pendingBytes(): number {
    return this.pending;
  }

  /** Hands over the bytes written so far (the caller turns them into a Blob piece by piece). */
  drain(): Uint8Array[] {
    const out = this.chunks;
    this.chunks = [];
    this.pending = 0;
    return out;
  }

  /** Finishes the archive; returns the bytes not yet drained. */
  finish(): Uint8Array[] {
    this.zip.end();
    this.check();
    if (!this.finished) throw new Error('zip did not finish');
    return this.drain();
  }
}

/**
 * `--manifest LIST.jsonl`: one `{"file", "url"}` object per line, files relative to the
 * manifest's folder. Each page is clipped on its own; a bad line or a bad page becomes an
 * error line and the batch goes on.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { PageError, PageOptions, PageResult } from './page';
import { clipPage } from './page';

export interface ManifestEntry {
  /** The file as the manifest names it (echoed back in the output). */
  file: string;
  /** Absolute path on disk. */
  path: string | null;
  url: string | null;
  error: PageError | null;
}

/** Parses the manifest's lines; blank lines and `#` comments are skipped. */
export function parseManifest(text: string, manifestPath: string): ManifestEntry[] {
  const base = dirname(resolve(manifestPath));
  const out: ManifestEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const where = `line ${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(trimmed);
    } catch {
      out.push({ file: '', path: null, url: null, error: { code: 'bad-manifest-line', message: `${where} is not JSON.` } });
      return;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      out.push({ file: '', path: null, url: null, error: { code: 'bad-manifest-line', message: `${where} is not a JSON object.` } });
      return;
    }
    const rec = obj as Record<string, unknown>;
    const file = typeof rec['file'] === 'string' ? rec['file'] : '';
    if (!file.trim()) {
      out.push({ file, path: null, url: null, error: { code: 'bad-manifest-line', message: `${where} has no "file".` } });
      return;
    }
    const url = rec['url'];
    if (url !== undefined && url !== null) {
      let ok = typeof url === 'string';
      if (ok) {
        try {
          new URL(url as string);
        } catch {
          ok = false;
        }
      }
      if (!ok) {
        out.push({ file, path: null, url: null, error: { code: 'bad-manifest-line', message: `${where}: "url" is not an absolute URL.` } });
        return;
      }
    }
    out.push({ file, path: isAbsolute(file) ? file : resolve(base, file), url: typeof url === 'string' ? url : null, error: null });
  });
  return out;
}

export function clipEntry(entry: ManifestEntry, opts: Omit<PageOptions, 'url'>): PageResult {
  if (entry.error || !entry.path) return { ok: false, error: entry.error ?? { code: 'bad-manifest-line', message: 'No file.' } };
  return clipPage(entry.path, { ...opts, url: entry.url });
}

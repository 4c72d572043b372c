/** Command-line arguments of `npm run clip`. */

export type OutputFormat = 'json' | 'md';

export interface ClipArgs {
  file: string | null;
  manifest: string | null;
  url: string | null;
  format: OutputFormat;
  /** Reference time for relative dates ("2 hours ago"); none by default. */
  now: Date | null;
  /** Files larger than this are refused without being read. */
  maxBytes: number;
  help: boolean;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

export const USAGE = `usage:
  npm run clip -- FILE.html [--url URL] [--format json|md] [--now ISO-DATE]
  npm run clip -- --manifest LIST.jsonl [--format json|md] [--now ISO-DATE]

Prints one clip of FILE.html (JSON by default, or Markdown with --format md).
With --manifest, reads one {"file": "...", "url": "..."} object per line (file relative to the
manifest's folder) and prints one JSON line per page, in order:
  {"file": "...", "ok": true, "clip": {...}}                (plus "markdown" with --format md)
  {"file": "...", "ok": false, "error": {"code": "...", "message": "..."}}
Error codes: not-found, unreadable, not-html, too-large, extract-failed, bad-manifest-line.

Options:
  --url URL        the page's address (relative links resolve against it); default: the file's file:// URL
  --format F       json (default) or md
  --now DATE       reference time for relative dates such as "2 hours ago"; without it they are ignored
  --max-bytes N    refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --help           this text

Exit status: 0 every page clipped; 1 a page could not be clipped (the others are still printed); 2 usage error.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[]): ClipArgs {
  const out: ClipArgs = { file: null, manifest: null, url: null, format: 'json', now: null, maxBytes: DEFAULT_MAX_BYTES, help: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value.`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--url') out.url = value(i++, '--url');
    else if (a === '--manifest') out.manifest = value(i++, '--manifest');
    else if (a === '--format') {
      const f = value(i++, '--format');
      if (f !== 'json' && f !== 'md') throw new UsageError(`--format must be json or md, not "${f}".`);
      out.format = f;
    } else if (a === '--now') {
      const raw = value(i++, '--now');
      const d = new Date(raw);
      if (Number.isNaN(d.getTime())) throw new UsageError(`--now is not a date: "${raw}".`);
      out.now = d;
    } else if (a === '--max-bytes') {
      const n = Number(value(i++, '--max-bytes'));
      if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-bytes must be a positive whole number.');
      out.maxBytes = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else if (out.file !== null) throw new UsageError(`One file at a time (got "${out.file}" and "${a}"); use --manifest for many.`);
    else out.file = a;
  }
  if (out.help) return out;
  if (out.file && out.manifest) throw new UsageError('Give either FILE.html or --manifest, not both.');
  if (!out.file && !out.manifest) throw new UsageError('No page given.');
  if (out.manifest && out.url) throw new UsageError('--url applies to one file; put each page\'s "url" in the manifest.');
  if (out.url) {
    try {
      new URL(out.url);
    } catch {
      throw new UsageError(`--url is not an absolute URL: "${out.url}".`);
    }
  }
  return out;
}

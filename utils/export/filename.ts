/**
 * File names that are safe on Windows, macOS and Linux and in the browsers' download code
 * (reliability.md E5–E11). Pure.
 *
 * safeFilename guarantees: no `/ \ : * ? " < > | ~ %` or `# ^ [ ]` (the last four break note-app
 * links), no C0/C1 controls, no format characters (bidi overrides, zero-width, BOM, soft hyphen);
 * no Windows reserved name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, CONIN$, CONOUT$, also before an
 * extension); no leading dot or space, no trailing dot or space; 1–120 code points, never a
 * broken surrogate pair; at least one letter, digit or symbol (else the fallback); NFC; and stable: safeFilename(safeFilename(x)) === safeFilename(x).
 * Letters of every script are kept (no transliteration).
 */
import { wellFormed } from '../markdown/text';

export const MAX_FILENAME_LENGTH = 120;

const ILLEGAL = /[/\\:*?"<>|~%#^[\]]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

const codePoints = (s: string) => Array.from(s);

function clean(s: string): string {
  return wellFormed(s)
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(ILLEGAL, '-')
    .replace(/\s+/g, ' ');
}

function trimEnds(s: string): string {
  return s.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
}

/** Cuts to `max` code points (never inside a surrogate pair) and re-trims the end. */
function cut(s: string, max: number): string {
  const cps = codePoints(s);
  return cps.length <= max ? s : cps.slice(0, Math.max(0, max)).join('').replace(/[. ]+$/, '');
}

function isReserved(name: string): boolean {
  return RESERVED.test(name.split('.')[0]?.trimEnd() ?? '');
}

export interface SafeFilenameOptions {
  /** Used when nothing usable is left; sanitized the same way. Default `Untitled`. */
  fallback?: string;
  maxLength?: number;
}

function sanitize(name: string, max: number): string {
  const cleaned = clean(name).replace(/[. ]+$/, '');
  const ext = EXTENSION.exec(cleaned)?.[0] ?? '';
  const stem = trimEnds(cleaned.slice(0, cleaned.length - ext.length));
  // Nothing but replaced characters and punctuation left (E9): not a name.
  if (!/[\p{L}\p{N}\p{S}]/u.test(stem)) return '';
  const room = max - codePoints(ext).length;
  const short = cut(stem, room);
  if (!short) return '';
  return isReserved(short + ext) ? `_${cut(short, room - 1)}${ext}` : short + ext;
}

/** Runs the rules to a fixed point, so stability does not hang on their order. */
function settle(name: string, max: number): string {
  let out = sanitize(name, max);
  for (let i = 0; i < 4; i++) {
    const again = sanitize(out, max);
    if (again === out) break;
    out = again;
  }
  return out;
}

export function safeFilename(name: string, options: SafeFilenameOptions = {}): string {
  const max = options.maxLength ?? MAX_FILENAME_LENGTH;
  return settle(name, max) || settle(options.fallback ?? 'Untitled', max) || 'Untitled';
}

/** Title → a lowercase slug of letters, marks and digits of any script, joined by hyphens. */
export function slugify(title: string, maxLength = 80): string {
  const slug = wellFormed(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return codePoints(slug).slice(0, maxLength).join('').replace(/-+$/, '');
}

/**
 * Hands out names unique within one export, case- and normalisation-insensitively (Windows and
 * macOS file systems are case-insensitive): `a.md`, `a-2.md`, `a-3.md`…
 */
export class NameAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(this.key(name));
  }

  private key(name: string): string {
    return name.normalize('NFC').toLowerCase();
  }

  allocate(name: string, options: SafeFilenameOptions = {}): string {
    const safe = safeFilename(name, options);
    const ext = EXTENSION.exec(safe)?.[0] ?? '';
    const stem = safe.slice(0, safe.length - ext.length);
    const max = options.maxLength ?? MAX_FILENAME_LENGTH;
    let candidate = safe;
    for (let n = 2; this.taken.has(this.key(candidate)); n++) {
      const suffix = `-${n}`;
      candidate = safeFilename(cut(stem, max - codePoints(ext).length - suffix.length) + suffix + ext, options);
    }
    this.taken.add(this.key(candidate));
    return candidate;
  }
}

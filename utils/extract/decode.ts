/**
 * Bytes to text as a browser decodes an HTML page: BOM, then the transport charset, then a
 * `<meta charset>` declaration, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * Pure; uses only TextDecoder.
 */

export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding name used. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'transport' | 'meta' | 'utf8-valid' | 'default';
}

const META_CHARSET =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)|<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([a-zA-Z0-9_\-:.]+)/i;

/** The WHATWG encoding for a label, or null when TextDecoder does not know it. */
export function resolveEncoding(label: string): string | null {
  try {
    const enc = new TextDecoder(label.trim()).encoding;
    // HTML: a meta declaring UTF-16 means UTF-8 (the bytes are already ASCII-compatible).
    if (enc === 'utf-16le' || enc === 'utf-16be') return 'utf-8';
    return enc;
  } catch {
    return null;
  }
}

function sniffMeta(bytes: Uint8Array): string | null {
  // Browsers prescan 1024 bytes, then switch encoding when the parser meets a later meta in
  // <head>; scanning the head up to 64 KiB approximates both.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 65536));
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  const scope = end >= 0 ? head.slice(0, end) : head;
  // Comments can hold stale declarations.
  const m = META_CHARSET.exec(scope.replace(/<!--[\s\S]*?-->/g, ''));
  const label = m?.[1] ?? m?.[2];
  return label ? resolveEncoding(label) : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', source: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', source: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', source: 'bom' };
  }
  const transport = transportCharset ? resolveEncoding(transportCharset) : null;
  if (transport) return { html: new TextDecoder(transport).decode(bytes), encoding: transport, source: 'transport' };
  const meta = sniffMeta(bytes);
  if (meta) return { html: new TextDecoder(meta).decode(bytes), encoding: meta, source: 'meta' };
  if (isValidUtf8(bytes)) return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf8-valid' };
  return { html: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', source: 'default' };
}

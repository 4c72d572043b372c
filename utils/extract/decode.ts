/**
 * Bytes to text as a browser decodes an HTML page: BOM, then the transport charset, then a
 * `<meta charset>` declaration, then UTF-8 when the bytes are (almost all) valid UTF-8, then
 * the legacy encoding a browser's detector would pick for unlabelled CJK or Cyrillic bytes,
 * else windows-1252. Pure; uses only TextDecoder.
 */

export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding name used. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'transport' | 'meta' | 'utf8-valid' | 'detected' | 'default';
}

/** `<meta charset=…>` and `<meta http-equiv=Content-Type content="…; charset=…">`. */
const META_TAG = /<meta\b([^>]*)>/gi;
const CHARSET_ATTR = /(?:^|[\s"'/])charset\s*=\s*["']?\s*([^\s"'/>;]+)/i;
const CONTENT_ATTR = /(?:^|[\s"'/])content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?\s*([^\s"';]+)/i;

/** The WHATWG encoding for a label, or null when TextDecoder does not know it. */
export function resolveEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * An encoding declared in a meta tag, as the HTML prescan treats it: UTF-16 labels mean
 * UTF-8 (the bytes are ASCII-compatible if the tag was readable), x-user-defined means
 * windows-1252, unknown labels are skipped in favour of the next declaration.
 */
function metaEncoding(label: string): string | null {
  const enc = resolveEncoding(label);
  if (enc === 'utf-16le' || enc === 'utf-16be') return 'utf-8';
  if (enc === 'x-user-defined') return 'windows-1252';
  return enc;
}

/** The first usable `<meta>` charset declaration in the document's head. */
export function sniffMeta(bytes: Uint8Array): string | null {
  // Browsers prescan 1024 bytes, then switch encoding when the parser meets a later meta in
  // <head>; scanning the head up to 64 KiB approximates both.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 65536));
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  // Comments and scripts can hold stale or unrelated declarations.
  const scope = (end >= 0 ? head.slice(0, end) : head)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, ' ');
  META_TAG.lastIndex = 0;
  for (let m = META_TAG.exec(scope); m; m = META_TAG.exec(scope)) {
    const attrs = m[1] ?? '';
    let label = CHARSET_ATTR.exec(attrs)?.[1] ?? null;
    if (!label && /http-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const c = CONTENT_ATTR.exec(attrs);
      const content = c ? (c[1] ?? c[2] ?? c[3] ?? '') : '';
      label = CHARSET_IN_CONTENT.exec(content)?.[1] ?? null;
    }
    const enc = label ? metaEncoding(label) : null;
    if (enc) return enc;
  }
  return null;
}

/**
 * Counts of valid multi-byte UTF-8 sequences and of invalid bytes. A page that is UTF-8 with a
 * stray broken byte is still UTF-8 to a browser's detector; windows-1252 text has isolated
 * high bytes that never form valid sequences.
 */
function utf8Stats(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    let cp = b & (0x3f >> need);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multi++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

function looksUtf8(bytes: Uint8Array): boolean {
  const { multi, invalid } = utf8Stats(bytes);
  return invalid === 0 || (multi >= 4 && invalid * 8 <= multi);
}

const COMMON_HANZI = /[的一是不了在人有我他這这个個們们中來来上大為为和國国年說说時时]/g;

interface Guess {
  encoding: string;
  score: number;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * The legacy encoding of unlabelled non-UTF-8 bytes, as browsers' detectors guess it for
 * Japanese, Korean, Chinese and Cyrillic pages; null when the bytes look Western (1252).
 */
export function detectLegacy(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 262144);
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  if (high < 8) return null;
  const guesses: Guess[] = [];
  for (const enc of ['shift_jis', 'euc-jp']) {
    const t = decodeStrict(sample, enc);
    if (!t) continue;
    const nonAscii = count(t, /[\u0080-\uffff]/g);
    const kana = count(t, /[\u3040-\u30ff]/g);
    const halfwidth = count(t, /[\uff61-\uff9f]/g);
    if (nonAscii > 0 && kana / nonAscii >= 0.1 && halfwidth / nonAscii < 0.05) guesses.push({ encoding: enc, score: 3 + kana / nonAscii });
  }
  const korean = decodeStrict(sample, 'euc-kr');
  if (korean) {
    const nonAscii = count(korean, /[\u0080-\uffff]/g);
    const hangul = count(korean, /[\uac00-\ud7af]/g);
    if (nonAscii > 0 && hangul / nonAscii >= 0.5) guesses.push({ encoding: 'euc-kr', score: 2 + hangul / nonAscii });
  }
  for (const enc of ['gb18030', 'big5']) {
    const t = decodeStrict(sample, enc);
    if (!t) continue;
    const nonAscii = count(t, /[\u0080-\uffff]/g);
    const common = count(t, COMMON_HANZI);
    if (nonAscii > 0 && common / nonAscii >= 0.03) guesses.push({ encoding: enc, score: 1 + common / nonAscii });
  }
  const cyr = decodeStrict(sample, 'windows-1251');
  if (cyr) {
    const words = cyr.match(/[\p{L}]+/gu) ?? [];
    let cyrWords = 0;
    let mixed = 0;
    for (const w of words) {
      const c = /[\u0400-\u04ff]/.test(w);
      const l = /[A-Za-z]/.test(w);
      if (c && l) mixed++;
      else if (c) cyrWords++;
    }
    // Western text read as 1251 turns "café" into "cafй": Cyrillic letters glued to Latin ones.
    if (cyrWords >= 5 && mixed * 10 < cyrWords) guesses.push({ encoding: 'windows-1251', score: 1 });
  }
  guesses.sort((a, b) => b.score - a.score);
  return guesses[0]?.encoding ?? null;
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
  if (transport && transport !== 'replacement') {
    return { html: new TextDecoder(transport).decode(bytes), encoding: transport, source: 'transport' };
  }
  const meta = sniffMeta(bytes);
  if (meta && meta !== 'replacement') return { html: new TextDecoder(meta).decode(bytes), encoding: meta, source: 'meta' };
  if (looksUtf8(bytes)) return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf8-valid' };
  const legacy = detectLegacy(bytes);
  if (legacy) return { html: new TextDecoder(legacy).decode(bytes), encoding: legacy, source: 'detected' };
  return { html: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', source: 'default' };
}

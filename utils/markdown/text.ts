/**
 * String normalisation shared by the front matter, figure captions and file names. Pure.
 *
 * Decision on lone surrogates: they are replaced with U+FFFD. A UTF-8 file cannot hold them,
 * so any other choice would make the file say something different from what we meant to write.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls, DEL included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
/** The same minus tab and line feed, for multi-line fields. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_KEEP_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Replaces lone surrogates with U+FFFD so the string survives UTF-8. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A one-line field (title, author, site, excerpt…): every run of whitespace, line or paragraph
 * separator becomes one space, C0/C1 controls go, the ends are trimmed.
 */
export function oneLine(s: string): string {
  // NEL (U+0085) is a line break to Unicode and YAML 1.1 but not `\s` to JavaScript.
  return wellFormed(s).replace(/[\s\u0085]+/g, ' ').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/**
 * A multi-line field (the user's note): every line break form (CRLF, CR, NEL, U+2028/9) becomes
 * `\n`, other controls but tab go, the ends are trimmed.
 */
export function multiLine(s: string): string {
  return wellFormed(s)
    .replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n')
    .replace(CONTROLS_KEEP_LINES, '')
    .trim();
}

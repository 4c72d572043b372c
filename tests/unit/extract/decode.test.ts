import { describe, expect, it } from 'vitest';
import { decodeHtml, detectLegacy, resolveEncoding, sniffMeta } from '../../../utils/extract/decode';

// Byte sequences produced with Python's codecs from the strings in the comments.
/** 東京で桜が満開になりました。 */
const SJIS = [147, 140, 139, 158, 130, 197, 141, 247, 130, 170, 150, 158, 138, 74, 130, 201, 130, 200, 130, 232, 130, 220, 130, 181, 130, 189, 129, 66];
const JA = '東京で桜が満開になりました。';
/** The same sentence in EUC-JP. */
const EUCJP = [197, 236, 181, 254, 164, 199, 186, 249, 164, 172, 203, 254, 179, 171, 164, 203, 164, 202, 164, 234, 164, 222, 164, 183, 164, 191, 161, 163];
/** Café crème à Noël */
const CP1252 = [67, 97, 102, 233, 32, 99, 114, 232, 109, 101, 32, 224, 32, 78, 111, 235, 108];
/** Новости дня: в Москве открылся новый музей современного искусства */
const CP1251 = [205, 238, 226, 238, 241, 242, 232, 32, 228, 237, 255, 58, 32, 226, 32, 204, 238, 241, 234, 226, 229, 32, 238, 242, 234, 240, 251, 235, 241, 255, 32, 237, 238, 226, 251, 233, 32, 236, 243, 231, 229, 233, 32, 241, 238, 226, 240, 229, 236, 229, 237, 237, 238, 227, 238, 32, 232, 241, 234, 243, 241, 241, 242, 226, 224];
/** 서울에서 새로운 도서관이 문을 열었습니다 */
const EUCKR = [188, 173, 191, 239, 191, 161, 188, 173, 32, 187, 245, 183, 206, 191, 238, 32, 181, 181, 188, 173, 176, 252, 192, 204, 32, 185, 174, 192, 187, 32, 191, 173, 190, 250, 189, 192, 180, 207, 180, 217];
/** 我们的城市今天是一个新的开始，这是人们在中国的生活 */
const GB = [206, 210, 195, 199, 181, 196, 179, 199, 202, 208, 189, 241, 204, 236, 202, 199, 210, 187, 184, 246, 208, 194, 181, 196, 191, 170, 202, 188, 163, 172, 213, 226, 202, 199, 200, 203, 195, 199, 212, 218, 214, 208, 185, 250, 181, 196, 201, 250, 187, 238];

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));

/** An HTML page: ASCII head, then the given body bytes inside <p>. */
function page(head: string, body: number[]): Uint8Array {
  return new Uint8Array([...ascii(`<!doctype html><html><head>${head}<title>t</title></head><body><p>`), ...body, ...ascii('</p></body></html>')]);
}

const bodyText = (html: string): string => /<p>([\s\S]*)<\/p>/.exec(html)![1]!;

describe('decodeHtml', () => {
  it('decodes UTF-8 without any declaration as UTF-8, not windows-1252 mojibake', () => {
    const d = decodeHtml(page('', utf8('Größte Schäden – “Zitat” 東京')));
    expect(d.encoding).toBe('utf-8');
    expect(d.source).toBe('utf8-valid');
    expect(bodyText(d.html)).toBe('Größte Schäden – “Zitat” 東京');
  });

  it('keeps a UTF-8 page UTF-8 when one byte is broken', () => {
    const body = [...utf8('Größe, Maß, Übung, Straße, Fußgänger, schön '), 0xff, ...utf8(' und mehr Umlaute: äöü')];
    const d = decodeHtml(page('', body));
    expect(d.encoding).toBe('utf-8');
    expect(bodyText(d.html)).toContain('Fußgänger');
  });

  it('falls back to windows-1252 for undeclared Western bytes', () => {
    const d = decodeHtml(page('', CP1252));
    expect(d.encoding).toBe('windows-1252');
    expect(d.source).toBe('default');
    expect(bodyText(d.html)).toBe('Café crème à Noël');
  });

  it('follows <meta charset> for Shift_JIS', () => {
    const d = decodeHtml(page('<meta charset="Shift_JIS">', SJIS));
    expect(d).toMatchObject({ encoding: 'shift_jis', source: 'meta' });
    expect(bodyText(d.html)).toBe(JA);
  });

  it('follows the http-equiv Content-Type form of the declaration', () => {
    const d = decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', CP1251));
    expect(d.encoding).toBe('windows-1251');
    expect(bodyText(d.html)).toMatch(/^Новости дня/);
  });

  it('finds a declaration that comes late in the head, after other tags', () => {
    const filler = '<meta name="description" content="x">'.repeat(60);
    const d = decodeHtml(page(`${filler}<meta charset="euc-jp">`, EUCJP));
    expect(d.encoding).toBe('euc-jp');
    expect(bodyText(d.html)).toBe(JA);
  });

  it('skips an unknown label and uses the next declaration', () => {
    const d = decodeHtml(page('<meta charset="no-such-encoding"><meta http-equiv="content-type" content="text/html; charset=shift_jis">', SJIS));
    expect(d.encoding).toBe('shift_jis');
  });

  it('ignores declarations inside comments and scripts', () => {
    const d = decodeHtml(page('<!-- <meta charset="shift_jis"> --><script>var s = "<meta charset=euc-kr>";</script>', utf8('Grüße')));
    expect(d.encoding).toBe('utf-8');
    expect(bodyText(d.html)).toBe('Grüße');
  });

  it('ignores a declaration in the body', () => {
    const bytes = new Uint8Array([...ascii('<html><head><title>t</title></head><body><p>'), ...utf8('Grüße'), ...ascii('</p><meta charset="shift_jis"></body></html>')]);
    expect(decodeHtml(bytes).encoding).toBe('utf-8');
  });

  it('treats a meta that declares UTF-16 as UTF-8, as the HTML prescan does', () => {
    const d = decodeHtml(page('<meta charset="utf-16">', utf8('Grüße')));
    expect(d.encoding).toBe('utf-8');
    expect(bodyText(d.html)).toBe('Grüße');
  });

  it('lets a wrong meta win over the bytes, as a browser does', () => {
    // The page says Latin-1 but is UTF-8: browsers show mojibake, and so must we to match them.
    const d = decodeHtml(page('<meta charset="iso-8859-1">', utf8('Grüße')));
    expect(d.encoding).toBe('windows-1252');
    expect(bodyText(d.html)).toBe('GrÃ¼ÃŸe');
  });

  it('prefers the byte order mark over everything', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...page('<meta charset="shift_jis">', utf8('Grüße'))]);
    const d = decodeHtml(bytes, 'iso-8859-1');
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(d.html.charCodeAt(0)).not.toBe(0xfeff);
    expect(bodyText(d.html)).toBe('Grüße');
  });

  it('decodes UTF-16LE and UTF-16BE with their BOMs', () => {
    const text = '<html><body><p>Grüße 東京</p></body></html>';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeHtml(new Uint8Array(le))).toMatchObject({ encoding: 'utf-16le', html: text });
    expect(decodeHtml(new Uint8Array(be))).toMatchObject({ encoding: 'utf-16be', html: text });
  });

  it('uses the transport charset before the meta', () => {
    const d = decodeHtml(page('<meta charset="utf-8">', SJIS), 'Shift_JIS');
    expect(d).toMatchObject({ encoding: 'shift_jis', source: 'transport' });
    expect(bodyText(d.html)).toBe(JA);
  });

  it('ignores an unknown transport charset', () => {
    expect(decodeHtml(page('<meta charset="shift_jis">', SJIS), 'x-bogus').encoding).toBe('shift_jis');
  });

  it('detects undeclared Shift_JIS, EUC-JP, EUC-KR, GB18030 and windows-1251 as a browser detector would', () => {
    const rep = (xs: number[]) => [...xs, 32, ...xs, 32, ...xs];
    expect(decodeHtml(page('', rep(SJIS)))).toMatchObject({ encoding: 'shift_jis', source: 'detected' });
    expect(decodeHtml(page('', rep(EUCJP))).encoding).toBe('euc-jp');
    expect(decodeHtml(page('', rep(EUCKR))).encoding).toBe('euc-kr');
    expect(decodeHtml(page('', rep(GB))).encoding).toBe('gb18030');
    expect(decodeHtml(page('', rep(CP1251))).encoding).toBe('windows-1251');
    expect(bodyText(decodeHtml(page('', SJIS)).html)).toBe(JA);
  });

  it('does not mistake Western text for Cyrillic or CJK', () => {
    const western = [...CP1252, 32, ...CP1252, 32, ...ascii('Fran'), 231, ...ascii('ais, na'), 239, ...ascii('ve, '), 233, ...ascii('t'), 233];
    expect(detectLegacy(new Uint8Array(western))).toBeNull();
  });
});

describe('sniffMeta and resolveEncoding', () => {
  it('maps labels to WHATWG names', () => {
    expect(resolveEncoding('latin1')).toBe('windows-1252');
    expect(resolveEncoding(' SJIS ')).toBe('shift_jis');
    expect(resolveEncoding('nonsense')).toBeNull();
  });

  it('reads unquoted and single-quoted declarations', () => {
    expect(sniffMeta(new Uint8Array(ascii('<head><meta charset=euc-kr></head>')))).toBe('euc-kr');
    expect(sniffMeta(new Uint8Array(ascii("<head><meta http-equiv='Content-Type' content='text/html;charset=gbk'></head>")))).toBe('gbk');
    expect(sniffMeta(new Uint8Array(ascii('<head><meta name="charset-note" content="none"></head>')))).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_LENGTH, NameAllocator, safeFilename, slugify } from '../../../utils/export/filename';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- the controls are what the check looks for
const UNSAFE = /[/\\:*?"<>|~\u0000-\u001f\u007f-\u009f]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad]/u;

/** Every rule a name must keep, as one check (reliability.md §6.1). */
function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILENAME_LENGTH);
  expect(name).not.toMatch(UNSAFE);
  expect(name.split('.')[0]!.trimEnd()).not.toMatch(RESERVED);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[. ]/);
  expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  expect(safeFilename(name)).toBe(name);
}

describe('safeFilename', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j~k.md', 'a-b-c-d-e-f-g-h-i-j-k.md'],
    ['../../etc/passwd', '-..-etc-passwd'],
    ['/abs.md', '-abs.md'],
    ['CON.md', '_CON.md'],
    ['con', '_con'],
    ['Lpt9.tar.gz', '_Lpt9.tar.gz'],
    ['COM¹.md', '_COM¹.md'],
    ['aux .md', '_aux.md'],
    ['trail. .md', 'trail.md'],
    ['trail. ', 'trail'],
    ['\u202Eevil\u202Cgpj.exe', 'evilgpj.exe'],
    ['zero\u200bwidth\ufeff.md', 'zerowidth.md'],
    ['a\u0000b\u0007c.md', 'abc.md'],
    ['', 'Untitled'],
    ['...', 'Untitled'],
    ['.md', 'Untitled'],
    ['Привет, мир.md', 'Привет, мир.md'],
    ['北京欢迎你.md', '北京欢迎你.md'],
    ['100% [sure] #1 ^x.md', '100- -sure- -1 -x.md'],
  ])('%j → %j', (input, want) => {
    expect(safeFilename(input)).toBe(want);
    expectSafe(safeFilename(input));
  });

  it('uses the fallback when nothing usable is left (E9)', () => {
    expect(safeFilename('???.md', { fallback: 'Untitled-2024-05-01-0930.md' })).toBe('Untitled-2024-05-01-0930.md');
  });

  it('cuts long names to 120 code points, keeping the extension and whole surrogate pairs (E10)', () => {
    const long = safeFilename(`${'😀'.repeat(200)}.md`);
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('😀.md')).toBe(true);
    const cjk = safeFilename(`${'漢'.repeat(300)}.md`);
    expect(Array.from(cjk)).toHaveLength(120);
    expectSafe(long);
  });

  it('is always safe, short and stable for any string (property)', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('.', ' ', 'c', 'o', 'n', 'C', 'O', 'N', '1', 'l', 'p', 't', 'a', 'u', 'x', '\u202e', '~', ':', 'é', '\u0301', '😀', '\ud83d'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(anyString, fc.constantFrom('', '.md', '.tar.gz'), (s, ext) => {
        expectSafe(safeFilename(s + ext));
      }),
      { seed: 12345, numRuns: 2000 },
    );
  });
});

describe('slugify', () => {
  it('keeps letters of every script and joins words with hyphens', () => {
    expect(slugify('Harbour reopens: what changes?')).toBe('harbour-reopens-what-changes');
    expect(slugify('Привет, мир! 北京 — Hello_World 2024')).toBe('привет-мир-北京-hello-world-2024');
    expect(slugify('إعادة فتح الميناء')).toBe('إعادة-فتح-الميناء');
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
    expect(slugify('!!!')).toBe('');
  });
});

describe('NameAllocator', () => {
  it('suffixes -2, -3… case-insensitively, within 120 characters (E11)', () => {
    const names = new NameAllocator(['clips.json']);
    expect(['a.md', 'A.md', 'a.md', 'clips.json'].map((n) => names.allocate(n))).toEqual(['a.md', 'A-2.md', 'a-3.md', 'clips-2.json']);
    const long = `${'x'.repeat(130)}.md`;
    const first = names.allocate(long);
    const second = names.allocate(long);
    expect(second).toBe(`${'x'.repeat(115)}-2.md`);
    expect(first).not.toBe(second);
    expectSafe(second);
  });

  it('gives unique safe names for any list of titles (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('News', 'news', 'NEWS.md', 'con', 'a'.repeat(130), '', '😀'), { maxLength: 30 }), (titles) => {
        const names = new NameAllocator();
        const out = titles.map((t) => names.allocate(`${t}.md`));
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
        out.forEach(expectSafe);
      }),
      { seed: 777, numRuns: 200 },
    );
  });
});

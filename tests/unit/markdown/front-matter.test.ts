import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_FIELDS, clipFrontMatter, frontMatterToYaml, readFrontMatter } from '../../../utils/markdown/front-matter';
import { multiLine, oneLine, wellFormed } from '../../../utils/markdown/text';
import { makeClip } from './helpers';

const HOSTILE = [
  'Breaking\n---\nlayout: evil\n---\n<img src=x onerror=alert(1)>',
  'C:\\path\\',
  'say \\"hi\\"',
  'Title: Subtitle',
  'yes',
  'no',
  'null',
  '~',
  '2024-01-01',
  '0x1F',
  '*bold',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick',
  '- item',
  '? key',
  '#comment',
  '{a: 1}',
  '[1, 2]',
  'line\u2028sep\u2029para',
  '\u0000nul\u0007bell\u0085nel\u009f',
  'lone \ud800 surrogate',
  '<% tp.system.prompt() %>',
];

describe('front matter', () => {
  it('writes the fields in canonical order and leaves out unknown values', () => {
    const fm = clipFrontMatter(makeClip({ tags: ['port', 'storm'], note: 'first\nsecond' }));
    const keys = fm.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'url', 'site', 'authors', 'published', 'date_source', 'lang', 'dir', 'tags', 'clipped', 'word_count', 'excerpt', 'note']);
    expect(fm.startsWith('---\n') && fm.endsWith('\n---\n')).toBe(true);
    const data = readFrontMatter(fm + '\nbody');
    expect(data).toMatchObject({ title: 'Harbour reopens', authors: ['Ann Lee'], tags: ['port', 'storm'], word_count: 5, note: 'first\nsecond', date_source: 'json-ld' });
  });

  it('writes canonical_url only when it differs from url', () => {
    expect(clipFrontMatter(makeClip())).not.toContain('canonical_url');
    const fm = readFrontMatter(clipFrontMatter(makeClip({ canonicalUrl: 'https://news.example/canonical' })));
    expect(fm?.canonical_url).toBe('https://news.example/canonical');
  });

  it('keeps only the requested fields, in canonical order whatever order they are asked in', () => {
    const fm = clipFrontMatter(makeClip(), ['word_count', 'title']);
    expect(fm).toBe('---\ntitle: "Harbour reopens"\nword_count: 5\n---\n');
    expect(clipFrontMatter(makeClip(), [])).toBe('');
  });

  it('drops dates that do not parse instead of throwing (E4)', () => {
    const fm = readFrontMatter(clipFrontMatter(makeClip({ published: '2024-13-45', modified: 'garbage' })));
    expect(fm).not.toHaveProperty('published');
    expect(fm).not.toHaveProperty('modified');
  });

  it.each(HOSTILE)('round-trips hostile metadata %j without adding keys (E1–E3)', (value) => {
    const clip = makeClip({ title: value, authors: [value], siteName: value, excerpt: value, tags: [value], note: value });
    const fm = clipFrontMatter(clip);
    const data = readFrontMatter(fm);
    expect(Object.keys(data ?? {}).every((k) => (FRONT_MATTER_FIELDS as readonly string[]).includes(k))).toBe(true);
    const line = oneLine(value);
    if (line) {
      expect(data?.title).toBe(line);
      expect(data?.site).toBe(line);
      expect(data?.authors).toEqual([line]);
      expect(data?.tags).toEqual([line]);
    }
    if (multiLine(value)) expect(data?.note).toBe(multiLine(value));
    expect(fm).not.toContain('<%');
    // Only our own two delimiter lines.
    expect(fm.split('\n').filter((l) => l === '---')).toHaveLength(2);
  });

  it('normalises one-line fields: whitespace collapsed, controls gone, lone surrogates → U+FFFD', () => {
    expect(oneLine('  a\n\tb\u2028c\u0000d\u0085e ')).toBe('a b cd e');
    expect(oneLine('x\ud800y')).toBe('x\ufffdy');
    expect(multiLine('a\r\nb\rc\u2028d\u0000')).toBe('a\nb\nc\nd');
  });

  const anyChar = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 40 }),
    fc.constantFrom(...HOSTILE),
  );

  it('parses back to the normalised value for any Unicode string, through UTF-8 bytes (property)', () => {
    fc.assert(
      fc.property(anyChar, anyChar, (title, note) => {
        const fm = clipFrontMatter(makeClip({ title, note, authors: [title], tags: [note] }));
        const bytes = new TextEncoder().encode(fm);
        const text = new TextDecoder().decode(bytes);
        const data = readFrontMatter(text) ?? {};
        const t = oneLine(title);
        const n = oneLine(note);
        expect(data.title).toBe(t || undefined);
        expect(data.authors).toEqual(t ? [t] : undefined);
        expect(data.tags).toEqual(n ? [n] : undefined);
        expect(data.note).toBe(multiLine(note) || undefined);
        expect(text).not.toContain('<%');
        expect(Object.keys(data).every((k) => (FRONT_MATTER_FIELDS as readonly string[]).includes(k))).toBe(true);
      }),
      { seed: 20240501, numRuns: 300 },
    );
  });

  it('is written by the yaml library as double-quoted strings', () => {
    const yaml = frontMatterToYaml({ title: 'yes', word_count: 3 });
    expect(yaml).toBe('---\ntitle: "yes"\nword_count: 3\n---\n');
    expect(YAML.parse(yaml.slice(4, -4))).toEqual({ title: 'yes', word_count: 3 });
    expect(wellFormed('\udc00')).toBe('\ufffd');
  });
});

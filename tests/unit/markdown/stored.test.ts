/**
 * A body made at save time plus front matter made at export time must be byte-identical to
 * converting the whole clip at export time, for every golden file and every option.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/clip';
import {
  MARKDOWN_BODY_VERSION,
  asStoredMarkdown,
  assembleMarkdown,
  bodySource,
  clipStoredMarkdown,
  clipToMarkdown,
  storedMatches,
} from '../../../utils/markdown/index';
import { guardMessage } from '../../../utils/message-guards';
import { makeClip, win } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/markdown');
const goldens = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Clip] as const);

describe('stored Markdown bodies', () => {
  it.each(goldens)('%s: stored body + front matter gives the golden bytes', (file, clip) => {
    const stored = clipStoredMarkdown(clip, { window: win });
    expect(stored.v).toBe(MARKDOWN_BODY_VERSION);
    expect(stored.updatedAt).toBe(clip.updatedAt);
    expect(assembleMarkdown(clip, stored)).toBe(readFileSync(path.join(DIR, file.replace(/\.json$/, '.md')), 'utf8'));
    for (const options of [{ heading: false }, { fields: ['title', 'tags'] }, { fields: [] }, { fields: [], heading: false }]) {
      expect(assembleMarkdown(clip, stored, options)).toBe(clipToMarkdown(clip, { window: win, ...options }));
    }
  });

  it('follows edits of the title, tags and note without converting the body again', () => {
    const clip = makeClip({ html: '<h1>Harbour reopens</h1><p>Ferries run again.</p>' });
    const stored = clipStoredMarkdown(clip, { window: win });
    expect(assembleMarkdown(clip, stored).match(/^# /gm)).toHaveLength(1); // the body's h1 is the title
    const edited = { ...clip, title: 'Ferries are back', tags: ['sea'], note: 'line 1\nline 2' };
    const text = assembleMarkdown(edited, stored);
    expect(text).toBe(clipToMarkdown(edited, { window: win }));
    expect(text).toContain('# Ferries are back\n\n# Harbour reopens');
    expect(text).toContain('tags:\n  - "sea"');
  });

  it('fingerprints every input of the body', () => {
    const clip = makeClip({ figures: [{ src: 'https://cdn.example/a.jpg', alt: 'a', caption: 'c', credit: null }] });
    const base = bodySource(clip);
    expect(bodySource({ ...clip })).toBe(base);
    expect(bodySource({ ...clip, html: `${clip.html} ` })).not.toBe(base);
    expect(bodySource({ ...clip, url: `${clip.url}/x` })).not.toBe(base);
    expect(bodySource({ ...clip, figures: [{ ...clip.figures[0]!, credit: 'AP' }] })).not.toBe(base);
  });

  it('accepts only well-formed records of the current version', () => {
    const stored = clipStoredMarkdown(makeClip(), { window: win });
    expect(asStoredMarkdown(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(asStoredMarkdown({ ...stored, v: MARKDOWN_BODY_VERSION + 1 })).toBeNull();
    expect(asStoredMarkdown({ ...stored, body: 42 })).toBeNull();
    expect(asStoredMarkdown({ ...stored, images: [1] })).toBeNull();
    expect(asStoredMarkdown({ ...stored, firstHeading: {} })).toBeNull();
    expect(asStoredMarkdown('x')).toBeNull();
    expect(storedMatches(makeClip(), stored)).toBe(true);
    expect(storedMatches(makeClip({ updatedAt: '2030-01-01T00:00:00.000Z' }), stored)).toBe(false);
    expect(storedMatches(makeClip(), null)).toBe(false);
  });

  it('travels with a save message only when well formed', () => {
    const stored = clipStoredMarkdown(makeClip(), { window: win });
    const base = { tabId: 3, edits: { title: 'T', tags: [], note: '' }, choice: 'new' };
    expect(guardMessage('saveDraft', { ...base, markdown: stored }).markdown).toEqual(stored);
    expect(guardMessage('saveDraft', { ...base, markdown: { ...stored, images: 'x' } })).not.toHaveProperty('markdown');
    expect(guardMessage('saveDraft', base)).not.toHaveProperty('markdown');
  });
});

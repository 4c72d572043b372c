/**
 * Restoring from a file is a way into storage that skips extraction: its html is sanitized
 * before it is written, unless it is already clean, in which case its bytes are kept (so a
 * backup of our own clips restores byte-identical).
 */
import type { WindowLike } from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../../scripts/lib/dom';
import { cleanRestoredHtml } from '../../../entrypoints/library/jobs';
import { sanitizeHtml } from '../../../utils/sanitize';

const page = loadHtml('<p></p>', 'chrome-extension://abc/library.html');
const win = page.window as unknown as WindowLike;
afterAll(() => page.close());

describe('cleanRestoredHtml', () => {
  it('sanitizes a hostile record', () => {
    const dirty = '<p>Kept text.</p><img src="https://i.example/a.jpg" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a><form id="app"><input name="x"></form>';
    const out = cleanRestoredHtml(dirty, win);
    expect(out).toContain('<p>Kept text.</p>');
    expect(out).not.toMatch(/onerror|<script|javascript:|<form|<input|id="app"/);
    expect(out).toBe(sanitizeHtml(dirty, win));
  });

  it('keeps the exact bytes of html that is already clean, even when a parse would reshape it', () => {
    const clean = sanitizeHtml('<p>One <a href="https://a.example/">link</a></p><img src="https://i.example/b.jpg" alt="b">', win);
    expect(cleanRestoredHtml(clean, win)).toBe(clean);
    // Readability builds DOM no parser would (a heading inside a paragraph); serialized, then
    // re-parsed, it splits, but nothing in it is unsafe, so it is stored as it was.
    const built = '<div class="page" id="user-content-readability-page-1"><p><h2>Harbour reopens</h2></p></div>';
    expect(cleanRestoredHtml(built, win)).toBe(built);
  });
});

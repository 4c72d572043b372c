/**
 * The sanitizer's invariants as fast-check properties (reliability.md S1–S10, modelled on
 * DOMPurify's test/fuzz/sanitize.fast-check.js property 4): for any HTML built from hostile
 * pieces (handlers, scheme spellings, clobbering names, forbidden tags, mXSS classics) the output
 *   - holds no <script>, no forbidden element, no on* attribute and no style;
 *   - has no javascript:/vbscript:/data:text/html (or any non-allowlisted scheme) in a URL slot;
 *   - has no id/name left that could clobber a global (SANITIZE_NAMED_PROPS prefixes them);
 *   - is a fixed point: sanitizing it again returns the same bytes.
 * Fixed seed and a time bound, so it runs in the normal suite.
 */
import type { WindowLike } from 'dompurify';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../../scripts/lib/dom';
import { sanitizeHtml } from '../../../utils/sanitize';
import { auditCleanHtml, hostileHtml } from './hostile-arbitraries';

const page = loadHtml('<p></p>', 'https://news.example/a');
const win = page.window as unknown as WindowLike;
afterAll(() => page.close());

describe('sanitizer invariants (property, S1–S10)', () => {
  it('never lets a script, handler, style, form, frame or unsafe URL through, and is idempotent', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const once = sanitizeHtml(html, win);
        const problems = auditCleanHtml(once, page.window.document);
        expect(problems, `input: ${html}\noutput: ${once}`).toEqual([]);
        expect(sanitizeHtml(once, win)).toBe(once);
      }),
      { seed: 20261128, numRuns: 400, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );
  }, 30_000);

  it('the audit itself catches what it must (a test that cannot fail is a defect)', () => {
    const doc = page.window.document;
    expect(auditCleanHtml('<p onclick="x()">a</p>', doc)).toEqual(['handler P[onclick]']);
    expect(auditCleanHtml('<a href=" JaVa\tScript:alert(1)">a</a>', doc)).toEqual(['url A[href]= JaVa\tScript:alert(1)']);
    expect(auditCleanHtml('<img src="data:text/html,x">', doc)).toEqual(['url IMG[src]=data:text/html,x']);
    expect(auditCleanHtml('<form name="x"></form>', doc)).toEqual(['element FORM', 'clobber FORM[name=x]']);
    expect(auditCleanHtml('<p style="color:red" id="config">a</p>', doc)).toEqual(['style P', 'clobber P[id=config]']);
    expect(auditCleanHtml('<p id="user-content-config">a</p><a href="https://a.example/">b</a>', doc)).toEqual([]);
  });
});

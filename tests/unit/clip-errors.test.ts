import { describe, expect, it } from 'vitest';
import { ERROR_SENTENCES, mapScriptingError } from '../../utils/clip-errors';

describe('clip errors', () => {
  it('has one distinct, complete sentence per code', () => {
    const sentences = Object.values(ERROR_SENTENCES);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const s of sentences) expect(s).toMatch(/^[A-Z].{15,}[.]$/);
  });

  it.each([
    // Chromium's own strings (reliability.md §1.9, observed again in Chromium 150).
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'web-store'],
    ['Frame with ID 0 was removed.', 'https://news.example/a', 'tab-closed'],
    ['No tab with id: 12.', undefined, 'tab-closed'],
    ['Cannot access contents of url "data:text/html,x". Extension manifest must request permission to access this host.', undefined, 'data-url'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', undefined, 'file-access'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'about:blank', 'browser-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'data:text/html,x', 'data-url'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://news.example/report.pdf', 'pdf'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://news.example/a', 'no-access'],
    ['Missing host permission for the tab', 'https://news.example/a', 'no-access'],
    ['Something odd', 'https://news.example/a', 'unreadable'],
  ])('maps "%s" (url %s) to %s', (message, url, code) => {
    expect(mapScriptingError(message, url)).toBe(code);
  });
});

import { describe, expect, it } from 'vitest';
import { restrictionFor } from '../../utils/restricted-url';

const open = { fileAccess: true };

describe('restrictionFor', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=https://x.example', 'browser-page'],
    ['moz-extension://abc/x.html', 'browser-page'],
    ['view-source:https://news.example/a', 'view-source'],
    ['VIEW-SOURCE:https://news.example/a', 'view-source'],
    ['data:text/html,<p>x</p>', 'data-url'],
    ['blob:https://news.example/0b1c', 'data-url'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['ftp://files.example/x', 'browser-page'],
  ])('%s → %s', (url, code) => {
    expect(restrictionFor(url, open)).toBe(code);
  });

  it('lets ordinary pages through, including Google pages outside the store', () => {
    expect(restrictionFor('https://news.example/2024/a', open)).toBeNull();
    expect(restrictionFor('http://127.0.0.1:8080/a.html', open)).toBeNull();
    expect(restrictionFor('https://chrome.google.com/intl/en/chrome/', open)).toBeNull();
  });

  it('refuses file: only without file access', () => {
    expect(restrictionFor('file:///tmp/a.html', { fileAccess: true })).toBeNull();
    expect(restrictionFor('file:///tmp/a.html', { fileAccess: false })).toBe('file-access');
  });

  it('leaves an unknown (hidden) URL to the injection error', () => {
    expect(restrictionFor(undefined, open)).toBeNull();
    expect(restrictionFor(null, open)).toBeNull();
  });
});

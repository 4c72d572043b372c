/**
 * Every way a clip can fail, with the one sentence the popup shows for each (pure). The
 * Chromium error strings mapped here were observed in Chromium 150–156 (reliability.md §1.9,
 * P1–P8, P20); Firefox strings are best effort.
 */
export type ClipErrorCode =
  | 'browser-page'
  | 'web-store'
  | 'view-source'
  | 'data-url'
  | 'pdf'
  | 'file-access'
  | 'tab-closed'
  | 'not-article'
  | 'no-selection'
  | 'too-large'
  | 'unreadable'
  | 'no-access'
  | 'no-tab'
  | 'storage-full'
  | 'read-only'
  | 'duplicate'
  | 'internal';

export const ERROR_SENTENCES: Readonly<Record<ClipErrorCode, string>> = {
  'browser-page': "This is one of the browser's own pages (like chrome:// or about: pages), and browsers don't let extensions read those.",
  'web-store': 'Extension stores, like the Chrome Web Store, block every extension from reading their pages.',
  'view-source': "This tab shows a page's source code. Open the page itself to clip it.",
  'data-url': "Pages opened from a data: or blob: address can't be clipped. Open the page from its web address instead.",
  pdf: 'This is a PDF. News Clipper clips web pages, not PDF files.',
  'file-access':
    'The browser does not let News Clipper read files on your computer. In Chrome, turn on "Allow access to file URLs" for News Clipper on the extensions page, then try again.',
  'tab-closed': 'The tab was closed or left the page before the clip was finished, so nothing was saved.',
  'not-article': "This page doesn't look like a single article. Select the part you want, then use Clip selection.",
  'no-selection': 'Nothing is selected on the page. Select the text you want to keep, then use Clip selection.',
  'too-large': 'This page is too large to simplify. Select the article text, then use Clip selection.',
  unreadable: "News Clipper couldn't read this page, so nothing was saved. Reloading the page and trying again may help.",
  'no-access': "The browser didn't let News Clipper read this tab. Click the News Clipper button while the page is open.",
  'no-tab': 'There is no page to clip in this window.',
  'storage-full':
    'Your browser storage is full, so the clip was not saved. It is still here: delete or export some clips, then press Save again.',
  'read-only': 'Saving is paused to protect your existing clips.',
  duplicate: 'This article is already saved.',
  internal: 'Something went wrong inside News Clipper, so nothing was saved.',
};

export function sentenceFor(code: ClipErrorCode): string {
  return ERROR_SENTENCES[code];
}

const hasPdfPath = (url: string | null | undefined): boolean => {
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

/**
 * Maps a rejection of `scripting.executeScript` (or `tabs.get`) to an error code. `url` is the
 * tab's URL when known; it disambiguates the generic "cannot access" errors.
 */
export function mapScriptingError(message: string, url: string | null | undefined): ClipErrorCode {
  const m = message.toLowerCase();
  if (m.includes('no tab with id') || m.includes('frame with id') || m.includes('tab was closed') || m.includes('invalid tab id')) {
    return 'tab-closed';
  }
  if (m.includes('extensions gallery cannot be scripted')) return 'web-store';
  if (m.includes('cannot access a chrome://') || m.includes('cannot access a chrome-extension://')) return 'browser-page';
  if (m.includes('cannot access contents of url "file:')) return 'file-access';
  if (m.includes('cannot access contents of url "data:') || m.includes('cannot access contents of url "blob:')) return 'data-url';
  if (m.includes('cannot access contents of url "about:')) return 'browser-page';
  if (url) {
    if (/^file:/i.test(url)) return 'file-access';
    if (/^(?:data|blob):/i.test(url)) return 'data-url';
    if (/^about:/i.test(url)) return 'browser-page';
    if (hasPdfPath(url)) return 'pdf';
  }
  if (m.includes('cannot access') || m.includes('missing host permission') || m.includes('permission')) return 'no-access';
  return 'unreadable';
}

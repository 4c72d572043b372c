/**
 * Decides, from the tab's URL alone, whether clipping must be refused before anything is
 * injected (pure). view-source: in particular must never be injected into (reliability.md P4).
 */
import type { ClipErrorCode } from './clip-errors';

/** Hosts (and path prefixes) of extension stores, where every browser blocks content scripts. */
const STORES: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** Mozilla's own domains that Firefox closes to extensions (reliability.md P3). */
const FIREFOX_RESTRICTED = new Set(['accounts.firefox.com', 'support.mozilla.org', 'content-signature-2.cdn.mozilla.net']);

const BROWSER_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|jar):/i;

export interface UrlCheckOptions {
  /** `extension.isAllowedFileSchemeAccess()`; when false, file: pages cannot be clipped. */
  fileAccess: boolean;
}

/**
 * The reason a URL cannot be clipped, or null when injecting may be tried. An unknown URL
 * (`undefined`: the browser hid it) is not refused here: the injection's own error will say why.
 */
export function restrictionFor(url: string | null | undefined, options: UrlCheckOptions): ClipErrorCode | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^view-source:/i.test(trimmed)) return 'view-source';
  if (/^(?:data|blob|javascript):/i.test(trimmed)) return 'data-url';
  if (/^file:/i.test(trimmed)) return options.fileAccess ? null : 'file-access';
  if (BROWSER_SCHEMES.test(trimmed)) return 'browser-page';
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return 'browser-page';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  const host = u.hostname.toLowerCase();
  for (const store of STORES) {
    if (host === store.host && (!store.path || u.pathname.startsWith(store.path))) return 'web-store';
  }
  if (FIREFOX_RESTRICTED.has(host)) return 'web-store';
  return null;
}

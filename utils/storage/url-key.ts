/**
 * The key two clips share when they are "the same article" (pure). Built from the canonical URL
 * with the differences that never change the article removed: scheme case, host case, default
 * port, fragment, trailing slash, tracking parameters, parameter order.
 */
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|igshid|ref_src|cmpid|ocid|_ga)$/i;

export function urlKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = new URLSearchParams(kept).toString();
  let path = u.pathname;
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  const host = u.host.toLowerCase().replace(/^www\./, '');
  return `${u.protocol}//${host}${path}${search ? `?${search}` : ''}`;
}

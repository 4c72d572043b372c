import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The CSP for extension pages in production builds (reliability.md §4.2).
 * `connect-src https:` lets the library fetch a clip's photos into the export zip ("download
 * images"): the library already loads those same images (`img-src https:`), so fetching them
 * contacts no new host, and with `script-src 'self'` no injected script can use it to send data out.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'; style-src 'self'; img-src 'self' data: https:; media-src https:; " +
  "font-src 'self'; connect-src 'self' https:; upgrade-insecure-requests";

/**
 * Host access for "download images" (image hosts without CORS headers): optional, asked for by
 * the options page when the user picks it, never at install. Same list as IMAGE_HOST_ORIGINS.
 */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // No manifest popup: each press of the button (or its shortcut) fires action.onClicked, where
    // the background starts the clip and opens the popup together (utils/action-popup.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) delete manifest.action.default_popup;
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'News Clipper',
    description:
      'Clip news articles: clean text, headline, authors, dates, photos with captions and credits. Library and Markdown export.',
    // `wxt build --mode quota-test` (.output/chrome-mv3-quota-test) drops unlimitedStorage so the
    // e2e suite can hit the real 10 MiB quota (reliability.md D1); production keeps it.
    permissions: ['activeTab', 'scripting', 'storage', ...(mode === 'quota-test' ? [] : ['unlimitedStorage']), 'contextMenus'],
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    // The shortcut opens the popup exactly like the toolbar button (and grants activeTab too).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Clip this page' },
    },
    ...(mode === 'production' || mode === 'quota-test' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-clipper@news-clipper.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

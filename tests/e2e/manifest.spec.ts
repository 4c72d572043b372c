/**
 * The built manifests ask for the least privilege (issue §2; reliability.md §4): host access only
 * as an optional permission for downloading export images (issue #5 §4). No browser needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/chromium';
import { POPUP_PAGE } from '../../utils/action-popup';
import { EXTRACTOR_FILE } from '../../utils/extractor-protocol';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';
import { expect, test } from './fixtures';

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
/** Asked for only when the user turns on "download images" (options page); never at install. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  commands?: Record<string, unknown>;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
};

const read = (dir: string): Manifest => JSON.parse(readFileSync(path.join(ROOT, dir, 'manifest.json'), 'utf8')) as Manifest;

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
  test(`${dir}: least privilege, strict CSP, shortcut, runtime-only extractor`, () => {
    const m = read(dir);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    for (const key of ['host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable', 'optional_permissions']) {
      expect(m, key).not.toHaveProperty(key);
    }
    expect(m.permissions).not.toContain('tabs');
    expect(m.permissions).not.toContain('<all_urls>');
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
    // Scripts only from the package; fetches (export image download) to https only, like img-src.
    const csp = Object.fromEntries(EXTENSION_PAGES_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(csp).toMatchObject({ 'script-src': "'self'", 'connect-src': "'self' https:", 'img-src': "'self' data: https:", 'object-src': "'none'" });
    expect(csp).toHaveProperty('upgrade-insecure-requests');
    expect(m.commands).toHaveProperty('_execute_action');
    // No manifest popup: the press fires action.onClicked, which opens popup.html itself.
    expect(m.action).toMatchObject({ default_title: 'Clip this page' });
    expect(m.action).not.toHaveProperty('default_popup');
    expect(existsSync(path.join(ROOT, dir, POPUP_PAGE))).toBe(true);
    expect(existsSync(path.join(ROOT, dir, EXTRACTOR_FILE))).toBe(true);
  });
}

test('the Chrome build runs a service worker; the Firefox build has a gecko id and data collection permissions', () => {
  expect(read('.output/chrome-mv3').background?.service_worker).toBe('background.js');
  const firefox = read('.output/firefox-mv3');
  expect(firefox.background?.scripts).toEqual(['background.js']);
  expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
  expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  expect(read('.output/chrome-mv3')).not.toHaveProperty('browser_specific_settings');
});

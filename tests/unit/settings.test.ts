import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FRONT_MATTER_FIELDS } from '../../utils/markdown/fields';
import { DEFAULT_SETTINGS, IMAGE_HOST_ORIGINS, loadSettings, normalizeSettings, parseTagInput, saveSettings, watchSettings } from '../../utils/settings';
import { OPTIONAL_HOST_PERMISSIONS } from '../../wxt.config';

describe('normalizeSettings', () => {
  it('gives the defaults for missing or damaged values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({ filenamePattern: '{nope}', frontMatterFields: 'title', defaultTags: [1, ' a ', 'A', ''], imageMode: 'magic', extra: true }),
    ).toEqual({ ...DEFAULT_SETTINGS, frontMatterFields: [...FRONT_MATTER_FIELDS], defaultTags: ['a'] });
  });

  it('keeps valid choices, with fields in canonical order and unknown fields dropped', () => {
    expect(
      normalizeSettings({ filenamePattern: '{site}-{slug}', frontMatterFields: ['note', 'title', 'bogus'], defaultTags: ['news'], imageMode: 'download' }),
    ).toEqual({ filenamePattern: '{site}-{slug}', frontMatterFields: ['title', 'note'], defaultTags: ['news'], imageMode: 'download' });
  });

  it('asks for exactly the host access the manifest declares as optional', () => {
    expect(IMAGE_HOST_ORIGINS).toEqual(['https://*/*', 'http://*/*']);
    expect(OPTIONAL_HOST_PERMISSIONS).toEqual(IMAGE_HOST_ORIGINS);
  });

  it('parses typed tags', () => {
    expect(parseTagInput('news, Harbour ,\nnews,  ')).toEqual(['news', 'Harbour']);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults, saves patches and notifies watchers', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.filenamePattern));
    const saved = await saveSettings({ filenamePattern: '{date}-{site}-{slug}', defaultTags: ['b', 'B', 'a'] });
    expect(saved).toMatchObject({ filenamePattern: '{date}-{site}-{slug}', defaultTags: ['b', 'a'] });
    expect(await loadSettings()).toEqual(saved);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: saved });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toContain('{date}-{site}-{slug}');
    stop();
  });

  it('repairs a damaged stored value on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { filenamePattern: 42, imageMode: 'download' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, imageMode: 'download' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  DECLINED_TEXT,
  UNAVAILABLE_TEXT,
  applyImageMode,
  chooseImageMode,
  readImageAccess,
  type PermissionsApi,
} from '../../../entrypoints/options/image-access';
import { DEFAULT_SETTINGS, IMAGE_HOST_ORIGINS, normalizeSettings, type Settings } from '../../../utils/settings';

/** browser.permissions as far as the options page uses it: a set of granted origins. */
class FakePermissions implements PermissionsApi {
  granted = new Set<string>();
  calls: string[] = [];
  constructor(private answer: boolean | 'throw' = true) {}
  contains = async (p: { origins: string[] }) => p.origins.every((o) => this.granted.has(o));
  request = (p: { origins: string[] }) => {
    this.calls.push(`request ${p.origins.join(' ')}`);
    if (this.answer === 'throw') throw new Error('permissions.request may only be called from a user input handler');
    if (this.answer) p.origins.forEach((o) => this.granted.add(o));
    return Promise.resolve(this.answer);
  };
  remove = async (p: { origins: string[] }) => {
    this.calls.push(`remove ${p.origins.join(' ')}`);
    p.origins.forEach((o) => this.granted.delete(o));
    return true;
  };
}

describe('readImageAccess', () => {
  it('is unavailable unless the manifest declares every image origin', async () => {
    const perms = new FakePermissions();
    expect(await readImageAccess({}, perms)).toBe('unavailable');
    expect(await readImageAccess({ optional_host_permissions: ['https://*/*'] }, perms)).toBe('unavailable');
    expect(await readImageAccess({ optional_host_permissions: IMAGE_HOST_ORIGINS }, perms)).toBe('missing');
    IMAGE_HOST_ORIGINS.forEach((o) => perms.granted.add(o));
    expect(await readImageAccess({ optional_host_permissions: IMAGE_HOST_ORIGINS }, perms)).toBe('granted');
  });

  it('counts a failing permissions API as missing access', async () => {
    const perms = new FakePermissions();
    perms.contains = () => Promise.reject(new Error('nope'));
    expect(await readImageAccess({ optional_host_permissions: IMAGE_HOST_ORIGINS }, perms)).toBe('missing');
  });
});

describe('chooseImageMode', () => {
  it('asks for the image origins synchronously, inside the click', () => {
    const perms = new FakePermissions();
    void chooseImageMode('download', perms);
    // Nothing awaited yet: the request already went out, so it still counts as a user gesture.
    expect(perms.calls).toEqual([`request ${IMAGE_HOST_ORIGINS.join(' ')}`]);
  });

  it('downloads when access is given', async () => {
    const perms = new FakePermissions(true);
    expect(await chooseImageMode('download', perms)).toEqual({ access: 'granted', mode: 'download', message: null });
  });

  it('keeps links and says so when access is declined', async () => {
    expect(await chooseImageMode('download', new FakePermissions(false))).toEqual({ access: 'missing', mode: 'remote', message: DECLINED_TEXT });
  });

  it('keeps links when the browser refuses to ask', async () => {
    expect(await chooseImageMode('download', new FakePermissions('throw'))).toEqual({ access: 'unavailable', mode: 'remote', message: UNAVAILABLE_TEXT });
    const rejecting = new FakePermissions();
    rejecting.request = () => Promise.reject(new Error('not supported'));
    expect((await chooseImageMode('download', rejecting)).mode).toBe('remote');
  });

  it('gives the access back when switching to links', async () => {
    const perms = new FakePermissions();
    IMAGE_HOST_ORIGINS.forEach((o) => perms.granted.add(o));
    expect(await chooseImageMode('remote', perms)).toEqual({ access: 'missing', mode: 'remote', message: null });
    expect(perms.calls).toEqual([`remove ${IMAGE_HOST_ORIGINS.join(' ')}`]);
    expect(perms.granted.size).toBe(0);
  });

  it('still switches to links when the access cannot be removed, and says it is still there', async () => {
    const perms = new FakePermissions();
    IMAGE_HOST_ORIGINS.forEach((o) => perms.granted.add(o));
    perms.remove = () => Promise.reject(new Error('required permission'));
    expect(await chooseImageMode('remote', perms)).toEqual({ access: 'granted', mode: 'remote', message: null });
  });
});

describe('applyImageMode', () => {
  const saver = () => {
    const saved: Partial<Settings>[] = [];
    const save = async (patch: Partial<Settings>) => {
      saved.push(patch);
      return normalizeSettings({ ...DEFAULT_SETTINGS, ...patch });
    };
    return { saved, save };
  };

  it('stores download and reports Saved when access was given', async () => {
    const { saved, save } = saver();
    const done = await applyImageMode({ access: 'granted', mode: 'download', message: null }, save);
    expect(saved).toEqual([{ imageMode: 'download' }]);
    expect(done.settings.imageMode).toBe('download');
    expect(done.status).toEqual({ kind: 'ok', text: 'Saved.' });
  });

  it('stores remote and shows the one-sentence reason when declined', async () => {
    const { saved, save } = saver();
    const done = await applyImageMode({ access: 'missing', mode: 'remote', message: DECLINED_TEXT }, save);
    expect(saved).toEqual([{ imageMode: 'remote' }]);
    expect(done.status).toEqual({ kind: 'error', text: DECLINED_TEXT });
  });
});

/**
 * The options page: loads the settings, renders SettingsForm, saves each change, and asks for
 * host access (an optional host permission) when the user picks "download images".
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { SettingsForm, type ImageAccess } from '../../components/SettingsForm';
import {
  DEFAULT_SETTINGS,
  IMAGE_HOST_ORIGINS,
  loadSettings,
  saveSettings,
  watchSettings,
  type ImageMode,
  type Settings,
} from '../../utils/settings';
import { EXAMPLE_CLIP } from './example';

function declaresImageAccess(): boolean {
  const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[]; host_permissions?: string[] };
  const declared = [...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
  return IMAGE_HOST_ORIGINS.every((o) => declared.includes(o));
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [access, setAccess] = useState<ImageAccess>('unknown');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    loadSettings()
      .then(setSettings)
      .catch(() => {
        setSettings(DEFAULT_SETTINGS);
        setStatus({ kind: 'error', text: 'Could not read your settings; showing the defaults.' });
      });
    if (!declaresImageAccess()) setAccess('unavailable');
    else
      browser.permissions
        .contains({ origins: IMAGE_HOST_ORIGINS })
        .then((ok) => setAccess(ok ? 'granted' : 'missing'))
        .catch(() => setAccess('missing'));
    return watchSettings(setSettings);
  }, []);

  const save = (patch: Partial<Settings>) => {
    saveSettings(patch)
      .then((next) => {
        setSettings(next);
        setStatus({ kind: 'ok', text: 'Saved.' });
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` }));
  };

  const onImageModeChange = (mode: ImageMode) => {
    if (mode === 'remote') {
      save({ imageMode: 'remote' });
      return;
    }
    // permissions.request must be called synchronously inside the click to count as a user gesture.
    browser.permissions
      .request({ origins: IMAGE_HOST_ORIGINS })
      .then((granted) => {
        setAccess(granted ? 'granted' : 'missing');
        if (granted) save({ imageMode: 'download' });
        else setStatus({ kind: 'error', text: 'Permission not given: images stay as links to the web.' });
      })
      .catch(() => {
        setAccess('unavailable');
        setStatus({ kind: 'error', text: 'This browser build cannot download images.' });
      });
  };

  if (!settings) return <p class="loading">Loading…</p>;
  return (
    <>
      <h1>News Clipper settings</h1>
      <SettingsForm
        settings={settings}
        example={EXAMPLE_CLIP}
        imageAccess={access}
        status={status}
        onChange={save}
        onImageModeChange={onImageModeChange}
      />
    </>
  );
}

render(<Options />, document.getElementById('app')!);

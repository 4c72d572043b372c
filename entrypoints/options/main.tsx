/**
 * The options page: loads the settings, renders SettingsForm, saves each change, and asks for
 * host access (an optional host permission) when the user picks "download images"
 * (image-access.ts).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { SettingsForm, type ImageAccess } from '../../components/SettingsForm';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type ImageMode, type Settings } from '../../utils/settings';
import { EXAMPLE_CLIP } from './example';
import { applyImageMode, chooseImageMode, readImageAccess, type ManifestHosts } from './image-access';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [access, setAccess] = useState<ImageAccess>('unknown');
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    loadSettings()
      .then(setSettings)
      .catch(() => {
        setSettings(DEFAULT_SETTINGS);
        setStatus({ kind: 'error', text: 'Could not read your settings; showing the defaults.' });
      });
    const refresh = () => void readImageAccess(browser.runtime.getManifest() as ManifestHosts, browser.permissions).then(setAccess);
    refresh();
    // Access can also be given or taken back in the browser's extension settings.
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    const unwatch = watchSettings(setSettings);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const save = (patch: Partial<Settings>) => {
    saveSettings(patch)
      .then((next) => {
        setSettings(next);
        setStatus({ kind: 'ok', text: 'Saved.' });
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: `Not saved: ${errorText(err)}` }));
  };

  const onImageModeChange = (mode: ImageMode) => {
    // Called inside the click: chooseImageMode asks for access before awaiting anything.
    chooseImageMode(mode, browser.permissions)
      .then(async (outcome) => {
        setAccess(outcome.access);
        const done = await applyImageMode(outcome, saveSettings);
        // A new object even when nothing changed, so a radio the browser ticked is unticked again.
        setSettings({ ...done.settings });
        setStatus(done.status);
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: `Not saved: ${errorText(err)}` }));
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

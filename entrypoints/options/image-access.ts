/**
 * "Download images into the zip" and the host access it asks for. Access to image sites is an
 * optional host permission (manifest `optional_host_permissions`): asked for when the user picks
 * the option, given back when they turn it off (no access kept that is not used). Without it,
 * only image hosts that send CORS headers can be downloaded; the export reports the others.
 */
import type { ImageAccess } from '../../components/SettingsForm';
import { IMAGE_HOST_ORIGINS, type ImageMode, type Settings } from '../../utils/settings';

/** The part of `browser.permissions` used here (a fake in tests). */
export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export interface ManifestHosts {
  optional_host_permissions?: string[];
  host_permissions?: string[];
}

export const DECLINED_TEXT = 'Access to image sites was not given, so images stay as links to the web.';
export const UNAVAILABLE_TEXT = 'This browser cannot give access to image sites, so images stay as links to the web.';

const origins = () => ({ origins: [...IMAGE_HOST_ORIGINS] });

/** Whether this build can ask for the access, and whether it has it. */
export async function readImageAccess(manifest: ManifestHosts, permissions: PermissionsApi): Promise<ImageAccess> {
  const declared = [...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
  if (!IMAGE_HOST_ORIGINS.every((o) => declared.includes(o))) return 'unavailable';
  try {
    return (await permissions.contains(origins())) ? 'granted' : 'missing';
  } catch {
    return 'missing';
  }
}

export interface ImageModeOutcome {
  access: ImageAccess;
  /** The mode to store (download only when access was given). */
  mode: ImageMode;
  /** Said to the user instead of "Saved." (the request was declined or impossible). */
  message: string | null;
}

/**
 * Applies the user's pick. Must be called straight from the click handler: `permissions.request`
 * is called before anything is awaited, or the browser no longer sees a user gesture and refuses.
 */
export function chooseImageMode(mode: ImageMode, permissions: PermissionsApi): Promise<ImageModeOutcome> {
  if (mode === 'remote') {
    // A failed removal does not stop the switch: links need no access.
    return permissions
      .remove(origins())
      .catch(() => false)
      .then(() => permissions.contains(origins()).catch(() => false))
      .then((still) => ({ access: still ? 'granted' : 'missing', mode: 'remote', message: null }));
  }
  let asked: Promise<boolean>;
  try {
    asked = permissions.request(origins());
  } catch (err) {
    asked = Promise.reject(err);
  }
  return asked.then(
    (granted): ImageModeOutcome => (granted ? { access: 'granted', mode: 'download', message: null } : { access: 'missing', mode: 'remote', message: DECLINED_TEXT }),
    (): ImageModeOutcome => ({ access: 'unavailable', mode: 'remote', message: UNAVAILABLE_TEXT }),
  );
}

/** Saves the outcome; the caller shows `status`. */
export async function applyImageMode(
  outcome: ImageModeOutcome,
  save: (patch: Partial<Settings>) => Promise<Settings>,
): Promise<{ settings: Settings; status: { kind: 'ok' | 'error'; text: string } }> {
  const settings = await save({ imageMode: outcome.mode });
  return { settings, status: outcome.message ? { kind: 'error', text: outcome.message } : { kind: 'ok', text: 'Saved.' } };
}

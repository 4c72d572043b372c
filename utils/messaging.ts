/**
 * The one message protocol between extension pages (popup, library) and the background.
 * `@webext-core/messaging` because Promise-returning `onMessage` listeners don't answer under
 * Vitest's fake browser (engineering.md P11); the handlers themselves are the plain functions
 * of utils/clip-service.ts, unit-tested directly.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClipUserFields } from './clip';
import type { OpenRequest, PopupState, SaveRequest, SaveResult } from './clip-service';
import type { DeleteResult, EditResult, RestoreClipsResult } from './library-service';
import type { StoredMarkdown } from './markdown/stored-record';
import type { QuarantineReport } from './storage/quarantine';
import type { StoreStatus } from './storage/status';

export interface ProtocolMap {
  /** Returns the tab's draft, starting the extraction when there is none to reuse. */
  openClip(data: OpenRequest): PopupState;
  /** Stores the user's edits with the draft. */
  updateDraft(data: { tabId: number; edits: ClipUserFields }): void;
  saveDraft(data: SaveRequest): SaveResult;
  /** The saved clip's Markdown body, when the popup finished it after the save; true if stored. */
  storeMarkdown(data: { id: string; markdown: StoredMarkdown }): boolean;
  discardDraft(data: { tabId: number }): void;
  /** Library: change a saved clip's title, tags or note. */
  editClip(data: { id: string; edits: Partial<ClipUserFields> }): EditResult;
  /** Library: delete saved clips. */
  deleteClips(data: { ids: string[] }): DeleteResult;
  /** Library: put whole clip records back (undo of a delete, restore of a backup). */
  restoreClips(data: { clips: unknown[] }): RestoreClipsResult;
  /** Read-only state and the unreadable-records report (the banner in the popup and library). */
  storeStatus(): StoreStatus;
  /** The library could not open these clips: set aside the ones that are damaged (D12). */
  checkClips(data: { ids: string[] }): { moved: string[]; report: QuarantineReport };
}

// A null logger: the library logs every message to the console by default.
const quiet = { debug() {}, log() {}, warn() {}, error() {} };

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: quiet });

import { browser, defineBackground } from '#imports';
import { handleActionClick, openActionPopup } from '../utils/action-popup';
import { createClipService } from '../utils/clip-service';
import { CLIP_SELECTION_MENU, handleMenuClick } from '../utils/context-menu';
import { createLibraryService } from '../utils/library-service';
import { EXTRACTOR_FILE, leaveExtractorRequest, needsRequestInjection, type ExtractorRequest } from '../utils/extractor-protocol';
import { BadMessageError, guardMessage } from '../utils/message-guards';
import { onMessage, type ProtocolMap } from '../utils/messaging';
import { defaultLock } from '../utils/storage/area';
import { newClipId } from '../utils/storage/keys';
import { readQuotaUsage, type QuotaSource } from '../utils/storage/quota';
import { checkAllRecords, checkClipIds, fullCheckDue, quarantineRecords, readQuarantineReport } from '../utils/storage/quarantine';
import { ensureSchema } from '../utils/storage/schema';
import { storeStatusOf } from '../utils/storage/status';

class UnknownSenderError extends Error {
  constructor(url: string | undefined) {
    super(`Refused a message from an unknown sender (${(url ?? 'no URL').slice(0, 100)}).`);
    this.name = 'UnknownSenderError';
  }
}

export default defineBackground(() => {
  const lock = defaultLock();
  const schema = ensureSchema(browser.storage.local, { lock }).catch((e: unknown) => ({
    state: 'read-only' as const,
    stored: 0,
    version: 0,
    reason: `Saved clips could not be checked: ${e instanceof Error ? e.message : String(e)}`,
  }));
  // Damaged records are moved aside, never deleted (reliability.md D12): those the schema check
  // met, and once a day every record. Nothing is moved while the store is read-only.
  void schema
    .then(async (status) => {
      if (status.state === 'read-only') return;
      if (status.unreadable?.length) await quarantineRecords(browser.storage.local, lock, status.unreadable);
      if (await fullCheckDue(browser.storage.local)) await checkAllRecords(browser.storage.local, lock);
    })
    .catch((e: unknown) => console.warn('[news-clipper] record check failed:', e instanceof Error ? e.message : String(e)));

  const service = createClipService({
    local: browser.storage.local,
    session: browser.storage.session,
    lock,
    schema,
    now: () => Date.now(),
    newId: newClipId,
    async getTab(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return typeof tab.id === 'number' ? { id: tab.id, url: tab.url ?? null, pendingUrl: tab.pendingUrl ?? null } : null;
      } catch {
        return null;
      }
    },
    async inject(tabId, request: ExtractorRequest) {
      // For a selection, two injections into the same isolated world: the request, then the
      // extractor. A whole-page clip needs only the second.
      if (needsRequestInjection(request)) {
        await browser.scripting.executeScript({ target: { tabId }, func: leaveExtractorRequest, args: [request] });
      }
      const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
      return first?.result;
    },
    // Chrome has a per-extension "Allow access to file URLs" switch; Firefox has none to check,
    // so there the injection itself says whether it may run.
    fileAccessAllowed: async () => (import.meta.env.FIREFOX ? true : browser.extension.isAllowedFileSchemeAccess()),
    // Without unlimitedStorage (a build for the quota test, or a browser that ignores it) a clip
    // that cannot fit is refused before the write, with the same message (reliability.md D1).
    async quotaUsage() {
      const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
      return readQuotaUsage(browser.storage.local as unknown as QuotaSource, unlimited);
    },
  });

  const library = createLibraryService({ local: browser.storage.local, lock, schema, now: () => Date.now() });

  /**
   * Every message: from our own pages only, with data of the right shape and size
   * (reliability.md S11). A refused message is logged and answered with an error; it never
   * reaches a handler.
   */
  function handle<K extends keyof ProtocolMap>(type: K, run: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>): void {
    onMessage(type, (message) => {
      try {
        assertOwn(message.sender);
        return run(guardMessage(type, message.data));
      } catch (e) {
        if (e instanceof BadMessageError || e instanceof UnknownSenderError) console.warn('[news-clipper]', e.message);
        throw e;
      }
    });
  }

  handle('openClip', (data) => service.open(data));
  handle('updateDraft', (data) => service.updateEdits(data.tabId, data.edits));
  handle('saveDraft', (data) => service.save(data));
  handle('storeMarkdown', (data) => service.storeMarkdown(data.id, data.markdown));
  handle('discardDraft', (data) => service.discard(data.tabId));
  handle('editClip', (data) => library.editClip(data.id, data.edits));
  handle('deleteClips', (data) => library.deleteClips(data.ids));
  handle('restoreClips', (data) => library.restoreClips(data.clips));
  handle('storeStatus', async () => storeStatusOf(await schema, await readQuarantineReport(browser.storage.local)));
  handle('checkClips', async (data) => {
    const status = await schema;
    const moved = status.state === 'read-only' ? [] : await checkClipIds(browser.storage.local, lock, data.ids);
    return { moved, report: await readQuarantineReport(browser.storage.local) };
  });

  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(CLIP_SELECTION_MENU, () => {
      // Re-creating an existing item after an update reports an error we don't care about.
      void browser.runtime.lastError;
    });
  });

  const openPopupWindow = (tabId: number) =>
    browser.windows.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`), type: 'popup', width: 440, height: 680 });

  // The toolbar button and its shortcut: the clip starts now, while the popup opens.
  browser.action.onClicked.addListener((tab) => {
    void handleActionClick(tab, {
      start: (info) => service.start(info),
      openPopup: (target) => openActionPopup(browser.action, target),
      openPopupWindow,
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab, {
      begin: (tabId, mode) => service.begin(tabId, mode),
      openPopup: () => (typeof tab?.id === 'number' ? openActionPopup(browser.action, { id: tab.id, windowId: tab.windowId }) : browser.action.openPopup()),
      openPopupWindow,
    });
  });

  function assertOwn(sender: { id?: string; url?: string } | undefined): void {
    // Only our own pages talk to the background. Content scripts share our id but never send
    // messages, and run at page URLs: a message from one is refused (reliability.md S11).
    const ownPage = sender?.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (!ownPage) throw new UnknownSenderError(sender?.url);
  }
});

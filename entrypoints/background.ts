import { browser, defineBackground } from '#imports';
import { createClipService } from '../utils/clip-service';
import { CLIP_SELECTION_MENU, handleMenuClick } from '../utils/context-menu';
import { createLibraryService } from '../utils/library-service';
import { EXTRACTOR_FILE, leaveExtractorRequest, needsRequestInjection, type ExtractorRequest } from '../utils/extractor-protocol';
import { onMessage } from '../utils/messaging';
import { defaultLock } from '../utils/storage/area';
import { newClipId } from '../utils/storage/keys';
import { ensureSchema } from '../utils/storage/schema';

export default defineBackground(() => {
  const lock = defaultLock();
  const schema = ensureSchema(browser.storage.local, { lock }).catch((e: unknown) => ({
    state: 'read-only' as const,
    stored: 0,
    version: 0,
    reason: `Saved clips could not be checked: ${e instanceof Error ? e.message : String(e)}`,
  }));

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
        return typeof tab.id === 'number' ? { id: tab.id, url: tab.url ?? null } : null;
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
  });

  const library = createLibraryService({ local: browser.storage.local, lock, schema, now: () => Date.now() });

  onMessage('openClip', ({ data, sender }) => {
    assertOwn(sender);
    return service.open(data);
  });
  onMessage('updateDraft', ({ data, sender }) => {
    assertOwn(sender);
    return service.updateEdits(data.tabId, data.edits);
  });
  onMessage('saveDraft', ({ data, sender }) => {
    assertOwn(sender);
    return service.save(data);
  });
  onMessage('discardDraft', ({ data, sender }) => {
    assertOwn(sender);
    return service.discard(data.tabId);
  });

  onMessage('editClip', ({ data, sender }) => {
    assertOwn(sender);
    return library.editClip(data.id, data.edits);
  });
  onMessage('deleteClips', ({ data, sender }) => {
    assertOwn(sender);
    return library.deleteClips(data.ids);
  });
  onMessage('restoreClips', ({ data, sender }) => {
    assertOwn(sender);
    return library.restoreClips(data.clips);
  });

  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(CLIP_SELECTION_MENU, () => {
      // Re-creating an existing item after an update reports an error we don't care about.
      void browser.runtime.lastError;
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab, {
      begin: (tabId, mode) => service.begin(tabId, mode),
      openPopup: () => browser.action.openPopup(),
      openPopupWindow: (tabId) =>
        browser.windows.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`), type: 'popup', width: 440, height: 680 }),
    });
  });

  function assertOwn(sender: { id?: string; url?: string } | undefined): void {
    // Only our own pages talk to the background. Content scripts share our id but never send
    // messages, and run at page URLs: a message from one is refused (reliability.md S11).
    const ownPage = sender?.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (!ownPage) throw new Error('Message from an unknown sender.');
  }
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftKey, getDraft, listDrafts, putDraft, removeDraft, type Draft } from '../../../utils/storage/drafts';

const draft = (tabId: number): Draft => ({
  tabId,
  clipId: `draftclip${tabId}`,
  mode: 'page',
  status: 'extracting',
  url: 'https://news.example/a',
  injected: false,
  extracted: null,
  edits: { title: '', tags: [], note: '' },
  error: null,
  saved: null,
  timings: { popupAt: null, requestedAt: 1, askedAt: null, shownAt: null, extractMs: null, scriptMs: null, readyAt: null, saveClickedAt: null, saveAskedAt: null, savedAt: null },
});

describe('drafts in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores one draft per tab and lists them', async () => {
    const session = fakeBrowser.storage.session;
    await putDraft(session, draft(1));
    await putDraft(session, draft(2));
    await session.set({ 'something:else': 1, [draftKey(3)]: { junk: true } });
    expect((await getDraft(session, 2))?.clipId).toBe('draftclip2');
    expect((await listDrafts(session)).map((d) => d.tabId).sort()).toEqual([1, 2]);
    await removeDraft(session, 1);
    expect(await getDraft(session, 1)).toBeNull();
    expect(await getDraft(session, 3)).toBeNull();
  });
});

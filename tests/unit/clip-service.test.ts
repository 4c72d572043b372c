import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClipService, type ClipServiceDeps, type TabInfo } from '../../utils/clip-service';
import type { ExtractorRequest, ExtractorResult } from '../../utils/extractor-protocol';
import { createLocalLock } from '../../utils/storage/area';
import { getClip, listSummaries } from '../../utils/storage/clip-store';
import { getDraft } from '../../utils/storage/drafts';
import type { SchemaStatus } from '../../utils/storage/schema';
import { MARKDOWN_BODY_VERSION, bodySource, type StoredMarkdown } from '../../utils/markdown/stored-record';
import { BadMessageError, guardMessage } from '../../utils/message-guards';
import { makeExtracted } from './support/clips';

const PAGE = 'https://news.example/2024/05/harbour';
const TAB = 7;

interface Harness {
  deps: ClipServiceDeps;
  inject: ReturnType<typeof vi.fn<(tabId: number, request: ExtractorRequest) => Promise<unknown>>>;
  tabs: Map<number, TabInfo>;
  clock: { now: number };
}

function harness(options: { result?: unknown; schema?: SchemaStatus } = {}): Harness {
  const tabs = new Map<number, TabInfo>([[TAB, { id: TAB, url: PAGE }]]);
  const clock = { now: Date.parse('2024-05-07T10:00:00Z') };
  let ids = 0;
  const okResult: ExtractorResult = { ok: true, clip: makeExtracted({ url: PAGE }), extractMs: 12 };
  const inject = vi.fn(async (_tabId: number, _request: ExtractorRequest): Promise<unknown> => options.result ?? okResult);
  const deps: ClipServiceDeps = {
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    lock: createLocalLock(),
    getTab: async (id) => tabs.get(id) ?? null,
    inject,
    fileAccessAllowed: async () => false,
    now: () => clock.now++,
    newId: () => `serviceclip${String(++ids).padStart(6, '0')}`,
    schema: Promise.resolve(options.schema ?? { state: 'ok', version: 1 }),
  };
  return { deps, inject, tabs, clock };
}

const edits = (title = 'Harbour reopens') => ({ title, tags: ['local'], note: 'check' });

describe('clip service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opening extracts once, stores a ready draft in session storage, and saving stores the clip', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    const state = await service.open({ tabId: TAB });
    expect(state.draft).toMatchObject({ status: 'ready', url: PAGE, injected: true, mode: 'page', clipId: 'serviceclip000001' });
    expect(state.draft.timings.extractMs).toBe(12);
    expect(state.existing).toEqual([]);
    expect(h.inject).toHaveBeenCalledWith(TAB, { mode: 'page', now: expect.any(Number) });
    expect((await getDraft(fakeBrowser.storage.session, TAB))?.status).toBe('ready');

    const result = await service.save({ tabId: TAB, edits: edits('My title'), choice: 'new' });
    expect(result).toMatchObject({ ok: true, replaced: false, clip: { id: 'serviceclip000001', title: 'My title', tags: ['local'] } });
    const stored = await getClip(fakeBrowser.storage.local, 'serviceclip000001');
    expect(stored).toMatchObject({ title: 'My title', note: 'check', canonicalUrl: PAGE, schemaVersion: 1 });
    const draft = await getDraft(fakeBrowser.storage.session, TAB);
    expect(draft).toMatchObject({ status: 'saved', saved: { id: 'serviceclip000001' } });
    expect(draft?.timings.savedAt).toBeGreaterThan(draft!.timings.readyAt!);
  });

  it('shares one extraction between concurrent opens and reuses the ready draft (with edits) on reopen', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    const [a, b] = await Promise.all([service.open({ tabId: TAB }), service.open({ tabId: TAB })]);
    expect(a.draft.clipId).toBe(b.draft.clipId);
    await service.updateEdits(TAB, edits('Edited before closing'));
    // A new service is what a restarted background sees: the draft comes from storage.session.
    const again = await createClipService(h.deps).open({ tabId: TAB });
    expect(again.draft.edits.title).toBe('Edited before closing');
    expect(h.inject).toHaveBeenCalledTimes(1);
  });

  it('a toolbar press starts the clip with the tab it was given; the popup asking meanwhile gets that same clip', async () => {
    const h = harness();
    const getTab = vi.spyOn(h.deps, 'getTab');
    let release!: () => void;
    h.inject.mockImplementationOnce(async () => {
      await new Promise<void>((r) => (release = r));
      return { ok: true, clip: makeExtracted({ url: PAGE }), extractMs: 30 } satisfies ExtractorResult;
    });
    const service = createClipService(h.deps);
    const started = service.start({ id: TAB, url: PAGE });
    await vi.waitFor(() => expect(h.inject).toHaveBeenCalledTimes(1));
    // The press's tab info was enough: the browser was not asked again before injecting.
    expect(getTab).not.toHaveBeenCalled();
    const pressedAt = (await getDraft(fakeBrowser.storage.session, TAB))!.timings.requestedAt;

    const popupOpenedAt = h.clock.now + 0.4;
    const asked = service.open({ tabId: TAB, openedAt: popupOpenedAt });
    release();
    const [draft, state] = await Promise.all([started, asked]);
    expect(state.draft.clipId).toBe(draft.clipId);
    expect(h.inject).toHaveBeenCalledTimes(1);
    // The first popup answered stamps when it opened, asked and got the preview; a later one does not.
    await vi.waitFor(async () => expect((await getDraft(fakeBrowser.storage.session, TAB))?.timings.shownAt).not.toBeNull());
    const t = (await getDraft(fakeBrowser.storage.session, TAB))!.timings;
    expect(t.popupAt).toBe(Math.round(popupOpenedAt));
    expect(t.requestedAt).toBe(pressedAt);
    expect(t.askedAt).toBeGreaterThan(t.requestedAt);
    expect(t.shownAt).toBeGreaterThanOrEqual(t.readyAt!);
    await service.open({ tabId: TAB, openedAt: h.clock.now });
    expect((await getDraft(fakeBrowser.storage.session, TAB))!.timings).toEqual(t);
  });

  it('a press on a page whose draft is ready reuses it (edits kept); a request without openedAt stamps nothing', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    await service.open({ tabId: TAB });
    await service.updateEdits(TAB, edits('Kept'));
    const again = await service.start({ id: TAB, url: PAGE });
    expect(again.edits.title).toBe('Kept');
    expect(h.inject).toHaveBeenCalledTimes(1);
    expect((await getDraft(fakeBrowser.storage.session, TAB))!.timings).toMatchObject({ popupAt: null, askedAt: null, shownAt: null });
  });

  it('extracts again when the tab moved to another page or a fresh clip is asked for', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    await service.open({ tabId: TAB });
    h.tabs.set(TAB, { id: TAB, url: `${PAGE}-2` });
    await service.open({ tabId: TAB });
    await service.open({ tabId: TAB, fresh: true });
    expect(h.inject).toHaveBeenCalledTimes(3);
  });

  it('saving twice (a retry) stores one clip', async () => {
    const service = createClipService(harness().deps);
    await service.open({ tabId: TAB });
    const first = await service.save({ tabId: TAB, edits: edits(), choice: 'new' });
    const second = await service.save({ tabId: TAB, edits: edits(), choice: 'new' });
    expect(second).toMatchObject({ ok: true, clip: { id: first.ok ? first.clip.id : 'x' } });
    expect(await listSummaries(fakeBrowser.storage.local)).toHaveLength(1);
  });

  it('never saves a silent duplicate: "new" on a saved URL returns the existing clip; update keeps id, date and tags; keep both adds one', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    await service.open({ tabId: TAB });
    const first = await service.save({ tabId: TAB, edits: edits(), choice: 'new' });
    if (!first.ok) throw new Error('first save failed');

    const reopened = await service.open({ tabId: TAB, fresh: true });
    expect(reopened.existing.map((s) => s.id)).toEqual([first.clip.id]);
    const dup = await service.save({ tabId: TAB, edits: { title: 'x', tags: [], note: '' }, choice: 'new' });
    expect(dup).toMatchObject({ ok: false, code: 'duplicate', existing: [{ id: first.clip.id }] });
    expect(await listSummaries(fakeBrowser.storage.local)).toHaveLength(1);

    const updated = await service.save({ tabId: TAB, edits: { title: 'Updated', tags: ['more'], note: '' }, choice: 'update', targetId: first.clip.id });
    expect(updated).toMatchObject({ ok: true, replaced: true, clip: { id: first.clip.id } });
    const stored = await getClip(fakeBrowser.storage.local, first.clip.id);
    expect(stored).toMatchObject({ title: 'Updated', tags: ['local', 'more'], note: 'check', clippedAt: first.clip.clippedAt });
    expect(stored!.updatedAt > stored!.clippedAt).toBe(true);
    expect(await listSummaries(fakeBrowser.storage.local)).toHaveLength(1);

    await service.open({ tabId: TAB, fresh: true });
    const both = await service.save({ tabId: TAB, edits: edits(), choice: 'keep-both' });
    expect(both).toMatchObject({ ok: true, replaced: false });
    expect(await listSummaries(fakeBrowser.storage.local)).toHaveLength(2);
  });

  it.each([
    ['view-source:https://news.example/a', 'view-source'],
    ['chrome://settings/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['data:text/html,<p>x</p>', 'data-url'],
    ['file:///home/me/page.html', 'file-access'],
  ])('refuses %s before injecting anything (%s)', async (url, code) => {
    const h = harness();
    h.tabs.set(TAB, { id: TAB, url });
    const state = await createClipService(h.deps).open({ tabId: TAB });
    expect(state.draft).toMatchObject({ status: 'error', injected: false, error: { code } });
    expect(state.draft.error?.message.length).toBeGreaterThan(20);
    expect(h.inject).not.toHaveBeenCalled();
    expect(await listSummaries(fakeBrowser.storage.local)).toEqual([]);
  });

  it.each([
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'web-store'],
    ['Frame with ID 0 was removed.', PAGE, 'tab-closed'],
    ['No tab with id: 7.', PAGE, 'tab-closed'],
  ])('maps the injection error "%s" to its own message', async (message, url, code) => {
    const h = harness();
    h.tabs.set(TAB, { id: TAB, url });
    h.inject.mockRejectedValueOnce(new Error(message));
    const state = await createClipService(h.deps).open({ tabId: TAB });
    expect(state.draft).toMatchObject({ status: 'error', error: { code, detail: message } });
  });

  it('reports a tab closed mid-clip even when the browser gives a generic error', async () => {
    const h = harness();
    h.inject.mockImplementationOnce(async () => {
      h.tabs.delete(TAB);
      throw new Error('Cannot access contents of the page.');
    });
    const state = await createClipService(h.deps).open({ tabId: TAB });
    expect(state.draft.error?.code).toBe('tab-closed');
  });

  it.each([
    [{ ok: false, code: 'pdf', message: 'PDF documents are not supported.' }, 'pdf'],
    [{ ok: false, code: 'too-large', message: 'big' }, 'too-large'],
    [{ ok: false, code: 'crash', message: 'TypeError: x' }, 'unreadable'],
    [{ ok: false, code: 'no-selection', message: 'Nothing is selected.' }, 'no-selection'],
    [{ ok: true, clip: makeExtracted({ readerable: false, reason: 'No article text was found on this page.' }), extractMs: 3 }, 'not-article'],
    [{ ok: true, clip: { title: 'forged' }, extractMs: 1 }, 'unreadable'],
    ['garbage', 'unreadable'],
  ])('turns extractor result %j into error %s, saving nothing', async (result, code) => {
    const h = harness({ result });
    const service = createClipService(h.deps);
    const state = await service.open({ tabId: TAB });
    expect(state.draft.error?.code).toBe(code);
    expect(await service.save({ tabId: TAB, edits: edits(), choice: 'new' })).toMatchObject({ ok: false });
    expect(await listSummaries(fakeBrowser.storage.local)).toEqual([]);
  });

  it('asks for the selection when told to, and refuses clips too large for a draft', async () => {
    const h = harness();
    await createClipService(h.deps).open({ tabId: TAB, mode: 'selection' });
    expect(h.inject).toHaveBeenCalledWith(TAB, expect.objectContaining({ mode: 'selection' }));
    const small = createClipService({ ...harness().deps, maxClipBytes: 100 });
    expect((await small.open({ tabId: TAB, fresh: true })).draft.error?.code).toBe('too-large');
  });

  it('keeps the draft and says so when storage is full', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    await service.open({ tabId: TAB });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    const result = await service.save({ tabId: TAB, edits: edits(), choice: 'new' });
    expect(result).toMatchObject({ ok: false, code: 'storage-full' });
    expect((await getDraft(fakeBrowser.storage.session, TAB))?.status).toBe('ready');
    expect(await service.save({ tabId: TAB, edits: edits(), choice: 'new' })).toMatchObject({ ok: true });
  });

  it('does not save while the store is read-only', async () => {
    const h = harness({ schema: { state: 'read-only', stored: 9, version: 1, reason: 'Newer data.' } });
    const service = createClipService(h.deps);
    const state = await service.open({ tabId: TAB });
    expect(state.readOnly).toBe('Newer data.');
    expect(await service.save({ tabId: TAB, edits: edits(), choice: 'new' })).toMatchObject({ ok: false, code: 'read-only' });
    expect(await listSummaries(fakeBrowser.storage.local)).toEqual([]);
  });

  it('stores a body that comes after the save for that clip version only; a body of other content or a malformed one is refused', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    const state = await service.open({ tabId: TAB });
    const saved = await service.save({ tabId: TAB, edits: edits(), choice: 'new' });
    if (!saved.ok) throw new Error('save failed');
    const extracted = state.draft.extracted!;
    const body: StoredMarkdown = { v: MARKDOWN_BODY_VERSION, src: bodySource(extracted), updatedAt: '', body: 'Ferries run again.', firstHeading: null, images: [] };
    expect(await service.storeMarkdown(saved.clip.id, { ...body, src: bodySource({ ...extracted, html: `${extracted.html}<p>x</p>` }) })).toBe(false);
    expect(await service.storeMarkdown('serviceclip999999', body)).toBe(false);
    expect((await fakeBrowser.storage.local.get(`md:${saved.clip.id}`))[`md:${saved.clip.id}`]).toBeUndefined();
    expect(await service.storeMarkdown(saved.clip.id, body)).toBe(true);
    const stored = (await fakeBrowser.storage.local.get(`md:${saved.clip.id}`))[`md:${saved.clip.id}`];
    expect(stored).toEqual({ ...body, updatedAt: saved.clip.updatedAt });

    expect(guardMessage('storeMarkdown', { id: saved.clip.id, markdown: body })).toEqual({ id: saved.clip.id, markdown: body });
    expect(() => guardMessage('storeMarkdown', { id: saved.clip.id, markdown: { ...body, body: 3 } })).toThrow(BadMessageError);
    expect(() => guardMessage('storeMarkdown', { id: '../x', markdown: body })).toThrow(BadMessageError);
  });

  it('forgets the draft of a closed tab, and discards on request', async () => {
    const h = harness();
    const service = createClipService(h.deps);
    await service.open({ tabId: TAB });
    await service.forgetTab(TAB);
    expect(await getDraft(fakeBrowser.storage.session, TAB)).toBeNull();
    await service.open({ tabId: TAB });
    await service.discard(TAB);
    expect(await getDraft(fakeBrowser.storage.session, TAB)).toBeNull();
  });
});

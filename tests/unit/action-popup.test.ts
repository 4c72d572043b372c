import { describe, expect, it, vi } from 'vitest';
import { POPUP_PAGE, handleActionClick, openActionPopup, type ActionApi, type ActionClickDeps } from '../../utils/action-popup';

function fakeAction(open: () => Promise<void>): ActionApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    setPopup: vi.fn(async ({ tabId, popup }: { tabId: number; popup: string }) => {
      calls.push(`setPopup ${tabId} "${popup}"`);
    }),
    openPopup: vi.fn(async (options?: { windowId?: number }) => {
      calls.push(`openPopup ${options?.windowId ?? '-'}`);
      await open();
    }),
  };
}

describe('openActionPopup', () => {
  it('gives the tab a popup naming it, opens it in the tab’s window, then takes the popup away again', async () => {
    const action = fakeAction(async () => undefined);
    const done = openActionPopup(action, { id: 5, windowId: 2 });
    // Both calls are made before returning: Firefox opens a popup only inside the user action.
    expect(action.calls).toEqual([`setPopup 5 "${POPUP_PAGE}?tabId=5"`, 'openPopup 2']);
    await done;
    expect(action.calls).toEqual([`setPopup 5 "${POPUP_PAGE}?tabId=5"`, 'openPopup 2', 'setPopup 5 ""']);
  });

  it('takes the popup away and reports the refusal when the browser cannot open it', async () => {
    const action = fakeAction(async () => {
      throw new Error('Could not find an active browser window.');
    });
    await expect(openActionPopup(action, { id: 5 })).rejects.toThrow('active browser window');
    expect(action.calls).toEqual([`setPopup 5 "${POPUP_PAGE}?tabId=5"`, 'openPopup -', 'setPopup 5 ""']);
  });
});

function clickDeps(open: () => Promise<void>): ActionClickDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    start: vi.fn(async (tab) => {
      calls.push(`start ${tab.id} ${tab.url ?? 'null'}`);
    }),
    openPopup: vi.fn(async (tab) => {
      calls.push(`openPopup ${tab.id}`);
      await open();
    }),
    openPopupWindow: vi.fn(async (tabId: number) => {
      calls.push(`window ${tabId}`);
    }),
  };
}

describe('toolbar button press', () => {
  it('opens the popup and starts the clip with the tab the event gave, both in the same turn', async () => {
    const d = clickDeps(async () => undefined);
    const done = handleActionClick({ id: 3, windowId: 1, url: 'https://news.example/a' }, d);
    expect(d.calls).toEqual(['openPopup 3', 'start 3 https://news.example/a']);
    expect(d.start).toHaveBeenCalledWith({ id: 3, url: 'https://news.example/a', pendingUrl: null });
    await done;
    expect(d.openPopupWindow).not.toHaveBeenCalled();
  });

  it('shows the popup in a window for that tab when the popup cannot open (the clip still runs)', async () => {
    const d = clickDeps(async () => {
      throw new Error('no popup');
    });
    await handleActionClick({ id: 8 }, d);
    expect(d.calls).toEqual(['openPopup 8', 'start 8 null', 'window 8']);
  });

  it('does nothing for an event without a tab', () => {
    const d = clickDeps(async () => undefined);
    expect(handleActionClick(undefined, d)).toBeUndefined();
    expect(handleActionClick({}, d)).toBeUndefined();
    expect(d.calls).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { MENU_CLIP_SELECTION, handleMenuClick, type MenuDeps } from '../../utils/context-menu';

function deps(openPopup: () => Promise<void>): MenuDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    begin: vi.fn(async (tabId: number, mode: string) => {
      calls.push(`begin ${tabId} ${mode}`);
    }),
    openPopup: vi.fn(async () => {
      calls.push('openPopup');
      await openPopup();
    }),
    openPopupWindow: vi.fn(async (tabId: number) => {
      calls.push(`window ${tabId}`);
    }),
  };
}

describe('Clip selection menu item', () => {
  it('starts the selection clip first, then opens the popup in the same turn', async () => {
    const d = deps(async () => undefined);
    const done = handleMenuClick({ menuItemId: MENU_CLIP_SELECTION }, { id: 4 }, d);
    // Both were called synchronously, before any await (Firefox's user-action rule).
    expect(d.calls).toEqual(['begin 4 selection', 'openPopup']);
    await done;
    expect(d.openPopupWindow).not.toHaveBeenCalled();
  });

  it('falls back to a popup window for that tab when the popup cannot open', async () => {
    const d = deps(async () => {
      throw new Error('Could not find an active browser window.');
    });
    await handleMenuClick({ menuItemId: MENU_CLIP_SELECTION }, { id: 9 }, d);
    expect(d.calls).toEqual(['begin 9 selection', 'openPopup', 'window 9']);
  });

  it('ignores other items and clicks without a tab', () => {
    const d = deps(async () => undefined);
    expect(handleMenuClick({ menuItemId: 'other' }, { id: 1 }, d)).toBeUndefined();
    expect(handleMenuClick({ menuItemId: MENU_CLIP_SELECTION }, undefined, d)).toBeUndefined();
    expect(d.calls).toEqual([]);
  });
});

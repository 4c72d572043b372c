import { describe, expect, it, vi } from 'vitest';
import { resolveTargetTabId, tabIdFromSearch } from '../../utils/target-tab';

describe('target tab', () => {
  it('prefers ?tabId= and never asks the browser then', async () => {
    const query = vi.fn(async () => [{ id: 1 }]);
    expect(await resolveTargetTabId('?tabId=42', query)).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, or null when there is none', async () => {
    expect(await resolveTargetTabId('', async () => [{ id: 5 }])).toBe(5);
    expect(await resolveTargetTabId('?x=1', async () => [])).toBeNull();
    expect(await resolveTargetTabId('', async () => [{}])).toBeNull();
  });

  it('ignores malformed ids', () => {
    expect(tabIdFromSearch('?tabId=abc')).toBeNull();
    expect(tabIdFromSearch('?tabId=-3')).toBeNull();
    expect(tabIdFromSearch('?tabId=99999999999999999999')).toBeNull();
    expect(tabIdFromSearch('?tabId=0')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { HEAD_CACHE_KEY, clearHeadCache, readHeadCache, writeHeadCache, type KeyValueStore } from '../../../utils/library/head-cache';
import { summary } from './helpers';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('first-screen cache', () => {
  it('keeps the first rows and the total, and reads them back', () => {
    const store = memory();
    const list = Array.from({ length: 100 }, () => summary());
    writeHeadCache(store, list, 30);
    const head = readHeadCache(store)!;
    expect(head.total).toBe(100);
    expect(head.rows).toEqual(list.slice(0, 30));
    clearHeadCache(store);
    expect(readHeadCache(store)).toBeNull();
  });

  it('ignores a damaged, foreign or older cache', () => {
    const store = memory();
    for (const bad of ['{', '[]', JSON.stringify({ v: 0, total: 1, rows: [] }), JSON.stringify({ v: 1, total: 1, rows: [{ id: 1 }] }), JSON.stringify({ v: 1, total: 0, rows: [summary()] })]) {
      store.data.set(HEAD_CACHE_KEY, bad);
      expect(readHeadCache(store)).toBeNull();
    }
  });

  it('never throws when localStorage does', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => writeHeadCache(broken, [summary()])).not.toThrow();
    expect(readHeadCache(broken)).toBeNull();
    expect(() => clearHeadCache(broken)).not.toThrow();
  });
});

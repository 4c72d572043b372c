import { describe, expect, it } from 'vitest';
import { BodyIndex } from '../../../utils/library/body-index';

const exact = { prefix: false, fuzzy: 0 };

function sample(): BodyIndex {
  const index = new BodyIndex();
  index.add({ id: 'a', version: 'v1', text: 'The harbour reopened after storm repairs.' });
  index.add({ id: 'b', version: 'v1', text: 'Harbor officials praised the engineers.' });
  index.add({ id: 'c', version: 'v1', text: 'Городской совет утвердил бюджет. Zürich tram.' });
  return index;
}

describe('BodyIndex', () => {
  it('finds exact, prefix and fuzzy matches, exact ones weighing most', () => {
    const index = sample();
    expect([...index.lookup('harbour', exact).keys()]).toEqual(['a']);
    const fuzzy = index.lookup('harbour', { prefix: false, fuzzy: 1 });
    expect([...fuzzy.keys()].sort()).toEqual(['a', 'b']);
    expect(fuzzy.get('a')!).toBeGreaterThan(fuzzy.get('b')!);
    expect([...index.lookup('engin', { prefix: true, fuzzy: 0 }).keys()]).toEqual(['b']);
    expect([...index.lookup('бюджет', exact).keys()]).toEqual(['c']);
    expect([...index.lookup('zurich', exact).keys()]).toEqual(['c']);
    expect(index.lookup('ferry', { prefix: true, fuzzy: 1 }).size).toBe(0);
  });

  it('replaces a clip when it is added again, and forgets removed ones', () => {
    const index = sample();
    index.add({ id: 'a', version: 'v2', text: 'Ferry timetable changes.' });
    expect(index.lookup('harbour', exact).size).toBe(0);
    expect([...index.lookup('ferry', exact).keys()]).toEqual(['a']);
    expect(index.versionOf('a')).toBe('v2');
    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expect(index.lookup('engineers', exact).size).toBe(0);
    expect(index.size).toBe(2);
  });

  it('round-trips through a snapshot of live documents only, and keeps growing after', async () => {
    const index = sample();
    index.remove('b');
    const snap = index.snapshot();
    expect(snap.ids.sort()).toEqual(['a', 'c']);
    expect(snap.terms).not.toContain('engineers');
    expect(BodyIndex.compatible(snap)).toBe(true);
    expect(BodyIndex.compatible({ ...snap, textVersion: 999 })).toBe(false);
    expect(BodyIndex.compatible({ ...snap, offsets: [0] })).toBe(false);

    const loaded = BodyIndex.fromSnapshot(structuredClone(snap));
    expect(loaded.vocabularyReady).toBe(false);
    // Exact lookups work before the vocabulary is built; prefix ones wait for it.
    expect([...loaded.lookup('harbour', exact).keys()]).toEqual(['a']);
    expect(loaded.lookup('harb', { prefix: true, fuzzy: 0 }).size).toBe(0);
    loaded.add({ id: 'd', version: 'v1', text: 'A harbour festival and a new word: quayside.' });
    await loaded.buildVocabulary({ sliceTerms: 2, yieldFn: () => Promise.resolve() });
    expect([...loaded.lookup('harb', { prefix: true, fuzzy: 0 }).keys()].sort()).toEqual(['a', 'd']);
    expect([...loaded.lookup('quaysid', { prefix: true, fuzzy: 0 }).keys()]).toEqual(['d']);
    expect(loaded.versionOf('c')).toBe('v1');
    expect(loaded.snapshot().ids.sort()).toEqual(['a', 'c', 'd']);
  });

  it('writes equal snapshots for equal content', () => {
    const one = sample().snapshot();
    const two = sample().snapshot();
    expect(two).toEqual(one);
  });

  it('ranks rare terms above common ones', () => {
    const index = new BodyIndex();
    for (let i = 0; i < 20; i++) index.add({ id: `d${i}`, version: 'v', text: i === 3 ? 'council budget tram' : 'council budget' });
    const common = index.lookup('council', exact).get('d3')!;
    const rare = index.lookup('tram', exact).get('d3')!;
    expect(rare).toBeGreaterThan(common);
  });
});

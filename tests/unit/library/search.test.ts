import { describe, expect, it } from 'vitest';
import { BodyIndex } from '../../../utils/library/body-index';
import { LibrarySearch, parseQuery } from '../../../utils/library/search';
import { summary } from './helpers';

const now = () => Promise.resolve();

async function library() {
  const search = new LibrarySearch();
  const clips = [
    summary({ id: 'ferry', title: 'Island ferry to run every hour', authors: ['Lena Berg'], tags: ['transport'], siteName: 'Coastal Courier' }),
    summary({ id: 'budget', title: 'Council passes budget', authors: ['José Álvarez'], note: 'check the tram figures' }),
    summary({ id: 'moscow', title: 'Московский метрополитен открыл станцию', siteName: 'Новости' }),
    summary({ id: 'tokyo', title: '東京都の新しい図書館', siteName: 'ニュース' }),
    summary({ id: 'glacier', title: 'Glacier survey', canonicalUrl: 'https://www.alpine-times.example/glacier' }),
  ];
  await search.setSummaries(clips, { yieldFn: now });
  return search;
}

describe('parseQuery', () => {
  it('folds words, makes only the word being typed a prefix, and allows typos on longer words', () => {
    expect(parseQuery('Zürich tram')).toEqual([
      { term: 'zurich', prefix: false, maxEdits: 1 },
      { term: 'tram', prefix: true, maxEdits: 1 },
    ]);
    expect(parseQuery('tram ')[0]!.prefix).toBe(false);
    // A single letter just typed waits for the next one (except in scripts written without spaces).
    expect(parseQuery('a')).toEqual([]);
    expect(parseQuery('harbour t')).toEqual([{ term: 'harbour', prefix: false, maxEdits: 1 }]);
    expect(parseQuery('東')).toEqual([{ term: '東', prefix: true, maxEdits: 0 }]);
    expect(parseQuery('   ')).toEqual([]);
  });
});

describe('LibrarySearch', () => {
  it('searches title, authors, site (name and host), tags and note', async () => {
    const s = await library();
    expect(s.search('ferry')!.ids).toEqual(['ferry']);
    expect(s.search('berg')!.ids).toEqual(['ferry']);
    expect(s.search('coastal courier')!.ids).toEqual(['ferry']);
    expect(s.search('alpine-times')!.ids).toEqual(['glacier']);
    expect(s.search('transport')!.ids).toEqual(['ferry']);
    expect(s.search('tram figures')!.ids).toEqual(['budget']);
    expect(s.search('')).toBeNull();
    expect(s.search('f')).toBeNull();
  });

  it('tolerates typos and accents, as you type', async () => {
    const s = await library();
    expect(s.search('fery')!.ids).toEqual(['ferry']);
    expect(s.search('fey ')!.ids).toEqual([]); // three letters: too short for a typo
    expect(s.search('ferri')!.ids).toEqual(['ferry']);
    expect(s.search('counsil')!.ids).toEqual(['budget']);
    expect(s.search('jose alvarez')!.ids).toEqual(['budget']);
    expect(s.search('Álvarez')!.ids).toEqual(['budget']);
    expect(s.search('isla')!.ids).toEqual(['ferry']);
  });

  it('looks for typo variants only of words that match little exactly', async () => {
    const s = new LibrarySearch();
    const many = Array.from({ length: 30 }, (_, i) => summary({ id: `vote${i}`, title: `Council vote number ${i}` }));
    await s.setSummaries([...many, summary({ id: 'note', title: 'A note on trams' })], { yieldFn: now });
    // "vote" is common: no fuzzy "note"; "tramz" matches nothing exactly: typo tolerance kicks in.
    expect(s.search('vote ')!.ids).not.toContain('note');
    expect(s.search('vote ')!.ids).toHaveLength(30);
    expect(s.search('tramz')!.ids).toEqual(['note']);
  });

  it('works for Cyrillic and Japanese', async () => {
    const s = await library();
    expect(s.search('московский')!.ids).toEqual(['moscow']);
    expect(s.search('метрополитэн')!.ids).toEqual(['moscow']);
    expect(s.search('станц')!.ids).toEqual(['moscow']);
    expect(s.search('図書館')!.ids).toEqual(['tokyo']);
    expect(s.search('東')!.ids).toEqual(['tokyo']);
  });

  it('needs every word somewhere, in the summary or in the text, once the text index is there', async () => {
    const s = await library();
    expect(s.search('ferry quayside')!.ids).toEqual([]);
    const body = new BodyIndex();
    body.add({ id: 'ferry', version: 'v', text: 'Boats leave from the quayside at dawn.' });
    body.add({ id: 'glacier', version: 'v', text: 'The ferry to the survey camp was cancelled.' });
    s.setBodyIndex(body);
    expect(s.hasText).toBe(true);
    const both = s.search('ferry quayside')!;
    expect(both.ids).toEqual(['ferry']);
    expect(both.searchedText).toBe(true);
    // A title match ranks above a match in the text alone.
    expect(s.search('ferry')!.ids).toEqual(['ferry', 'glacier']);
  });

  it('follows edits and deletions', async () => {
    const s = await library();
    s.upsertSummary(summary({ id: 'ferry', title: 'Harbour tram line opens' }));
    expect(s.search('ferry')!.ids).toEqual([]);
    expect(s.search('harbour')!.ids).toEqual(['ferry']);
    s.removeSummary('ferry');
    expect(s.search('harbour')!.ids).toEqual([]);
    expect(s.size).toBe(4);
  });
});

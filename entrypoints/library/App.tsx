/** The library, for now a plain list of saved clips that follows storage changes. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { ClipList } from '../../components/ClipList';
import { listSummaries } from '../../utils/storage/clip-store';
import { SUMMARY_PREFIX } from '../../utils/storage/keys';
import type { ClipSummary } from '../../utils/storage/summary';

export function App() {
  const [clips, setClips] = useState<ClipSummary[] | null>(null);
  useEffect(() => {
    const load = () => void listSummaries(browser.storage.local).then(setClips);
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(SUMMARY_PREFIX))) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return (
    <main data-state={clips === null ? 'loading' : 'ready'}>
      <h1>Your clips{clips ? ` (${clips.length})` : ''}</h1>
      {clips === null ? <p>Loading…</p> : <ClipList clips={clips} />}
    </main>
  );
}

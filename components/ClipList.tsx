/** A plain list of saved clips, newest first (the library page builds on it later). */
import type { ClipSummary } from '../utils/storage/summary';
import { formatDate } from '../utils/display-date';

export interface ClipListProps {
  clips: ClipSummary[];
}

export function ClipList({ clips }: ClipListProps) {
  if (clips.length === 0) return <p class="empty">No clips yet. Click the News Clipper button on an article to save one.</p>;
  return (
    <ol class="clip-list">
      {clips.map((c) => (
        <li key={c.id} data-clip-id={c.id}>
          <a class="clip-title" href={c.canonicalUrl} target="_blank" rel="noopener noreferrer">
            {c.title || c.canonicalUrl}
          </a>
          <span class="clip-meta">
            {[c.siteName, c.authors.join(', ') || null, formatDate(c.published), `${c.wordCount.toLocaleString()} words`]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span class="clip-saved">Saved {formatDate(c.clippedAt)}</span>
          {c.tags.length > 0 ? <span class="clip-tags">{c.tags.join(', ')}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * A clip's lead image as a small thumbnail: loaded lazily, without a referrer, and replaced by a
 * neutral placeholder (the site's initial) when there is none or it fails to load.
 */
import { useState } from 'preact/hooks';

export interface ThumbnailProps {
  src: string | null;
  /** Shown in the placeholder. */
  label: string;
}

const SAFE_SRC = /^(?:https?:|data:image\/)/i;

export function Thumbnail({ src, label }: ThumbnailProps) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || !SAFE_SRC.test(src) || failed === src) {
    return (
      <div class="thumb thumb-empty" aria-hidden="true" data-thumb="placeholder">
        {Array.from(label.trim())[0]?.toLocaleUpperCase() ?? '·'}
      </div>
    );
  }
  return (
    <img
      class="thumb"
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      data-thumb="image"
      onError={() => setFailed(src)}
    />
  );
}

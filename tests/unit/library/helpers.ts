/** Summaries for the library tests. */
import type { ClipSummary } from '../../../utils/storage/summary';

let seq = 0;
export function summary(overrides: Partial<ClipSummary> = {}): ClipSummary {
  seq++;
  const id = overrides.id ?? `sum${String(seq).padStart(6, '0')}`;
  return {
    id,
    title: `Story ${seq}`,
    siteName: 'Example News',
    authors: ['Ana Ruiz'],
    published: '2024-05-06',
    clippedAt: `2024-06-${String((seq % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
    updatedAt: '2024-06-30T10:00:00.000Z',
    tags: [],
    wordCount: 500,
    leadImage: null,
    url: `https://news.example/${id}`,
    canonicalUrl: `https://news.example/${id}`,
    note: '',
    fromSelection: false,
    ...overrides,
  };
}

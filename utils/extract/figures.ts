/** Every image of the article with its caption and credit kept together. */
import type { Figure } from '../clip';

export function extractFigures(content: Element, baseUrl: string): Figure[] {
  const figures: Figure[] = [];
  for (const img of Array.from(content.querySelectorAll('img'))) {
    const raw = img.getAttribute('src');
    if (!raw) continue;
    let src: string;
    try {
      src = new URL(raw, baseUrl).href;
    } catch {
      continue;
    }
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || null;
    figures.push({ src, alt: img.getAttribute('alt') ?? '', caption, credit: null });
  }
  return figures;
}

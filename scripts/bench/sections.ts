/**
 * Every benchmark section, in the order they run. Adding one is one line here plus its module
 * (which exports `run(ctx): Promise<SectionResult>`, see ./types.ts). A section that throws is
 * skipped with its reason; the others still report.
 */
import type { SectionEntry } from './types';

export const SECTIONS: SectionEntry[] = [
  { id: 'clip', title: 'Toolbar press to saved clip, real Chromium', load: () => import('./clip') },
  { id: 'extract', title: 'Extraction in Node: news-clipper vs plain Readability, same documents', load: () => import('./extract') },
  { id: 'export', title: 'Export of 10,000 clips to a zip, real Chromium', load: () => import('./export') },
  { id: 'library', title: 'Library with 10,000 clips: first screen and search keystroke, real Chromium', load: () => import('./library') },
];

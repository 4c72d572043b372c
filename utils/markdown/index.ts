/**
 * Clip → Markdown with YAML front matter. Pure. (Baseline stub; the export work replaces it.)
 */
import type { Clip, ExtractedClip } from '../clip';

export interface MarkdownOptions {
  /** Front-matter keys to include; all when absent. */
  fields?: readonly string[];
}

export function clipToMarkdown(clip: Clip | ExtractedClip, options: MarkdownOptions = {}): string {
  void options;
  return `# ${clip.title}\n\n${clip.text}\n`;
}

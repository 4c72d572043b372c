/**
 * Post-Readability passes: remove what sits inside the body but is not the article (related
 * links, teasers, share bars, newsletter boxes, ad labels, comments, navigation), then trim
 * bylines and dates above the story and credits below it. Mutates `content`. Linear: one
 * measuring walk, one removal walk, one pass over the edges.
 */
import { restoreDek, type Dek } from './body/dek';
import { trimEdges } from './body/edges';
import { JunkRemover, type RemoveHook } from './body/junk-blocks';
import { ArticleStats } from './body/stats';

export type { RemoveHook } from './body/junk-blocks';
export { findDek, type Dek } from './body/dek';

export interface CleanupContext {
  /** The headline, to drop its copy at the top of the body. */
  title?: string | null;
  /** Author names, to drop a byline line at the top of the body. */
  authors?: readonly string[];
  /** The standfirst read before Readability (body/dek.ts), put back when the body left it out. */
  dek?: Dek | null;
  /** Called with the rule name for every block removed (evaluation and tests). */
  onRemove?: RemoveHook;
}

export function cleanupArticle(content: Element, ctx: CleanupContext = {}): void {
  new JunkRemover(content, new ArticleStats(content), ctx.onRemove).run();
  // Measured again: the edges are judged on what is left.
  trimEdges(content, new ArticleStats(content), ctx, ctx.onRemove);
  restoreDek(content, ctx.dek);
}

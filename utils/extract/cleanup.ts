/**
 * Post-Readability passes: remove what sits inside the body but is not the article
 * (related links, teasers, share bars, newsletter boxes, navigation). Mutates `content`.
 */
export function cleanupArticle(content: Element): void {
  void content;
}

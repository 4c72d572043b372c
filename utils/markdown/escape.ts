/**
 * Escaping added on top of Turndown's own (which stays on, E15). Pure.
 *
 * Turndown escapes Markdown syntax (`*`, `_`, `[`, `]`, backticks, leading `#`, `>`, `-`…) but
 * leaves what note apps treat as HTML or templates. In text nodes we also escape:
 * - `<` → `\<`: text such as `<img onerror=…>` (from `&lt;img…` on the page) would otherwise
 *   be raw HTML in the Markdown;
 * - `&` before an entity-like run → `\&`, so the text `&lt;` stays the text `&lt;`;
 * - `%%` → `%\%` (Obsidian comments hide text) and `{{` → `{\{` (template placeholders).
 * And in the whole body, code included, `<%` (Templater, E14) → `<\%`: in text that renders as
 * `<%`; in code the backslash shows, which we accept so the file never contains `<%`.
 */

export function escapeExtra(s: string): string {
  return s
    .replace(/</g, '\\<')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/%(?=%)/g, '%\\')
    .replace(/\{(?=\{)/g, '{\\');
}

export function neutralizeTemplater(markdown: string): string {
  return markdown.replace(/<%/g, '<\\%');
}

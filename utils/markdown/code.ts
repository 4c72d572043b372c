/**
 * Code-fence info strings (E13). Pure. Note apps run some fenced blocks as programs: Dataview
 * (`dataviewjs`, CVE-2021-42057), Templater, Buttons, Tasks, JS Engine, Meta Bind. Those, and
 * anything outside `[a-z0-9+#-]{1,20}`, become `text`; a block with no language keeps none.
 */

export const EXECUTABLE_FENCE_LANGUAGES: ReadonlySet<string> = new Set([
  'dataview',
  'dataviewjs',
  'templater',
  'button',
  'tasks',
  'js-engine',
  'meta-bind',
  'meta-bind-button',
  'meta-bind-js-view',
  'tracker',
]);

const INFO = /^[a-z0-9+#-]{1,20}$/;

/** The language named by a class list (`language-x`, `lang-x`, `highlight-source-x`), or ''. */
export function languageFromClass(className: string | null | undefined): string {
  const m = /(?:^|\s)(?:language|lang|highlight-(?:text|source))-(\S+)/i.exec(className ?? '');
  return m?.[1] ?? '';
}

/** The info string to write after the opening fence. */
export function fenceLanguage(raw: string): string {
  const lang = raw.trim().toLowerCase();
  if (!lang) return '';
  if (!INFO.test(lang) || EXECUTABLE_FENCE_LANGUAGES.has(lang)) return 'text';
  return lang;
}

/**
 * A fenced block whose fence is longer than any backtick run that could close it early
 * (a line starting with up to three spaces and three or more backticks).
 */
export function fencedBlock(code: string, language: string): string {
  const text = code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  let size = 3;
  for (const m of text.matchAll(/^ {0,3}(`{3,})/gm)) size = Math.max(size, (m[1]?.length ?? 0) + 1);
  const fence = '`'.repeat(size);
  return `\n\n${fence}${fenceLanguage(language)}\n${text}\n${fence}\n\n`;
}

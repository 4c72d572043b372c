/**
 * The library with the keyboard only: Tab reaches every control (search, filters, selection,
 * each row's controls, the reading view, edit, delete and undo), each focused control shows a
 * visible focus indicator, the arrow keys move between rows, "/" goes to search, Escape
 * closes the reader.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage, clipWith, seed } from './support/library-page';

const clips = [1, 2, 3, 4, 5, 6].map((n) =>
  clipWith({ id: `e2e-keys-000${n}`, title: `Keyboard story ${n}`, text: `Story ${n} about the harbour.`, tags: n === 1 ? ['ferries'] : [], clippedAt: `2026-10-0${n}T10:00:00Z` }),
);

interface Focused {
  label: string;
  visible: boolean;
  indicator: boolean;
  /** Focus is on a date field's calendar button, inside the browser's own shadow DOM (styled there). */
  inPicker?: boolean;
}

/** What has focus, and whether it shows it (outline, or the row's focus bar). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: 'body', visible: false, indicator: false };
    const name = el.getAttribute('aria-label') ?? el.closest('label')?.querySelector('span')?.textContent ?? el.textContent?.trim() ?? '';
    if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) {
      return { label: `input:${name}`, visible: true, indicator: true, inPicker: true };
    }
    const s = getComputedStyle(el);
    const row = el.closest('li.clip-row');
    const rowBar = row ? getComputedStyle(row).boxShadow !== 'none' : false;
    return {
      label: `${el.tagName.toLowerCase()}${el.dataset.control ? `[${el.dataset.control}]` : ''}:${name.slice(0, 40)}`,
      visible: el.matches(':focus-visible'),
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || rowBar,
    };
  });
}

async function tabUntil(page: Page, want: RegExp, max = 60): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (want.test(f.label)) return seen;
  }
  throw new Error(`Tab never reached ${want}: ${seen.map((f) => f.label).join(' → ')}`);
}

test('every action is reachable with the keyboard, with visible focus', async ({ clipper, ext }) => {
  await seed(ext, clips);
  const lib = await LibraryPage.open(ext);
  const page = lib.page;
  // :focus-visible rules exist in the library's stylesheet.
  expect(
    await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((r) => r instanceof CSSStyleRule && r.selectorText.includes(':focus-visible'))),
    ),
  ).toBe(true);

  // From the top: header actions, search, every filter, sort, select-all, then the rows.
  await page.locator('body').focus();
  const path = await tabUntil(page, /^button\[delete\]/);
  const labels = path.map((f) => f.label);
  for (const want of [/^a:Skip to the list/, /^button:Export all/, /^button:Back up/, /^button:Restore/, /^input:Search clips/, /^select:Site/, /^select:Tag/, /^select:Date/, /^input:From/, /^input:To/, /^select:Sort/, /^input:Select all/, /^input\[select\]:Select “Keyboard story 6”/, /^button\[open\]:Keyboard story 6/, /^button\[edit\]/, /^button\[export\]/, /^button\[delete\]/]) {
    expect(labels.some((l) => want.test(l)), `${want} in ${labels.join(' → ')}`).toBe(true);
  }
  expect(path.filter((f) => !f.inPicker).length).toBeGreaterThan(15);
  for (const f of path) {
    expect(f.visible, `${f.label} matches :focus-visible`).toBe(true);
    expect(f.indicator, `${f.label} shows a focus indicator`).toBe(true);
  }

  // Arrow keys move to the same control in the next and previous rows.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).label).toMatch(/^button\[open\]:Keyboard story 6/);
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).label).toMatch(/^button\[open\]:Keyboard story 5/);
  await page.keyboard.press('End');
  expect((await focused(page)).label).toMatch(/^button\[open\]:Keyboard story 1/);
  await page.keyboard.press('Home');
  expect((await focused(page)).label).toMatch(/^button\[open\]:Keyboard story 6/);

  // Space selects a row from its box.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('.selection-count')).toHaveText('1 selected');
  await page.keyboard.press('Space');
  await expect(page.locator('.selection-count')).toHaveText('None selected');

  // Enter opens the reading view; focus lands in it; Tab reaches its actions and the frame.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lib.reader.locator('h1')).toHaveText('Keyboard story 6');
  await expect.poll(async () => (await focused(page)).label).toBe('button:Close');
  expect((await focused(page)).indicator).toBe(true);
  // Under load the frame can still be loading, and Tab skips a frame that is not there yet.
  await expect(lib.reader.locator('body')).toContainText('Story 6 about the harbour.');
  const readerPath = await tabUntil(page, /^a:Open original/);
  expect(readerPath.map((f) => f.label)).toEqual(['button:Edit', 'button:Export .md', 'button:Delete', 'a:Open original']);
  // The frame comes next. Its sandboxed document lives in another renderer process, and under
  // load Chromium can pass over it until that process is up: try from the link a few times.
  await expect
    .poll(async () => {
      await page.getByRole('link', { name: 'Open original' }).focus();
      await page.keyboard.press('Tab');
      return (await focused(page)).label;
    }, { intervals: [250, 500, 1000] })
    .toMatch(/^iframe/);

  // Edit with the keyboard: the form takes focus, Enter saves, focus returns to Edit.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).label).toBe('button:Edit');
  await page.keyboard.press('Enter');
  // The form focuses its title in an effect after it renders; until then focus is on the body.
  await expect.poll(async () => (await focused(page)).label).toMatch(/^input:Title/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard story six');
  await page.keyboard.press('Enter');
  await expect(lib.row('Keyboard story six')).toHaveCount(1);
  await expect.poll(async () => (await focused(page)).label).toBe('button:Edit');

  // Delete with the keyboard: focus goes to Undo, Enter brings the clip back.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect((await focused(page)).label).toBe('button:Delete');
  await page.keyboard.press('Enter');
  await expect(lib.toast).toContainText('Deleted “Keyboard story six”');
  await expect.poll(async () => (await focused(page)).label).toBe('button:Undo');
  expect((await focused(page)).indicator).toBe(true);
  await expect(lib.row('Keyboard story six')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(lib.row('Keyboard story six')).toHaveCount(1);

  // "/" jumps to search from anywhere outside a field; Escape closes the reader.
  await lib.row('Keyboard story 5').locator('.row-title').focus();
  await page.keyboard.press('Enter');
  await expect(lib.reader.locator('h1')).toHaveText('Keyboard story 5');
  await page.keyboard.press('Escape');
  await expect(lib.readerPane).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).label).toMatch(/^button\[open\]:Keyboard story 5/);
  await page.keyboard.press('/');
  expect((await focused(page)).label).toMatch(/^input:Search clips/);
  await page.keyboard.type('ferries');
  await expect.poll(() => lib.titles()).toEqual(['Keyboard story 1']);
  expect(lib.errors).toEqual([]);
  await page.close();
  void clipper;
});

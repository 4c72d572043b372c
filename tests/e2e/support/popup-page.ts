/** Page object for the popup UI opened as a tab (`popup.html?tabId=N`). */
import type { FrameLocator, Locator, Page } from '@playwright/test';

export class PopupPage {
  readonly main: Locator;
  readonly title: Locator;
  readonly tags: Locator;
  readonly note: Locator;
  readonly save: Locator;
  readonly update: Locator;
  readonly keepBoth: Locator;
  readonly clipSelection: Locator;
  readonly alreadySaved: Locator;
  readonly saved: Locator;
  readonly error: Locator;
  readonly reader: FrameLocator;
  /** Console messages about the Content Security Policy, collected since the page opened. */
  readonly cspMessages: string[] = [];

  constructor(readonly page: Page) {
    this.main = page.locator('main');
    this.title = page.getByRole('textbox', { name: 'Title' });
    this.tags = page.getByRole('textbox', { name: 'Tags' });
    this.note = page.getByRole('textbox', { name: 'Note' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.update = page.getByRole('button', { name: 'Update' });
    this.keepBoth = page.getByRole('button', { name: 'Keep both' });
    this.clipSelection = page.getByRole('button', { name: 'Clip selection' });
    this.alreadySaved = page.locator('[data-field="already-saved"]');
    this.saved = page.locator('footer[data-save="saved"]');
    this.error = page.locator('.error-panel');
    this.reader = page.frameLocator('iframe.reader-frame');
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) this.cspMessages.push(m.text());
    });
  }

  fact(name: 'site' | 'authors' | 'published' | 'date-evidence' | 'word-count'): Locator {
    return this.page.locator(`[data-field="${name}"]`);
  }

  async state(): Promise<string | null> {
    return this.main.getAttribute('data-state');
  }

  async errorCode(): Promise<string | null> {
    return this.error.getAttribute('data-error-code');
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

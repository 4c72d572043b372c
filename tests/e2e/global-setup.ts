import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, chromiumPath } from '../../scripts/lib/chromium';

/** Fails fast with a clear message instead of a context timeout (engineering.md P19). */
export default function globalSetup(): void {
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3', '.output/chrome-mv3-quota-test']) {
    if (!existsSync(path.join(ROOT, dir, 'manifest.json'))) {
      throw new Error(`${dir} is missing: run "npm run build:all" (or "npm test", which builds) before the e2e tests.`);
    }
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(`Chromium not found at ${chromiumPath()}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
}

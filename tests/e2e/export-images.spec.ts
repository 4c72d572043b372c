/**
 * "Download images into the zip" end to end in the production build (issue #5 §4): the options
 * page offers it (the manifest declares the optional host access), and Export in the library
 * fetches each photo once from an HTTPS image host (the CSP's connect-src https:), writes it under
 * images/ with the Markdown linking to it relatively, and keeps a remote link for, and reports,
 * each photo it could not get (a 404, a host without CORS headers while host access is not given).
 *
 * The permission prompt cannot be clicked headless, so the settings are stored the way the options
 * page saves them; the image host sends CORS headers, so no host access is needed here.
 */
import { test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { extensionStorageArea } from '../../scripts/lib/clip-flow';
import { DEFAULT_FILENAME_PATTERN } from '../../utils/export/pattern';
import { FRONT_MATTER_FIELDS } from '../../utils/markdown/fields';
import { expect } from './fixtures';
import { startHttpsImageServer, type HttpsImageServer } from './support/https-images';
import { LibraryPage, clipWith, seed } from './support/library-page';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

let ext: ExtensionBrowser;
let images: HttpsImageServer;

test.beforeAll(async () => {
  images = await startHttpsImageServer({
    '/img/quay.png': { body: PNG, type: 'image/png' },
    // A wrong content type: the bytes decide.
    '/img/ferry.jpg': { body: JPEG, type: 'application/octet-stream' },
    '/img/private.png': { body: PNG, type: 'image/png', cors: false },
    // /img/missing.jpg: 404
  });
  ext = await launchWithExtension({ args: ['--ignore-certificate-errors'] });
});

test.afterAll(async () => {
  await ext?.close();
  await images?.close();
});

const figure = (src: string, alt: string, caption: string) => `<figure><img src="${src}" alt="${alt}"><figcaption>${caption}</figcaption></figure>`;

test('Export downloads the photos into images/, links them relatively, keeps and reports the ones it could not get', async () => {
  const quay = images.url('/img/quay.png');
  const ferry = images.url('/img/ferry.jpg');
  const missing = images.url('/img/missing.jpg');
  const privateImg = images.url('/img/private.png');
  const harbour = clipWith({
    id: 'clip-images-01',
    title: 'Harbour reopens',
    html:
      '<p>The harbour reopened on Monday after six weeks of repairs.</p>' +
      figure(quay, 'The quay', 'The repaired quay.') +
      figure(ferry, 'A ferry', 'The first ferry.') +
      figure(missing, 'Gone', 'A photo the site has removed.'),
    figures: [
      { src: quay, alt: 'The quay', caption: 'The repaired quay.', credit: 'Ana Ruiz' },
      { src: ferry, alt: 'A ferry', caption: 'The first ferry.', credit: null },
      { src: missing, alt: 'Gone', caption: 'A photo the site has removed.', credit: null },
    ],
  });
  const ferries = clipWith({
    id: 'clip-images-02',
    title: 'Ferries back on time',
    published: '2024-05-07',
    html: '<p>Ferries ran on time all week.</p>' + figure(quay, 'The quay', 'The quay again.') + figure(privateImg, 'Crew', 'The crew.'),
    figures: [
      { src: quay, alt: 'The quay', caption: 'The quay again.', credit: null },
      { src: privateImg, alt: 'Crew', caption: 'The crew.', credit: null },
    ],
  });
  await seed(ext, [harbour, ferries]);
  // What the options page stores once access is given (utils/settings.ts; its module needs WXT's storage).
  const settings = { filenamePattern: DEFAULT_FILENAME_PATTERN, frontMatterFields: [...FRONT_MATTER_FIELDS], defaultTags: [], imageMode: 'download' };
  await extensionStorageArea(ext, 'local').set({ settings });

  // The options page offers the choice (the build declares the optional host access) and shows it picked.
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('/options.html'));
  const download = options.getByRole('radio', { name: /Download them into the zip/ });
  await expect(download).toBeEnabled();
  await expect(download).toBeChecked();
  await expect(options.getByRole('button', { name: 'Allow access to image sites' })).toBeVisible();
  await options.close();

  const lib = await LibraryPage.open(ext, { waitForText: false });
  images.requests.length = 0;
  const downloaded = lib.page.waitForEvent('download');
  await lib.page.getByRole('button', { name: 'Export all (.zip)' }).click();
  const zip = await downloaded;
  await expect(lib.toast).toContainText('Exported 2 clips');
  const toast = (await lib.toast.textContent()) ?? '';
  expect(toast).toContain('2 images could not be downloaded and stay links to the web');
  expect(toast).toContain('/…/missing.jpg (HTTP 404)');
  expect(toast).toContain('/…/private.png (the site refused or could not be reached)');
  expect(toast).toContain('Allowing access to image sites in Options');
  expect(toast).toContain('The zip lists them all in images/not-downloaded.txt.');
  expect(lib.cspMessages).toEqual([]);
  // Each image fetched once, though the quay is in both clips.
  expect(images.requests.filter((p) => p === '/img/quay.png')).toHaveLength(1);

  const files = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
  expect(Object.keys(files).sort()).toEqual([
    '2024-05-06-harbour-reopens.md',
    '2024-05-07-ferries-back-on-time.md',
    'clips.json',
    'images/2024-05-06-harbour-reopens-1.png',
    'images/2024-05-06-harbour-reopens-2.jpg',
    'images/not-downloaded.txt',
  ]);
  expect(Buffer.from(files['images/2024-05-06-harbour-reopens-1.png']!)).toEqual(PNG);
  expect(files['images/2024-05-06-harbour-reopens-2.jpg']).toEqual(JPEG);

  const first = strFromU8(files['2024-05-06-harbour-reopens.md']!);
  expect(first).toContain('![The quay](images/2024-05-06-harbour-reopens-1.png)\n*The repaired quay.* — Ana Ruiz');
  expect(first).toContain('![A ferry](images/2024-05-06-harbour-reopens-2.jpg)');
  expect(first).toContain(`![Gone](${missing})`);
  const second = strFromU8(files['2024-05-07-ferries-back-on-time.md']!);
  expect(second).toContain('![The quay](images/2024-05-06-harbour-reopens-1.png)');
  expect(second).toContain(`![Crew](${privateImg})`);

  const report = strFromU8(files['images/not-downloaded.txt']!);
  expect(report).toContain(`${missing}\n  why: HTTP 404\n  used in: 2024-05-06-harbour-reopens.md`);
  expect(report).toContain(`${privateImg}\n  why: the site refused or could not be reached\n  used in: 2024-05-07-ferries-back-on-time.md`);
  // The backup keeps the original addresses.
  expect(strFromU8(files['clips.json']!)).toContain(quay);
  await lib.page.close();
});

import { describe, expect, it } from 'vitest';
import { createImageFetcher, describeImageFailures, imageFailureReport, sniffImageType, type ImageFailure } from '../../../utils/export/images';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

describe('sniffImageType', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xdb], 'jpg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    [ascii('GIF89a'), 'gif'],
    [[...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')], 'webp'],
    [[0, 0, 0, 28, ...ascii('ftypavif')], 'avif'],
    [ascii('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    [ascii('<!doctype html>'), null],
    [[], null],
  ])('%j → %s', (bytes, want) => {
    expect(sniffImageType(new Uint8Array(bytes))).toBe(want);
  });
});

describe('createImageFetcher', () => {
  it('fetches without cookies or referrer and refuses errors and oversized bodies', async () => {
    const seen: RequestInit[] = [];
    const fake = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      const url = String(input);
      if (url.endsWith('404')) return new Response('no', { status: 404 });
      if (url.endsWith('big')) return new Response(new Uint8Array(100), { headers: { 'content-length': '100' } });
      return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
    }) as typeof fetch;
    const fetchImage = createImageFetcher({ fetch: fake, maxBytes: 10 });
    await expect(fetchImage('https://x.example/a')).resolves.toEqual({ bytes: new Uint8Array([1, 2, 3]), contentType: 'image/png' });
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    await expect(fetchImage('https://x.example/404')).rejects.toThrow('HTTP 404');
    await expect(fetchImage('https://x.example/big')).rejects.toThrow('too large');
  });
});

describe('createImageFetcher limits', () => {
  /** A body that arrives in `chunks` pieces of `size` bytes, counting how many were read. */
  const streamed = (chunks: number, size: number) => {
    const state = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled === chunks) return controller.close();
        state.pulled++;
        controller.enqueue(new Uint8Array(size).fill(7));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { state, response: new Response(body) };
  };

  it('stops reading a body with no length as soon as it passes the cap', async () => {
    const { state, response } = streamed(1000, 10);
    const fetchImage = createImageFetcher({ fetch: (async () => response) as typeof fetch, maxBytes: 25 });
    await expect(fetchImage('https://x.example/endless')).rejects.toThrow('too large (over 25 bytes)');
    expect(state.pulled).toBeLessThan(10);
    expect(state.cancelled).toBe(true);
  });

  it('reads a streamed body under the cap whole', async () => {
    const { response } = streamed(3, 4);
    const fetchImage = createImageFetcher({ fetch: (async () => response) as typeof fetch, maxBytes: 12 });
    expect((await fetchImage('https://x.example/ok')).bytes).toEqual(new Uint8Array(12).fill(7));
  });

  it('names timeouts and refused requests; a cancel by the user stays a cancel', async () => {
    const hang = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    await expect(createImageFetcher({ fetch: hang, timeoutMs: 20 })('https://slow.example/a.jpg')).rejects.toThrow('timed out');

    const refused = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(createImageFetcher({ fetch: refused })('https://nocors.example/a.jpg')).rejects.toThrow('the site refused or could not be reached');

    const user = new AbortController();
    const pending = createImageFetcher({ fetch: hang, timeoutMs: 10_000 })('https://slow.example/b.jpg', user.signal);
    user.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('reporting images that stay links', () => {
  const failures: ImageFailure[] = [
    { url: 'https://cdn.example/photos/2024/harbour.jpg?w=800', clipIds: ['a'], reason: 'HTTP 404' },
    { url: 'https://img.example/x.png', clipIds: ['a', 'b'], reason: 'timed out' },
    { url: 'data:image/png;base64,AAAA', clipIds: ['b'], reason: 'not a JPEG, PNG, GIF, WebP or AVIF image' },
    { url: 'https://slow.example/', clipIds: ['gone'], reason: 'the site refused or could not be reached' },
  ];

  it('says nothing when every image was downloaded', () => {
    expect(describeImageFailures([])).toBe('');
  });

  it('gives the count and which, the first few by host and file name', () => {
    expect(describeImageFailures(failures.slice(0, 1))).toBe(
      '1 image could not be downloaded and stays a link to the web: cdn.example/…/harbour.jpg (HTTP 404). The zip lists them all in images/not-downloaded.txt.',
    );
    expect(describeImageFailures(failures)).toBe(
      '4 images could not be downloaded and stay links to the web: cdn.example/…/harbour.jpg (HTTP 404), img.example/…/x.png (timed out), ' +
        'an inline image (not a JPEG, PNG, GIF, WebP or AVIF image), and 1 more. The zip lists them all in images/not-downloaded.txt.',
    );
  });

  it('lists every failure with its full URL, reason and the files that use it', () => {
    const files: Record<string, string> = { a: '2024-05-01-harbour.md', b: '2024-05-02-ferries.md' };
    const report = imageFailureReport(failures, (id) => files[id]);
    for (const f of failures) expect(report).toContain(`${f.url}\n  why: ${f.reason}\n`);
    expect(report).toContain('https://img.example/x.png\n  why: timed out\n  used in: 2024-05-01-harbour.md, 2024-05-02-ferries.md\n');
    expect(report).not.toContain('undefined');
  });
});

import { describe, expect, it } from 'vitest';
import { createImageFetcher, sniffImageType } from '../../../utils/export/images';

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

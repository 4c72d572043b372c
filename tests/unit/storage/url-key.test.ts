import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../utils/storage/url-key';

describe('urlKey', () => {
  it('ignores what never changes the article', () => {
    const k = urlKey('https://news.example/a/b');
    expect(urlKey('HTTPS://WWW.News.Example/a/b/')).toBe(k);
    expect(urlKey('https://news.example/a/b#comments')).toBe(k);
    expect(urlKey('https://news.example:443/a/b?utm_source=x&utm_medium=y&fbclid=z')).toBe(k);
  });

  it('keeps what can change the article: path case, other parameters (order-insensitive), scheme', () => {
    expect(urlKey('https://news.example/A/b')).not.toBe(urlKey('https://news.example/a/b'));
    expect(urlKey('https://news.example/story?id=1')).not.toBe(urlKey('https://news.example/story?id=2'));
    expect(urlKey('https://news.example/s?b=2&a=1')).toBe(urlKey('https://news.example/s?a=1&b=2'));
    expect(urlKey('http://news.example/a')).not.toBe(urlKey('https://news.example/a'));
  });

  it('passes through what is not a URL', () => {
    expect(urlKey('  not a url ')).toBe('not a url');
  });
});

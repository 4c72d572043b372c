// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderFrame, buildReaderDocument } from '../../../components/ReaderFrame';

afterEach(cleanup);

describe('ReaderFrame', () => {
  it('sanitizes again right before rendering, inside a sandbox without scripts or same-origin', () => {
    const hostile =
      '<p onclick="alert(1)">Text</p><script>alert(2)</script><a href="javascript:alert(3)">x</a>' +
      '<style>body{display:none}</style><form action="https://evil.example"><input name="q"></form><img src="https://news.example/a.jpg">';
    const { container } = render(<ReaderFrame html={hostile} title="T" lang="ar" dir="rtl" />);
    const frame = container.querySelector('iframe')!;
    const sandbox = frame.getAttribute('sandbox')!;
    expect(sandbox).not.toMatch(/allow-scripts|allow-same-origin/);
    const doc = frame.getAttribute('srcdoc')!;
    expect(doc).toContain('<p>Text</p>');
    expect(doc).not.toMatch(/onclick|<script|javascript:|<style|<form|<input/);
    expect(doc).toContain('referrerpolicy="no-referrer"');
    expect(doc).toMatch(/<html lang="ar" dir="rtl">/);
    // The stylesheet is linked, never inlined (the CSP blocks inline styles; e2e checks it applies).
    expect(doc).toMatch(/<link rel="stylesheet" href="[^"]+">/);
    expect(doc).not.toContain("<style");
  });

  it('escapes attribute values it writes itself', () => {
    expect(buildReaderDocument('', { lang: '"><script>', dir: 'sideways', cssHref: '/a.css' })).toBe(
      '<!doctype html><html lang="&quot;>&lt;script>"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
        '<link rel="stylesheet" href="/a.css"></head><body><article></article></body></html>',
    );
  });
});

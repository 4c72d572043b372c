// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipList } from '../../../components/ClipList';
import { toSummary } from '../../../utils/storage/summary';
import { makeClip } from '../support/clips';

afterEach(cleanup);

describe('ClipList', () => {
  it('lists clips with a link to the article', () => {
    const a = toSummary(makeClip({ title: 'First story', canonicalUrl: 'https://news.example/first' }));
    render(<ClipList clips={[a]} />);
    const link = screen.getByRole('link', { name: 'First story' });
    expect(link.getAttribute('href')).toBe('https://news.example/first');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says when there are none', () => {
    render(<ClipList clips={[]} />);
    expect(screen.getByText(/No clips yet/)).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipPreview, parseTags } from '../../../components/ClipPreview';
import type { ClipUserFields } from '../../../utils/clip';
import { makeExtracted } from '../support/clips';

afterEach(cleanup);

const edits: ClipUserFields = { title: 'Harbour reopens', tags: ['local'], note: '' };

describe('ClipPreview', () => {
  it('shows the facts a reader checks before saving', () => {
    const clip = makeExtracted({
      authors: ['Ana Ruiz', 'Li Wei'],
      published: '2024-05-06',
      dateEvidence: { published: { source: 'json-ld', raw: '2024-05-06' }, modified: null },
      wordCount: 1234,
      leadImage: 'https://news.example/lead.jpg',
    });
    const { container } = render(<ClipPreview clip={clip} edits={edits} onEdit={() => {}} />);
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Harbour reopens');
    expect(container.querySelector('[data-field="site"]')?.textContent).toBe('Example News');
    expect(container.querySelector('[data-field="authors"]')?.textContent).toBe('Ana Ruiz, Li Wei');
    expect(container.querySelector('[data-field="published"]')?.textContent).toMatch(/2024/);
    expect(container.querySelector('[data-field="date-evidence"]')?.textContent).toMatch(/JSON-LD/);
    expect(container.querySelector('[data-field="word-count"]')?.textContent).toMatch(/1,234 words/);
    expect(container.querySelector('img.lead-image')?.getAttribute('src')).toBe('https://news.example/lead.jpg');
    const frame = container.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    expect(frame.getAttribute('srcdoc')).toContain('The harbour reopened');
  });

  it('says plainly when there is no author or date, and falls back to the host for the site', () => {
    const clip = makeExtracted({ authors: [], byline: null, published: null, siteName: null, dateEvidence: { published: null, modified: null } });
    const { container } = render(<ClipPreview clip={clip} edits={edits} onEdit={() => {}} />);
    expect(container.querySelector('[data-field="authors"]')?.textContent).toBe('No author found');
    expect(container.querySelector('[data-field="published"]')?.textContent).toBe('No date found');
    expect(container.querySelector('[data-field="site"]')?.textContent).toBe('news.example');
  });

  it('reports edits to title, tags and note', () => {
    const onEdit = vi.fn();
    render(<ClipPreview clip={makeExtracted()} edits={edits} onEdit={onEdit} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'New title' } });
    expect(onEdit).toHaveBeenLastCalledWith({ ...edits, title: 'New title' });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'a, b ,, c' } });
    expect(onEdit).toHaveBeenLastCalledWith({ ...edits, tags: ['a', 'b', 'c'] });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'read later' } });
    expect(onEdit).toHaveBeenLastCalledWith({ ...edits, note: 'read later' });
  });

  it('parses tags from comma-separated text', () => {
    expect(parseTags(' one,  two  words ,,')).toEqual(['one', 'two words']);
  });
});

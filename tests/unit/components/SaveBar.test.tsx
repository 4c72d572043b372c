// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveBar, type SaveBarProps } from '../../../components/SaveBar';
import { toSummary } from '../../../utils/storage/summary';
import { makeClip } from '../support/clips';

afterEach(cleanup);

const props = (over: Partial<SaveBarProps> = {}): SaveBarProps => ({
  phase: 'idle',
  existing: [],
  message: null,
  readOnly: null,
  onSave: vi.fn(),
  onUpdate: vi.fn(),
  onKeepBoth: vi.fn(),
  onOpenLibrary: vi.fn(),
  ...over,
});

describe('SaveBar', () => {
  it('offers Save when nothing like it is saved', () => {
    const p = props();
    render(<SaveBar {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(p.onSave).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
  });

  it('says when the article was already saved and offers Update or Keep both, not Save', () => {
    const saved = toSummary(makeClip({}, 'alreadysaved01', new Date('2024-03-02T12:00:00Z')));
    const p = props({ existing: [saved] });
    render(<SaveBar {...p} />);
    expect(screen.getByText(/^Already saved on .*2024/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(p.onUpdate).toHaveBeenCalledWith('alreadysaved01');
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(p.onKeepBoth).toHaveBeenCalledOnce();
  });

  it('shows failures, disables saving while busy or read-only, and confirms success', () => {
    const { rerender } = render(<SaveBar {...props({ phase: 'failed', message: 'Your browser storage is full.' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Your browser storage is full.');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
    rerender(<SaveBar {...props({ phase: 'saving' })} />);
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<SaveBar {...props({ readOnly: 'Saving is paused.' })} />);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    const p = props({ phase: 'saved', message: 'Saved to your library.' });
    rerender(<SaveBar {...p} />);
    expect(screen.getByRole('status').textContent).toBe('Saved to your library.');
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    expect(p.onOpenLibrary).toHaveBeenCalledOnce();
  });
});

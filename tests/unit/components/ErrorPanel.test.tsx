// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { ERROR_SENTENCES } from '../../../utils/clip-errors';

afterEach(cleanup);

describe('ErrorPanel', () => {
  it('shows the sentence and offers Clip selection for a page that is not an article', () => {
    const onClipSelection = vi.fn();
    render(
      <ErrorPanel code="not-article" message={ERROR_SENTENCES['not-article']} offerSelection offerRetry={false} onClipSelection={onClipSelection} onRetry={() => {}} />,
    );
    expect(screen.getByRole('alert').textContent).toBe(ERROR_SENTENCES['not-article']);
    expect(screen.getByText('Nothing was saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clip selection' }));
    expect(onClipSelection).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers nothing it cannot do', () => {
    render(<ErrorPanel code="browser-page" message="x" offerSelection={false} offerRetry={false} onClipSelection={() => {}} onRetry={() => {}} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SettingsFormProps } from '../../../components/SettingsForm';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { makeClip } from '../markdown/helpers';

afterEach(cleanup);

function makeProps(overrides: Partial<SettingsFormProps> = {}): SettingsFormProps {
  return {
    settings: DEFAULT_SETTINGS,
    example: makeClip({ title: 'Harbour reopens', published: '2024-05-01' }),
    imageAccess: 'missing',
    status: null,
    onChange: vi.fn(),
    onImageModeChange: vi.fn(),
    ...overrides,
  };
}

function setup(overrides: Partial<SettingsFormProps> = {}) {
  const props = makeProps(overrides);
  render(<SettingsForm {...props} />);
  return props;
}

describe('SettingsForm', () => {
  it('shows a live example of the file name pattern and saves a valid one', () => {
    const props = setup();
    expect(screen.getByTestId('pattern-example').textContent).toBe('2024-05-01-harbour-reopens.md');
    const input = screen.getByRole('textbox', { name: 'Pattern' });
    fireEvent.input(input, { target: { value: '{site} {title}' } });
    expect(screen.getByTestId('pattern-example').textContent).toBe('example-news Harbour reopens.md');
    fireEvent.blur(input);
    expect(props.onChange).toHaveBeenCalledWith({ filenamePattern: '{site} {title}' });
  });

  it('explains an invalid pattern and does not save it', () => {
    const props = setup();
    const input = screen.getByRole('textbox', { name: 'Pattern' });
    fireEvent.input(input, { target: { value: '{date}-{bogus}' } });
    expect(screen.getByRole('alert').textContent).toContain('Unknown field {bogus}.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('pattern-example').textContent).toBe('2024-05-01-harbour-reopens.md');
    fireEvent.blur(input);
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('toggles front-matter fields, keeping the canonical order', () => {
    const props = setup({ settings: { ...DEFAULT_SETTINGS, frontMatterFields: ['title', 'url'] } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Authors/ }));
    expect(props.onChange).toHaveBeenCalledWith({ frontMatterFields: ['title', 'url', 'authors'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /Title/ }));
    expect(props.onChange).toHaveBeenLastCalledWith({ frontMatterFields: ['url'] });
  });

  it('saves default tags as a clean list', () => {
    const props = setup();
    const input = screen.getByRole('textbox', { name: /Default tags/ });
    fireEvent.input(input, { target: { value: 'news, News , harbour' } });
    fireEvent.blur(input);
    expect(props.onChange).toHaveBeenCalledWith({ defaultTags: ['news', 'harbour'] });
  });

  it('reports the image mode choice and explains missing access', () => {
    const props = setup({ settings: { ...DEFAULT_SETTINGS, imageMode: 'download' } });
    expect(screen.getByRole('alert').textContent).toMatch(/only images from sites that allow it/);
    // Picking the radio that is already ticked fires nothing: the button asks again.
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to image sites' }));
    expect(props.onImageModeChange).toHaveBeenLastCalledWith('download');
    fireEvent.click(screen.getByRole('radio', { name: /Link to the images/ }));
    expect(props.onImageModeChange).toHaveBeenLastCalledWith('remote');
    cleanup();
    setup({ settings: { ...DEFAULT_SETTINGS, imageMode: 'download' }, imageAccess: 'granted' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Allow access to image sites' })).toBeNull();
    cleanup();
    const other = setup({ imageAccess: 'unavailable' });
    const download = screen.getByRole('radio', { name: /Download them/ });
    expect((download as HTMLInputElement).disabled).toBe(true);
    expect(other.onImageModeChange).not.toHaveBeenCalled();
  });

  it('unticks "download" again when the page re-renders with links kept (access declined)', () => {
    const props = makeProps();
    const { rerender } = render(<SettingsForm {...props} />);
    const download = screen.getByRole('radio', { name: /Download them/ }) as HTMLInputElement;
    fireEvent.click(download);
    expect(props.onImageModeChange).toHaveBeenCalledWith('download');
    expect(download.checked).toBe(true); // ticked by the browser while the prompt is open
    rerender(<SettingsForm {...props} settings={{ ...DEFAULT_SETTINGS }} status={{ kind: 'error', text: 'declined' }} />);
    expect(download.checked).toBe(false);
    expect((screen.getByRole('radio', { name: /Link to the images/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('announces the save status', () => {
    setup({ status: { kind: 'error', text: 'Not saved: quota' } });
    expect(screen.getByRole('status').textContent).toBe('Not saved: quota');
  });
});

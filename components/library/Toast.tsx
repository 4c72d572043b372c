/** A short notice at the bottom of the page, with one action (e.g. Undo) and a dismiss button. */
import { useEffect, useRef } from 'preact/hooks';

export interface ToastProps {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; onClick(): void } | null;
  /** Moves focus to the action when the toast appears (after a keyboard action that removed the focused row). */
  focusAction?: boolean;
  onDismiss(): void;
}

export function Toast({ message, tone = 'info', action, focusAction, onDismiss }: ToastProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAction) button.current?.focus();
  }, [focusAction, message]);
  return (
    <div class={`toast toast-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span class="toast-message">{message}</span>
      {action ? (
        <button ref={button} type="button" class="toast-action" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
      <button type="button" class="toast-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

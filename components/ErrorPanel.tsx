/** One clear sentence about why this page can't be clipped, and what can be done instead. */
export interface ErrorPanelProps {
  code: string;
  message: string;
  /** Offer "Clip selection" (pages that are not one article, or too large). */
  offerSelection: boolean;
  offerRetry: boolean;
  onClipSelection(): void;
  onRetry(): void;
}

export function ErrorPanel({ code, message, offerSelection, offerRetry, onClipSelection, onRetry }: ErrorPanelProps) {
  return (
    <section class="error-panel" data-error-code={code}>
      <p class="error-message" role="alert">
        {message}
      </p>
      <p class="nothing-saved">Nothing was saved.</p>
      <div class="buttons">
        {offerSelection ? (
          <button type="button" class="primary" onClick={onClipSelection}>
            Clip selection
          </button>
        ) : null}
        {offerRetry ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </section>
  );
}

/**
 * Many clips at once: a box that selects every clip shown (the filters and search decide which),
 * the count, and what can be done with the selection.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface SelectionBarProps {
  selected: number;
  shown: number;
  coverage: 'all' | 'some' | 'none';
  busy: boolean;
  /** The store is read-only: the selection can be exported, not deleted. */
  readOnly?: boolean;
  onSelectShown(): void;
  onUnselectShown(): void;
  onClear(): void;
  onExport(): void;
  onDelete(): void;
}

export function SelectionBar(props: SelectionBarProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = props.coverage === 'some';
  }, [props.coverage]);
  const none = props.selected === 0;
  return (
    <section class="selection-bar" aria-label="Selection" data-selected={props.selected}>
      <label class="select-all">
        <input
          ref={box}
          type="checkbox"
          checked={props.coverage === 'all'}
          disabled={props.shown === 0}
          onClick={() => (props.coverage === 'all' ? props.onUnselectShown() : props.onSelectShown())}
        />
        <span>{`Select all ${props.shown.toLocaleString('en')} shown`}</span>
      </label>
      <span class="selection-count" role="status">
        {none ? 'None selected' : `${props.selected.toLocaleString('en')} selected`}
      </span>
      <div class="selection-actions">
        <button type="button" disabled={none || props.busy} onClick={props.onExport}>
          Export selected
        </button>
        <button type="button" class="danger" disabled={none || props.busy || props.readOnly} onClick={props.onDelete}>
          Delete selected
        </button>
        <button type="button" class="link-button" disabled={none} onClick={props.onClear}>
          Clear selection
        </button>
      </div>
    </section>
  );
}

/** Editing a saved clip's title, tags and note. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeTags, type ClipUserFields } from '../../utils/clip';

export interface EditFormProps {
  initial: ClipUserFields;
  busy: boolean;
  error: string | null;
  onSave(fields: ClipUserFields): void;
  onCancel(): void;
}

export function splitTags(text: string): string[] {
  return normalizeTags(text.split(/[,\n]/));
}

export function EditForm({ initial, busy, error, onSave, onCancel }: EditFormProps) {
  const [title, setTitle] = useState(initial.title);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [note, setNote] = useState(initial.note);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="edit-form"
      aria-label="Edit clip"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ title: title.trim(), tags: splitTags(tags), note });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label class="field">
        <span class="field-label">Title</span>
        <input ref={first} name="title" value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field-label">Tags</span>
        <input name="tags" placeholder="comma, separated" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field-label">Note</span>
        <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy || !title.trim()}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * Which clips are selected (pure). Click toggles one; Shift+click sets the whole range from the
 * last clicked clip (the anchor) to this one, in the order the list shows, to the state the
 * clicked clip takes; "select all" takes every clip the filters and search leave visible.
 */

export interface Selection {
  readonly ids: ReadonlySet<string>;
  readonly anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleOne(sel: Selection, id: string, order: readonly string[], shift = false): Selection {
  const next = new Set(sel.ids);
  const on = !sel.ids.has(id);
  const anchorAt = sel.anchor === null ? -1 : order.indexOf(sel.anchor);
  const at = order.indexOf(id);
  if (shift && anchorAt >= 0 && at >= 0) {
    const [from, to] = anchorAt <= at ? [anchorAt, at] : [at, anchorAt];
    for (let i = from; i <= to; i++) {
      if (on) next.add(order[i]!);
      else next.delete(order[i]!);
    }
  } else if (on) {
    next.add(id);
  } else {
    next.delete(id);
  }
  return { ids: next, anchor: id };
}

export function selectAll(sel: Selection, visible: readonly string[]): Selection {
  const next = new Set(sel.ids);
  for (const id of visible) next.add(id);
  return { ids: next, anchor: sel.anchor };
}

/** Unselects the visible clips (the "select all" box unticked), keeping any others. */
export function unselectAll(sel: Selection, visible: readonly string[]): Selection {
  const next = new Set(sel.ids);
  for (const id of visible) next.delete(id);
  return { ids: next, anchor: sel.anchor };
}

/** 'all' when every visible clip is selected, 'some', or 'none' (for the select-all box). */
export function coverage(sel: Selection, visible: readonly string[]): 'all' | 'some' | 'none' {
  if (visible.length === 0 || sel.ids.size === 0) return 'none';
  let n = 0;
  for (const id of visible) if (sel.ids.has(id)) n++;
  return n === 0 ? 'none' : n === visible.length ? 'all' : 'some';
}

/** Drops ids of clips that no longer exist (deleted here or elsewhere). */
export function prune(sel: Selection, exists: (id: string) => boolean): Selection {
  let changed = false;
  const next = new Set<string>();
  for (const id of sel.ids) {
    if (exists(id)) next.add(id);
    else changed = true;
  }
  const anchor = sel.anchor !== null && exists(sel.anchor) ? sel.anchor : null;
  return changed || anchor !== sel.anchor ? { ids: next, anchor } : sel;
}

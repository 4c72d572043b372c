/**
 * Rewrites every table into the one shape the GFM table rules convert: a header row of `th`
 * in `thead`, then `td` rows in `tbody`, all rows padded to the same width. Without this,
 * turndown-plugin-gfm keeps tables with no header row as raw HTML, and `caption`/`colgroup`
 * or colspans break the header detection or shift the columns. Pure DOM work on a detached tree.
 */

const MAX_COLUMNS = 64;
const MAX_SPAN = 16;

function span(cell: HTMLTableCellElement): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

function rebuild(doc: Document, rows: HTMLTableRowElement[]): HTMLTableElement {
  const width = Math.min(
    MAX_COLUMNS,
    Math.max(...rows.map((r) => Array.from(r.cells).reduce((n, c) => n + span(c), 0))),
  );
  const table = doc.createElement('table');
  const thead = doc.createElement('thead');
  const tbody = doc.createElement('tbody');
  rows.forEach((row, i) => {
    const tag = i === 0 ? 'th' : 'td';
    const tr = doc.createElement('tr');
    let filled = 0;
    for (const cell of Array.from(row.cells)) {
      if (filled >= width) break;
      const out = doc.createElement(tag);
      out.append(...Array.from(cell.childNodes));
      const align = cell.getAttribute('align');
      if (i === 0 && align) out.setAttribute('align', align);
      tr.append(out);
      filled += 1;
      for (let k = 1; k < span(cell) && filled < width; k++, filled++) tr.append(doc.createElement(tag));
    }
    for (; filled < width; filled++) tr.append(doc.createElement(tag));
    (i === 0 ? thead : tbody).append(tr);
  });
  table.append(thead, tbody);
  return table;
}

/** A table inside another table cell: its cells as plain inline content. */
function flatten(doc: Document, table: HTMLTableElement): HTMLElement {
  const holder = doc.createElement('span');
  for (const row of Array.from(table.rows)) {
    for (const cell of Array.from(row.cells)) {
      holder.append(...Array.from(cell.childNodes), doc.createTextNode(' '));
    }
  }
  return holder;
}

export function normalizeTables(container: Element): void {
  const doc = container.ownerDocument;
  // Innermost first, so a nested table is flattened before its parent is rebuilt.
  const tables = Array.from(container.querySelectorAll('table')).reverse();
  for (const table of tables) {
    if (table.parentElement?.closest('table')) {
      table.replaceWith(flatten(doc, table));
      continue;
    }
    const rows = Array.from(table.rows);
    const cells = rows.flatMap((r) => Array.from(r.cells));
    const out: Element[] = [];
    const caption = table.caption?.textContent?.trim();
    if (caption) {
      const p = doc.createElement('p');
      p.textContent = caption;
      out.push(p);
    }
    if (cells.length > 1) {
      out.push(rebuild(doc, rows));
    } else if (cells[0]) {
      // A one-cell table is a layout box, not data.
      const div = doc.createElement('div');
      div.append(...Array.from(cells[0].childNodes));
      out.push(div);
    }
    table.replaceWith(...out);
  }
}

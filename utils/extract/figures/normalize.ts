/**
 * The one markup shape of a figure in the clip's HTML, so the reader and the Markdown export
 * show every caption with its credit:
 *
 *     <figure><img src alt><figcaption><span class="caption">…</span> <small class="credit">…</small></figcaption></figure>
 *
 * `src` is the absolute URL of the best candidate, the same string as in `figures[].src`.
 */
import type { Figure } from '../../clip';

export function buildFigure(doc: Document, images: readonly Figure[], dims?: readonly (Element | null)[]): Element {
  const figure = doc.createElement('figure');
  images.forEach((f, i) => {
    const img = doc.createElement('img');
    img.setAttribute('src', f.src);
    img.setAttribute('alt', f.alt);
    const from = dims?.[i];
    for (const a of ['width', 'height']) {
      const v = from?.getAttribute(a);
      if (v && /^\d{1,5}$/.test(v)) img.setAttribute(a, v);
    }
    figure.appendChild(img);
  });
  const first = images[0];
  if (first && (first.caption || first.credit)) {
    const cap = doc.createElement('figcaption');
    if (first.caption) {
      const span = doc.createElement('span');
      span.className = 'caption';
      span.textContent = first.caption;
      cap.appendChild(span);
    }
    if (first.caption && first.credit) cap.appendChild(doc.createTextNode(' '));
    if (first.credit) {
      const small = doc.createElement('small');
      small.className = 'credit';
      small.textContent = first.credit;
      cap.appendChild(small);
    }
    figure.appendChild(cap);
  }
  return figure;
}

/**
 * Form clobbering, defused on the working clone (reliability.md S14). A form control named
 * like a DOM member (`<input name="getElementsByTagName">`, `name="ownerDocument"`,
 * `name="replaceWith"`) hides that member of its form in real browsers, in every JS world and
 * in clones too (HTMLFormElement is [LegacyOverrideBuiltIns]); jsdom does not model this, so
 * only Chromium shows the crash. Controls can belong to a form from outside it (`form="id"`),
 * and images inside a form are among its named properties as well.
 *
 * This pass removes, on the clone only, every `name`/`id` of those elements whose value is a
 * member of the form interface, so that nothing after it (the form→div rename in prepare.ts,
 * Readability, DOMPurify) ever meets a clobbered form. Harmless names are kept. Must run before
 * any other pass touches a form.
 */

/** Elements that can be a form's named properties (listed elements, plus img). */
const NAMED_IN_FORMS = new Set(['input', 'button', 'select', 'textarea', 'fieldset', 'output', 'object', 'img']);

/** Whether `el` can be one of a form's named properties (the elements this pass looks at). */
export function mayClobberForms(el: Element): boolean {
  return NAMED_IN_FORMS.has(el.localName);
}

const ATTRS = ['name', 'id'] as const;

/**
 * The pass on elements another walk collected: `form`, any form of the page (null when it has
 * none: then nothing is changed), and `candidates`, the elements for which `mayClobberForms`
 * holds (others are skipped). Returns how many attributes were removed.
 */
export function defuseCollected(form: Element | null, candidates: Iterable<Element>): number {
  if (!form) return 0;
  // The prototype chain of a form, read without touching the form's own (clobberable) members.
  const formProto = Object.getPrototypeOf(form) as object;
  let removed = 0;
  for (const el of candidates) {
    if (!NAMED_IN_FORMS.has(el.localName)) continue;
    for (const attr of ATTRS) {
      const value = el.getAttribute(attr);
      if (value !== null && value in formProto) {
        el.removeAttribute(attr);
        removed++;
      }
    }
  }
  return removed;
}

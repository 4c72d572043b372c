/**
 * Where extractClip's time goes: the same stages in the same order as utils/extract/extract-clip.ts,
 * each timed on its own. Diagnostics for the benchmark only; when extract-clip.ts gains or
 * reorders a stage, mirror it here.
 */
import { sanitizeElementInPlace } from '../../utils/sanitize';
import { readBody } from '../../utils/extract/body';
import { cleanupArticle, findDek } from '../../utils/extract/cleanup';
import { findDates } from '../../utils/extract/dates/index';
import { addToPageIndex, emptyPageIndex } from '../../utils/extract/dates/page-index';
import { extractFigures, findLeadFigure } from '../../utils/extract/figures';
import { readJsonLd } from '../../utils/extract/json-ld';
import { finalizeMetadata, judgeReaderable, readMetadata } from '../../utils/extract/metadata/index';
import { preparePage } from '../../utils/extract/prepare';
import { flattenShadowRoots, scanLive } from '../../utils/extract/shadow';
import { countWords, elementToText } from '../../utils/extract/text';

export const STAGES = [
  'scan', 'clone', 'shadow', 'prepare', 'json-ld', 'metadata', 'dates', 'lead-dek', 'readability', 'finalize', 'cleanup', 'figures', 'sanitize', 'text',
  'readerable',
] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Partial<Record<Stage, number>>;

export function profileStages(doc: Document, url: string): StageTimes {
  const times: StageTimes = {};
  const time = <T>(stage: Stage, f: () => T): T => {
    const t = performance.now();
    const out = f();
    times[stage] = (times[stage] ?? 0) + performance.now() - t;
    return out;
  };
  try {
    const win = doc.defaultView!;
    const live = time('scan', () => scanLive(doc));
    const work = time('clone', () => doc.cloneNode(true) as Document);
    time('shadow', () => flattenShadowRoots(doc, work, undefined, live));
    const prepared = time('prepare', () => preparePage(work));
    const jsonLd = time('json-ld', () => readJsonLd(work, prepared.ldScripts));
    const dateIndex = emptyPageIndex();
    const pageMeta = time('metadata', () => readMetadata(work, { url, jsonLd, visit: (el, names) => addToPageIndex(dateIndex, el, names) }));
    time('dates', () => findDates(work, { url, jsonLd, lang: pageMeta.lang, now: null, index: dateIndex }));
    const { lead, dek } = time('lead-dek', () => ({ lead: findLeadFigure(work, url), dek: findDek(work) }));
    const body = time('readability', () => readBody(work));
    const meta = time('finalize', () => finalizeMetadata(pageMeta, body));
    let text = '';
    if (body.content) {
      const content = body.content;
      time('cleanup', () => cleanupArticle(content, { title: meta.title, authors: meta.authors, dek }));
      time('figures', () => extractFigures(content, url, { lead }));
      time('sanitize', () => sanitizeElementInPlace(content, win));
      text = time('text', () => elementToText(content));
    }
    time('readerable', () => judgeReaderable(meta, body, countWords(text)));
  } catch {
    // A stage that throws ends the profile of this page; the times so far still count.
  }
  return times;
}

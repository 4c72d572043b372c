/** Bundled by scripts/bench/extract-cold.ts into the page: the extraction core and its stage profile. */
import { extractClip } from '../../../utils/extract/extract-clip';
import { profileStages } from '../extract-stages';

const scope = window as unknown as Record<string, unknown>;
scope.__ncStages = () => profileStages(document, location.href);
scope.__ncExtract = () => {
  const started = performance.now();
  extractClip(document, location.href, { now: new Date() });
  return performance.now() - started;
};

import { defineContentScript } from '#imports';
import { takeExtractorRequest } from '../../utils/extractor-protocol';
import { runExtraction } from '../../utils/extractor-run';

/**
 * Injected on the user's gesture only (`registration: 'runtime'`, no `matches`, so the manifest
 * asks for no host permissions). Its value is the one ExtractorResult the background reads.
 */
export default defineContentScript({
  registration: 'runtime',
  globalName: true,
  // WXT would otherwise announce every injection to the page with window.postMessage, naming
  // the extension's id: any page could tell that (and when) it was clipped, and its message
  // listeners would run during the clip.
  noScriptStartedPostMessage: true,
  main() {
    const request = takeExtractorRequest(globalThis as unknown as Record<string, unknown>);
    return runExtraction(document, location.href, request);
  },
});

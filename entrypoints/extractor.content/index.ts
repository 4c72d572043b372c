import { defineContentScript } from '#imports';
import { extractClip } from '../../utils/extract/extract-clip';

export default defineContentScript({
  registration: 'runtime',
  globalName: true,
  main() {
    return extractClip(document, location.href);
  },
});

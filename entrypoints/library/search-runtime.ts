/** Everything search needs, loaded after the first screen (one dynamic import, one chunk). */
export { LibrarySearch } from '../../utils/library/search';
export { BodyIndex } from '../../utils/library/body-index';
export { loadBodySnapshot, openLibraryDb, saveBodySnapshot } from '../../utils/library/body-store';
export { staleIds, syncBodyIndex } from '../../utils/library/body-sync';

/** Identifies the extractor in every clip, so a clip can be re-extracted or a regression traced. */
export const EXTRACTOR = { name: 'news-clipper', version: '0.1.0' } as const;

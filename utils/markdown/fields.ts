/** The front-matter keys, in the order they are written. Kept apart from the YAML code so
 * light pages (options, popup settings) can list them without loading the serializer. */
export const FRONT_MATTER_FIELDS = [
  'title',
  'url',
  'canonical_url',
  'site',
  'authors',
  'published',
  'modified',
  'date_source',
  'lang',
  'dir',
  'tags',
  'clipped',
  'word_count',
  'excerpt',
  'note',
] as const;

export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

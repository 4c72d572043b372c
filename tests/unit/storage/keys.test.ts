import { describe, expect, it } from 'vitest';
import { BUCKET_COUNT, CLIP_ID_PATTERN, allBucketKeys, bucketOf, newClipId } from '../../../utils/storage/keys';

describe('storage keys', () => {
  it('spreads ids over all buckets, stably', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(bucketOf(`id-${i}`));
    expect(seen.size).toBe(BUCKET_COUNT);
    expect(bucketOf('abc')).toBe(bucketOf('abc'));
    expect(allBucketKeys('sum:')).toHaveLength(BUCKET_COUNT);
    expect(allBucketKeys('sum:')).toContain(`sum:${bucketOf('abc')}`);
  });

  it('makes unique ids the validator accepts', () => {
    const ids = new Set(Array.from({ length: 1000 }, newClipId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(CLIP_ID_PATTERN);
  });
});

/**
 * Golden Markdown files: each `tests/fixtures/markdown/<name>.json` (a stored Clip) must convert
 * to exactly `<name>.md`. A missing golden fails; `UPDATE_GOLDEN=1 npx vitest run
 * tests/unit/markdown/golden.test.ts` writes them (review the diff before committing).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIP_SCHEMA_VERSION } from '../../../utils/clip';
import { validateClip } from '../../../utils/clip-validate';
import { clipFileName } from '../../../utils/export/pattern';
import { clipToMarkdown, readFrontMatter } from '../../../utils/markdown/index';
import { auditMarkdown, bodyOf, win } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/markdown');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('golden Markdown', () => {
  it('has fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(inputs)('%s', (file) => {
    const value: unknown = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
    const checked = validateClip(value, CLIP_SCHEMA_VERSION);
    if (!checked.ok) throw new Error(`${file} is not a valid clip: ${checked.errors.join('; ')}`);
    const clip = checked.value;
    const markdown = clipToMarkdown(clip, { window: win });
    const goldenPath = path.join(DIR, file.replace(/\.json$/, '.md'));
    if (UPDATE) writeFileSync(goldenPath, markdown);
    if (!existsSync(goldenPath)) throw new Error(`Missing golden ${path.basename(goldenPath)}; run with UPDATE_GOLDEN=1 and review it.`);
    expect(markdown).toBe(readFileSync(goldenPath, 'utf8'));

    // Whatever the golden says, these hold for every file.
    expect(auditMarkdown(bodyOf(markdown)).htmlTokens).toEqual([]);
    expect(markdown).not.toContain('<%');
    expect(readFrontMatter(markdown)?.title).toBe(clip.title.replace(/\s+/g, ' ').trim());
    expect(clipFileName(clip)).toMatch(/^\d{4}-\d{2}-\d{2}-[\p{L}\p{M}\p{N}-]+\.md$/u);
  });
});

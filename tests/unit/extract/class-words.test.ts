import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classWordTest } from '../../../utils/extract/class-words';

const WORDS = ['sidebar', 'side-bar', 'rail', 'right-rail', 'more', 'most-read', 'mehr-zum-thema', 'ad', 'читайте-также'];

/** The regex the test replaces: whole parts, a hyphen in a word matching "-", "_" or nothing. */
const REFERENCE = new RegExp(`(?:^|[\\s_-])(?:${WORDS.map((w) => w.replace(/-/g, '[-_]?')).join('|')})(?:$|[\\s_-])`, 'i');

describe('classWordTest', () => {
  const test = classWordTest(WORDS);

  it('finds words as whole parts, hyphens written as "-", "_" or nothing', () => {
    expect(test('col right-rail')).toBe(true);
    expect(test('right_rail')).toBe(true);
    expect(test('rightrail')).toBe(true);
    expect(test('widget most_read box')).toBe(true);
    expect(test('mehr_zum-thema')).toBe(true);
    expect(test('mehrzum_thema')).toBe(true);
    expect(test('Ad-slot')).toBe(true);
    expect(test('ЧИТАЙТЕ_ТАКЖЕ')).toBe(true);
  });

  it('does not find parts of other words, or words split where they have no hyphen', () => {
    expect(test('header')).toBe(false);
    expect(test('load-more-button')).toBe(true);
    expect(test('side_bar-x')).toBe(true);
    expect(test('si-debar')).toBe(false);
    expect(test('right rail-x')).toBe(true);
    expect(test('rightrailx')).toBe(false);
    expect(test('most  read')).toBe(false);
    expect(test('most--read')).toBe(false);
    expect(test('')).toBe(false);
  });

  it('answers exactly as the regex it replaces, on generated class strings', () => {
    const part = fc.constantFrom('side', 'bar', 'sidebar', 'right', 'rail', 'more', 'most', 'read', 'mehr', 'zum', 'thema', 'ad', 'AD', 'x', 'head', 'читайте', 'также', '');
    const sep = fc.constantFrom(' ', '-', '_', '', '\t', '--', ' _');
    const hints = fc.array(fc.tuple(part, sep), { maxLength: 6 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(hints, (h) => test(h) === REFERENCE.test(h)),
      { numRuns: 5000, seed: 20261128 },
    );
  });
});

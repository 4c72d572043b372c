import { describe, expect, it } from 'vitest';
import { describeEvidence, formatDate } from '../../utils/display-date';

describe('display dates', () => {
  it('shows a date-only value as that calendar day in any zone', () => {
    expect(formatDate('2024-05-06', 'en-GB')).toBe('6 May 2024');
  });

  it('shows a date-time with its time, and nothing for missing or invalid values', () => {
    expect(formatDate('2024-05-06T08:30:00Z', 'en-GB')).toMatch(/6 May 2024.*08:30/);
    expect(formatDate(null)).toBeNull();
    expect(formatDate('yesterday')).toBeNull();
  });

  it('gives the same text when formatters are reused, per locale and kind', () => {
    const first = [formatDate('2024-05-06', 'en-GB'), formatDate('2024-05-06T08:30:00Z', 'en-GB'), formatDate('2024-05-06', 'de-DE')];
    expect(first[2]).toBe('06.05.2024');
    expect([formatDate('2024-05-06', 'en-GB'), formatDate('2024-05-06T08:30:00Z', 'en-GB'), formatDate('2024-05-06', 'de-DE')]).toEqual(first);
    expect(first[0]).toBe('6 May 2024');
  });

  it('says where a date was found, shortening long raw text', () => {
    expect(describeEvidence({ source: 'json-ld', raw: '2024-05-06T08:30:00+02:00' })).toBe(
      'found in the page\'s structured data (JSON-LD): “2024-05-06T08:30:00+02:00”',
    );
    expect(describeEvidence({ source: 'text', raw: 'x'.repeat(200) })?.length).toBeLessThan(130);
    expect(describeEvidence(null)).toBeNull();
  });
});

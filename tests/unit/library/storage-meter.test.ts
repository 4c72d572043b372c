import { describe, expect, it } from 'vitest';
import { estimateBytes, formatBytes, readMeter } from '../../../utils/library/storage-meter';
import { summary } from './helpers';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storage meter', () => {
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * MB)).toBe('10.0 MB');
    expect(formatBytes(250 * MB)).toBe('250 MB');
    expect(formatBytes(3.2 * GB)).toBe('3.2 GB');
  });

  it('warns against a hard quota at 70% and is critical at 90%', () => {
    const quota = 10 * MB;
    expect(readMeter({ bytesInUse: 5 * MB, estimatedBytes: 0, hardQuota: quota, origin: null })).toMatchObject({ level: 'ok', fraction: 0.5, message: null });
    const warn = readMeter({ bytesInUse: 7.5 * MB, estimatedBytes: 0, hardQuota: quota, origin: null });
    expect(warn.level).toBe('warning');
    expect(warn.message).toContain('filling up');
    expect(readMeter({ bytesInUse: 9.5 * MB, estimatedBytes: 0, hardQuota: quota, origin: null }).level).toBe('critical');
  });

  it('without a quota, warns on low disk space or a library larger than what is left', () => {
    const ok = readMeter({ bytesInUse: 50 * MB, estimatedBytes: 0, hardQuota: null, origin: { usage: 10 * MB, quota: 100 * GB } });
    expect(ok.level).toBe('ok');
    expect(ok.limit).toBe(50 * MB + 100 * GB - 10 * MB);
    expect(readMeter({ bytesInUse: 50 * MB, estimatedBytes: 0, hardQuota: null, origin: { usage: 0, quota: 800 * MB } }).level).toBe('warning');
    expect(readMeter({ bytesInUse: 3 * GB, estimatedBytes: 0, hardQuota: null, origin: { usage: 0, quota: 2 * GB } }).level).toBe('warning');
    expect(readMeter({ bytesInUse: 50 * MB, estimatedBytes: 0, hardQuota: null, origin: { usage: 0, quota: 100 * MB } }).level).toBe('critical');
    const large = readMeter({ bytesInUse: 600 * MB, estimatedBytes: 0, hardQuota: null, origin: { usage: 0, quota: 100 * GB } });
    expect(large.level).toBe('notice');
    expect(readMeter({ bytesInUse: 600 * MB, estimatedBytes: 0, hardQuota: null, origin: null }).level).toBe('notice');
  });

  it('falls back to an estimate from the summaries, and says so', () => {
    const est = estimateBytes([summary({ wordCount: 1000 }), summary({ wordCount: 0, note: 'x'.repeat(100) })]);
    expect(est).toBe(2000 + 16_000 + 2000 + 100);
    const reading = readMeter({ bytesInUse: null, estimatedBytes: 9.5 * MB, hardQuota: 10 * MB, origin: null });
    expect(reading).toMatchObject({ exact: false, level: 'critical' });
    expect(reading.message).toContain('about 9.5 MB');
  });
});

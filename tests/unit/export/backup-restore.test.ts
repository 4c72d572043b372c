import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/clip';
import { parseBackup, serializeBackup } from '../../../utils/export/backup';
import { planRestore, planRestoreFromBytes, planRestoreFromText } from '../../../utils/export/restore';
import { makeClip } from '../markdown/helpers';

const now = new Date('2026-01-02T03:04:05Z');
const clipA = makeClip({ id: 'clip-aaaaaaaa', title: 'A', clippedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' });
const clipB = makeClip({ id: 'clip-bbbbbbbb', title: 'B', clippedAt: '2024-02-01T00:00:00.000Z', updatedAt: '2024-02-05T00:00:00.000Z' });
const clipC = makeClip({ id: 'clip-cccccccc', title: 'C "quoted" \u2028 \ud800', note: 'n', clippedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z' });
const all = [clipC, clipA, clipB];

const records = (text: string): Record<string, unknown>[] => (JSON.parse(text) as { clips: Record<string, unknown>[] }).clips;
const withRecords = (clips: unknown[]) =>
  JSON.stringify({ app: 'news-clipper', format: 'news-clipper-backup', formatVersion: 1, schemaVersion: 1, exportedAt: now.toISOString(), count: clips.length, clips });

describe('backup format', () => {
  it('has a header, then one clip per line, oldest first, keys sorted', () => {
    const text = serializeBackup(all, now);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"app":"news-clipper","format":"news-clipper-backup","formatVersion":1,"schemaVersion":1,"exportedAt":"2026-01-02T03:04:05.000Z","count":3,"clips":[');
    expect(lines.slice(1, 4).map((l) => (JSON.parse(l.replace(/,$/, '')) as Clip).id)).toEqual(['clip-aaaaaaaa', 'clip-bbbbbbbb', 'clip-cccccccc']);
    expect(lines[1]!.indexOf('"authors"')).toBeLessThan(lines[1]!.indexOf('"url"'));
    expect(text.endsWith(']}\n')).toBe(true);
    expect(records(text)[2]).toEqual(clipC);
  });

  it('export → wipe → restore → export gives byte-identical files', () => {
    const first = serializeBackup(all, now);
    const plan = planRestoreFromText(first, []);
    expect(plan.fileProblem).toBeNull();
    expect(plan.add.map((c) => c.id)).toEqual(['clip-aaaaaaaa', 'clip-bbbbbbbb', 'clip-cccccccc']);
    // Storage hands records back in any order with any key order.
    const reshuffled = [...plan.add].reverse().map((c) => Object.fromEntries(Object.entries(c).reverse()) as unknown as Clip);
    expect(serializeBackup(reshuffled, now)).toBe(first);
  });

  it('is byte-identical after a round trip for generated clips (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.string(), note: fc.string(), tags: fc.array(fc.string(), { maxLength: 3 }) }), { maxLength: 5 }), (edits) => {
        const clips = edits.map((e, i) => makeClip({ ...e, id: `clip-${String(i).padStart(8, '0')}` }));
        const first = serializeBackup(clips, now);
        const plan = planRestoreFromText(first, []);
        expect(plan.skipped).toEqual([]);
        expect(serializeBackup(plan.add, now)).toBe(first);
      }),
      { seed: 99, numRuns: 100 },
    );
  });
});

describe('restore plan', () => {
  it('adds new clips, updates older stored copies and keeps identical ones', () => {
    const storedB = { ...clipB, title: 'B old', updatedAt: '2024-02-01T00:00:00.000Z' };
    const plan = planRestoreFromText(serializeBackup(all, now), [clipA, storedB]);
    expect(plan.add.map((c) => c.id)).toEqual(['clip-cccccccc']);
    expect(plan.update.map((c) => c.id)).toEqual(['clip-bbbbbbbb']);
    expect(plan.unchanged).toEqual(['clip-aaaaaaaa']);
    expect(plan.skipped).toEqual([]);
    expect(plan.summary).toBe('1 clip to add, 1 to update, 1 already up to date.');
  });

  it('never overwrites a stored clip changed after the backup, or one that conflicts', () => {
    const newer = { ...clipB, title: 'edited later', updatedAt: '2024-12-01T00:00:00.000Z' };
    const sameTime = { ...clipA, title: 'different', updatedAt: clipA.updatedAt };
    const plan = planRestoreFromText(serializeBackup(all, now), new Map([[newer.id, newer], [sameTime.id, sameTime]]));
    expect(plan.update).toEqual([]);
    expect(plan.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['clip-aaaaaaaa', 'conflict'],
      ['clip-bbbbbbbb', 'stored-is-newer'],
    ]);
  });

  it('keeps the newest copy of an id that appears twice', () => {
    const old = { ...clipA, title: 'old copy' };
    const fresh = { ...clipA, title: 'new copy', updatedAt: '2024-06-01T00:00:00.000Z' };
    const plan = planRestoreFromText(withRecords([old, fresh]), []);
    expect(plan.add.map((c) => c.title)).toEqual(['new copy']);
    expect(plan.skipped).toMatchObject([{ index: 0, id: 'clip-aaaaaaaa', reason: 'duplicate-id' }]);
  });

  it('skips hostile and malformed records with reasons, and strips unknown keys', () => {
    const hostile = [
      null,
      'a string',
      [1, 2],
      { ...clipA, id: '../../etc' },
      { ...clipA, id: 'clip-hostile1', url: 'javascript:alert(1)' },
      { ...clipA, id: 'clip-hostile2', html: 42 },
      { ...clipA, id: 'clip-hostile3', schemaVersion: 99 },
      { ...clipA, id: 'clip-hostile4', schemaVersion: '1' },
      JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify({ ...clipA, id: 'clip-proto001', extra: 'x'.repeat(10) }).slice(1)}`),
    ];
    const plan = planRestoreFromText(withRecords(hostile), []);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'newer-schema', 'invalid']);
    expect(plan.skipped[4]!.detail).toMatch(/url/);
    expect(plan.add.map((c) => c.id)).toEqual(['clip-proto001']);
    expect(Object.keys(plan.add[0]!)).not.toContain('extra');
    expect(Object.getPrototypeOf(plan.add[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('runs the storage migrations (or a given hook) for older schema versions, and skips them without one', () => {
    const v0 = { ...clipA, schemaVersion: 0 };
    expect(planRestoreFromText(withRecords([v0]), []).skipped[0]!.reason).toBe('invalid');
    const old = { ...clipA, schemaVersion: 1 };
    const noHook = planRestoreFromText(withRecords([old]), [], { schemaVersion: 2, migrate: null });
    expect(noHook.skipped[0]!.reason).toBe('needs-migration');
    // By default the storage migrations run; there is no step to version 2 yet.
    const storage = planRestoreFromText(withRecords([old]), [], { schemaVersion: 2 });
    expect(storage.skipped[0]).toMatchObject({ reason: 'migration-failed', detail: 'no migration to schema version 2' });
    const hooked = planRestoreFromText(withRecords([old]), [], {
      schemaVersion: 2,
      migrate: (r, from, to) => ({ ...r, schemaVersion: to, note: `migrated from ${from}` }),
    });
    expect(hooked.add[0]).toMatchObject({ schemaVersion: 2, note: 'migrated from 1' });
    const failing = planRestoreFromText(withRecords([old]), [], { schemaVersion: 2, migrate: () => { throw new Error('boom'); } });
    expect(failing.skipped[0]).toMatchObject({ reason: 'migration-failed', detail: 'boom' });
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['not json', 'corrupt'],
    ['{"a":1}', 'wrong-format'],
    ['[]', 'wrong-format'],
    ['{"app":"news-clipper","format":"news-clipper-backup","formatVersion":2,"schemaVersion":1,"exportedAt":"x","count":0,"clips":[]}', 'newer-format'],
    ['{"app":"news-clipper","format":"news-clipper-backup","formatVersion":1,"schemaVersion":1,"exportedAt":"x","count":5,"clips":[]}', 'count-mismatch'],
    ['{"app":"news-clipper","format":"news-clipper-backup","formatVersion":1,"schemaVersion":1,"exportedAt":"x","count":0,"clips":{}}', 'wrong-format'],
  ])('a bad file %j gives a clear report and an empty plan (%s)', (text, kind) => {
    const plan = planRestoreFromText(text, [clipA]);
    expect(plan.fileProblem?.kind).toBe(kind);
    expect(plan.summary).toMatch(/\.$/);
    expect([plan.add, plan.update, plan.unchanged, plan.skipped]).toEqual([[], [], [], []]);
  });

  it('reports any truncation of a real backup as a bad file and plans nothing (property)', () => {
    const text = serializeBackup(all, now);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 4 }), (cut) => {
        const plan = planRestoreFromText(text.slice(0, cut), []);
        expect(['truncated', 'corrupt']).toContain(plan.fileProblem?.kind);
        expect(plan.add).toEqual([]);
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(planRestoreFromText(text.slice(0, text.length / 2), []).fileProblem?.kind).toBe('truncated');
  });

  it('reads a .json backup or the clips.json inside an export zip, and refuses other bytes', () => {
    const text = serializeBackup(all, now);
    expect(planRestoreFromBytes(strToU8(text), []).add).toHaveLength(3);
    const zip = zipSync({ 'a.md': strToU8('# A'), 'clips.json': strToU8(text) });
    expect(planRestoreFromBytes(zip, []).add).toHaveLength(3);
    expect(planRestoreFromBytes(zipSync({ 'a.md': strToU8('# A') }), []).fileProblem?.kind).toBe('wrong-format');
    expect(planRestoreFromBytes(zip.slice(0, zip.length - 30), []).fileProblem?.kind).toBe('corrupt');
    expect(planRestoreFromBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), []).fileProblem?.kind).toBe('not-text');
    expect(planRestoreFromBytes(new Uint8Array(), []).fileProblem?.kind).toBe('empty');
  });

  it('accepts a parsed backup directly', () => {
    const parsed = parseBackup(serializeBackup([clipA], now));
    expect(planRestore(parsed, []).add).toHaveLength(1);
  });
});

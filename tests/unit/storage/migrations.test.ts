import { describe, expect, it } from 'vitest';
import { CLIP_SCHEMA_VERSION } from '../../../utils/clip';
import { validateClip } from '../../../utils/clip-validate';
import { createLocalLock } from '../../../utils/storage/area';
import { findSavedByUrl, listSummaries } from '../../../utils/storage/clip-store';
import { SCHEMA_VERSION_KEY, backupKey, clipKey } from '../../../utils/storage/keys';
import { MIGRATIONS, migrateRecord, type Migration } from '../../../utils/storage/migrations/index';
import { EXAMPLES } from '../../../utils/storage/migrations/examples/index';
import { ensureSchema } from '../../../utils/storage/schema';
import { slowArea } from '../support/clips';

const lock = createLocalLock();
const V1 = EXAMPLES[1]!;

describe('schema versions', () => {
  it('has an example record for every version and a migration into every version after the first', () => {
    for (let v = 1; v <= CLIP_SCHEMA_VERSION; v++) expect(EXAMPLES[v], `example for v${v}`).toBeDefined();
    for (let v = 2; v <= CLIP_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
    expect(Object.keys(EXAMPLES).map(Number).sort()).toEqual(Array.from({ length: CLIP_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  for (const [version, example] of Object.entries(EXAMPLES)) {
    it(`migrates the v${version} example to a valid current clip without changing the input`, () => {
      const before = structuredClone(example);
      const outcome = migrateRecord({ ...example });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const checked = validateClip(outcome.record, CLIP_SCHEMA_VERSION);
      expect(checked.ok ? [] : checked.errors).toEqual([]);
      expect(outcome.record.id).toBe(example.id);
      expect(example).toEqual(before);
    });
  }

  it('refuses records newer than the code, and reports a missing or throwing step', () => {
    expect(migrateRecord({ ...V1, schemaVersion: CLIP_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false });
    expect(migrateRecord({ ...V1 }, { to: 3, migrations: { 2: (r) => r } })).toMatchObject({ ok: false, error: expect.stringMatching(/version 3/) });
    const boom: Migration = () => {
      throw new Error('boom');
    };
    expect(migrateRecord({ ...V1 }, { to: 2, migrations: { 2: boom } })).toMatchObject({ ok: false, error: expect.stringMatching(/boom/) });
  });
});

describe('ensureSchema', () => {
  // A pretend v2 that adds a field, to exercise the mechanism before a real v2 exists.
  const toV2: Migration = (r) => ({ ...r, readingMinutes: Math.ceil(Number(r.wordCount) / 200) });

  it('marks an empty store as current', async () => {
    const area = slowArea();
    expect(await ensureSchema(area, { lock })).toEqual({ state: 'ok', version: CLIP_SCHEMA_VERSION });
    expect(area.data.get(SCHEMA_VERSION_KEY)).toBe(CLIP_SCHEMA_VERSION);
  });

  it('migrates every record, keeps a backup of each, rebuilds the indexes and writes the version last', async () => {
    const area = slowArea();
    area.data.set(clipKey(String(V1.id)), structuredClone(V1));
    area.data.set(SCHEMA_VERSION_KEY, 1);
    const status = await ensureSchema(area, { lock, current: 2, migrations: { 2: toV2 } });
    expect(status).toEqual({ state: 'migrated', from: 1, version: 2, records: 1 });
    expect(area.data.get(clipKey(String(V1.id)))).toMatchObject({ schemaVersion: 2, readingMinutes: 1 });
    expect(area.data.get(backupKey(1, String(V1.id)))).toEqual(V1);
    expect(area.data.get(SCHEMA_VERSION_KEY)).toBe(2);
    // The indexes were rebuilt from the migrated records.
    expect((await listSummaries(area)).map((s) => s.id)).toEqual([V1.id]);
    expect(await findSavedByUrl(area, String(V1.canonicalUrl))).toHaveLength(1);
    // Running again is a no-op.
    expect(await ensureSchema(area, { lock, current: 2, migrations: { 2: toV2 } })).toEqual({ state: 'ok', version: 2 });
  });

  it('finishes an interrupted migration: records already migrated are left alone', async () => {
    const area = slowArea();
    const done = { ...structuredClone(V1), id: 'alreadyMigrated01', schemaVersion: 2, readingMinutes: 7 };
    area.data.set(clipKey(done.id), done);
    area.data.set(clipKey(String(V1.id)), structuredClone(V1));
    const status = await ensureSchema(area, { lock, current: 2, migrations: { 2: toV2 } });
    expect(status).toMatchObject({ state: 'migrated', records: 1 });
    expect(area.data.get(clipKey(done.id))).toMatchObject({ readingMinutes: 7 });
  });

  it('goes read-only and writes nothing when a migration fails', async () => {
    const area = slowArea();
    area.data.set(clipKey(String(V1.id)), structuredClone(V1));
    area.data.set(SCHEMA_VERSION_KEY, 1);
    const snapshot = structuredClone([...area.data.entries()]);
    const status = await ensureSchema(area, {
      lock,
      current: 2,
      migrations: {
        2: () => {
          throw new Error('cannot convert');
        },
      },
    });
    expect(status).toMatchObject({ state: 'read-only', stored: 1, version: 2 });
    expect(status.state === 'read-only' && status.reason).toMatch(/cannot convert/);
    expect([...area.data.entries()]).toEqual(snapshot);
    expect(area.sets).toBe(0);
  });

  it('goes read-only when the stored version is newer than the code', async () => {
    const area = slowArea();
    area.data.set(SCHEMA_VERSION_KEY, CLIP_SCHEMA_VERSION + 1);
    expect(await ensureSchema(area, { lock })).toMatchObject({ state: 'read-only', stored: CLIP_SCHEMA_VERSION + 1 });
    expect(area.sets).toBe(0);
  });
});

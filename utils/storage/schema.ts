/**
 * Brings stored clips up to the current schema version. Called once by the background at
 * start-up, before it handles any request (reliability.md D9–D11): nothing else migrates.
 *
 * Order: read every record, migrate and validate all of them in memory; only if all succeed,
 * write the originals to `backup:v<N>:<id>` together with the migrated records in one `set()`,
 * rebuild the indexes, and write `meta:schemaVersion` last. If any record fails, or the stored
 * version is newer than this code, nothing is written and the store is read-only.
 *
 * A record that is already at the current version but is not a readable clip is damaged, not
 * un-migratable: it does not block the others. It is reported in `unreadable` and the background
 * quarantines it (quarantine.ts). A record of an OLDER version that fails is a migration failure
 * (we cannot tell a damaged old record from a bug in the migration), so that one does block.
 */
import { CLIP_SCHEMA_VERSION } from '../clip';
import { validateClip } from '../clip-validate';
import type { LockFn, StorageArea } from './area';
import { CLIPS_LOCK, rebuildIndexes } from './clip-store';
import { CLIP_PREFIX, SCHEMA_VERSION_KEY, backupKey, markdownKey } from './keys';
import { MIGRATIONS, migrateRecord, recordVersion, type Migration, type StoredRecord } from './migrations/index';

export type SchemaStatus =
  | { state: 'ok'; version: number; unreadable?: string[] }
  | { state: 'migrated'; from: number; version: number; records: number; unreadable?: string[] }
  | { state: 'read-only'; stored: number; version: number; reason: string };

export interface EnsureSchemaOptions {
  lock: LockFn;
  /** Overridable so tests can exercise the mechanism with a future version. */
  current?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

function storedVersion(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

export async function ensureSchema(area: StorageArea, options: EnsureSchemaOptions): Promise<SchemaStatus> {
  const current = options.current ?? CLIP_SCHEMA_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const fast = storedVersion((await area.get(SCHEMA_VERSION_KEY))[SCHEMA_VERSION_KEY]);
  if (fast === current) return { state: 'ok', version: current };
  if (fast !== null && fast > current) {
    return {
      state: 'read-only',
      stored: fast,
      version: current,
      reason: `Your clips were saved by a newer version of News Clipper (schema ${fast}); this version (schema ${current}) will not change them.`,
    };
  }

  const status = await options.lock(CLIPS_LOCK, async (): Promise<SchemaStatus | null> => {
    const all = await area.get(null);
    const stored = storedVersion(all[SCHEMA_VERSION_KEY]) ?? 1;
    const writes: Record<string, unknown> = {};
    // A migrated record's stored Markdown body is dropped: it is made again from the new record.
    const staleBodies: string[] = [];
    const failures: string[] = [];
    const unreadable: string[] = [];
    let migratedCount = 0;
    let oldest = current;
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(CLIP_PREFIX)) continue;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        unreadable.push(key);
        continue;
      }
      const record = value as StoredRecord;
      const from = recordVersion(record);
      oldest = Math.min(oldest, from);
      const outcome = migrateRecord(record, { to: current, migrations });
      if (!outcome.ok) {
        failures.push(`${key}: ${outcome.error}`);
        continue;
      }
      if (!outcome.changed) continue;
      const checked = validateClip(outcome.record, current);
      if (!checked.ok) {
        if (from === current) unreadable.push(key);
        else failures.push(`${key}: ${checked.errors.join('; ')}`);
        continue;
      }
      const id = typeof record.id === 'string' ? record.id : key.slice(CLIP_PREFIX.length);
      writes[backupKey(from, id)] = record;
      writes[key] = outcome.record;
      if (markdownKey(id) in all) staleBodies.push(markdownKey(id));
      migratedCount++;
    }
    if (failures.length > 0) {
      return {
        state: 'read-only',
        stored,
        version: current,
        reason: `${failures.length} saved clip(s) could not be upgraded, so nothing was changed. First problem: ${failures[0]}`,
      };
    }
    if (migratedCount > 0) await area.set(writes);
    if (staleBodies.length > 0) await area.remove(staleBodies);
    const damaged = unreadable.length > 0 ? { unreadable } : {};
    if (migratedCount === 0) {
      await area.set({ [SCHEMA_VERSION_KEY]: current });
      return { state: 'ok', version: current, ...damaged };
    }
    return { state: 'migrated', from: oldest, version: current, records: migratedCount, ...damaged };
  });
  if (status?.state === 'migrated') {
    await rebuildIndexes(area, options.lock, { to: current, migrations });
    await area.set({ [SCHEMA_VERSION_KEY]: current });
  }
  return status ?? { state: 'ok', version: current };
}

/**
 * Clip schema migrations (pure). `MIGRATIONS[n]` turns a version n-1 record into version n.
 * Each record carries its own `schemaVersion`, so a migration interrupted halfway simply
 * resumes: records already migrated are left alone. Every version has an example record in
 * ./examples, and tests/unit/storage/migrations.test.ts migrates each one to the current version.
 *
 * To change the stored shape: bump CLIP_SCHEMA_VERSION in utils/clip.ts, add
 * `MIGRATIONS[newVersion]`, add `examples/v<newVersion>.ts`, update utils/clip-validate.ts.
 */
import { CLIP_SCHEMA_VERSION } from '../../clip';

export type StoredRecord = Record<string, unknown>;
export type Migration = (record: StoredRecord) => StoredRecord;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 2: (v1) => ({ ...v1, schemaVersion: 2, newField: derive(v1) }),
};

/** The version a stored record claims; records from before versioning count as version 1. */
export function recordVersion(record: StoredRecord): number {
  const v = record.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export type MigrationOutcome =
  | { ok: true; record: StoredRecord; from: number; changed: boolean }
  | { ok: false; from: number; error: string };

export interface MigrateOptions {
  to?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

/** Migrates one record up to `to`; never throws, never mutates its input. */
export function migrateRecord(record: StoredRecord, options: MigrateOptions = {}): MigrationOutcome {
  const to = options.to ?? CLIP_SCHEMA_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const from = recordVersion(record);
  if (from > to) {
    return { ok: false, from, error: `record is schema version ${from}, newer than this version (${to})` };
  }
  let current: StoredRecord = { ...record };
  for (let v = from + 1; v <= to; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, from, error: `no migration to schema version ${v}` };
    try {
      current = { ...step(current), schemaVersion: v };
    } catch (e) {
      return { ok: false, from, error: `migration to version ${v} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  if (from === to && record.schemaVersion !== to) current.schemaVersion = to;
  return { ok: true, record: current, from, changed: from !== to || record.schemaVersion !== to };
}

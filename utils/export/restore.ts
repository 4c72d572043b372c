/**
 * Restore planning: which backed-up clips to add, which stored clips to update, and which records
 * to skip and why. Pure: it reads the stored clips it is given and returns a plan; the storage
 * layer applies `add` + `update` in one write. A bad file gives an empty plan, so nothing stored
 * changes. A stored clip is never replaced by an older or conflicting copy (compares `updatedAt`).
 */
import { CLIP_SCHEMA_VERSION, type Clip } from '../clip';
import { validateClip } from '../clip-validate';
import { type BackupProblem, type ParsedBackup, backupTextFromBytes, parseBackup } from './backup';
import { canonicalJson } from './canonical-json';
import { cleanClip } from './clip-record';
import { migrateRecord } from '../storage/migrations/index';

export type SkipReason =
  | 'invalid' // fails validateClip (wrong types, hostile values, bad id…)
  | 'newer-schema' // written by a newer version of the extension
  | 'needs-migration' // an older schema version and no migration available
  | 'migration-failed'
  | 'duplicate-id' // the same id appears more than once in the file; the newest copy is kept
  | 'stored-is-newer' // the clip in the library was changed after this copy was made
  | 'conflict'; // same updatedAt as the stored clip but different content

export interface SkippedRecord {
  /** Position in the file's clip list. */
  index: number;
  id: string | null;
  title: string | null;
  reason: SkipReason;
  detail: string;
}

export interface RestorePlan {
  /** Set when the file as a whole cannot be used; the plan is then empty. */
  fileProblem: { kind: BackupProblem; message: string } | null;
  add: Clip[];
  update: Clip[];
  /** Ids of records identical to what is stored. */
  unchanged: string[];
  skipped: SkippedRecord[];
  /** Records in the file. */
  total: number;
  /** One human sentence for the library to show. */
  summary: string;
}

/** Brings a record of an older schema version to `toVersion`, or throws. */
export type MigrateRecord = (record: Record<string, unknown>, fromVersion: number, toVersion: number) => unknown;

/** The storage layer's clip migrations (utils/storage/migrations), the same ones stored clips go through. */
export const storageMigrate: MigrateRecord = (record, _from, to) => {
  const result = migrateRecord(record, { to });
  if (!result.ok) throw new Error(result.error);
  return result.record;
};

export interface RestoreOptions {
  /** Default: storageMigrate. `null`: no migration, older records are skipped. */
  migrate?: MigrateRecord | null;
  schemaVersion?: number;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 200) : null);
const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : Number.NaN;
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summarize(plan: Omit<RestorePlan, 'summary'>): string {
  if (plan.fileProblem) return plan.fileProblem.message;
  const parts = [
    `${plural(plan.add.length, 'clip', 'clips')} to add`,
    `${plan.update.length} to update`,
    `${plan.unchanged.length} already up to date`,
  ];
  if (plan.skipped.length) parts.push(`${plan.skipped.length} skipped`);
  return `${parts.join(', ')}.`;
}

function emptyPlan(kind: BackupProblem, message: string): RestorePlan {
  const plan = { fileProblem: { kind, message }, add: [], update: [], unchanged: [], skipped: [], total: 0 };
  return { ...plan, summary: summarize(plan) };
}

type Checked = { ok: true; clip: Clip } | { ok: false; reason: SkipReason; detail: string };

function checkRecord(record: unknown, options: RestoreOptions): Checked {
  const target = options.schemaVersion ?? CLIP_SCHEMA_VERSION;
  if (!isObj(record)) return { ok: false, reason: 'invalid', detail: 'not a clip record' };
  let value: unknown = record;
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: 'schemaVersion is missing or not a whole number' };
  }
  if (version > target) {
    return { ok: false, reason: 'newer-schema', detail: `made by a newer version (schema ${version}); update the extension` };
  }
  if (version < target) {
    const migrate = options.migrate === undefined ? storageMigrate : options.migrate;
    if (!migrate) return { ok: false, reason: 'needs-migration', detail: `schema ${version} cannot be upgraded` };
    try {
      value = migrate(record, version, target);
    } catch (err) {
      return { ok: false, reason: 'migration-failed', detail: err instanceof Error ? err.message : String(err) };
    }
  }
  const result = validateClip(value, target);
  if (!result.ok) return { ok: false, reason: 'invalid', detail: result.errors.join('; ') };
  return { ok: true, clip: cleanClip(result.value) };
}

/** Plans a restore of a parsed backup against the clips already stored. */
export function planRestore(
  parsed: ParsedBackup,
  stored: Iterable<Clip> | ReadonlyMap<string, Clip>,
  options: RestoreOptions = {},
): RestorePlan {
  if (!parsed.ok) return emptyPlan(parsed.problem, parsed.message);
  const byId = new Map<string, Clip>();
  for (const clip of stored instanceof Map ? stored.values() : (stored as Iterable<Clip>)) byId.set(clip.id, clip);

  const skipped: SkippedRecord[] = [];
  // Newest valid copy of each id in the file; ties keep the first.
  const chosen = new Map<string, { clip: Clip; index: number }>();
  parsed.records.forEach((record, index) => {
    const r = isObj(record) ? record : {};
    const checked = checkRecord(record, options);
    if (!checked.ok) {
      skipped.push({ index, id: str(r.id), title: str(r.title), reason: checked.reason, detail: checked.detail });
      return;
    }
    const clip = checked.clip;
    const prev = chosen.get(clip.id);
    if (!prev) {
      chosen.set(clip.id, { clip, index });
      return;
    }
    const newer = time(clip.updatedAt) > time(prev.clip.updatedAt);
    const loser = newer ? prev : { clip, index };
    if (newer) chosen.set(clip.id, { clip, index });
    skipped.push({
      index: loser.index,
      id: clip.id,
      title: loser.clip.title,
      reason: 'duplicate-id',
      detail: 'the file holds this clip more than once; the most recently changed copy is used',
    });
  });

  const add: Clip[] = [];
  const update: Clip[] = [];
  const unchanged: string[] = [];
  for (const { clip, index } of [...chosen.values()].sort((a, b) => a.index - b.index)) {
    const current = byId.get(clip.id);
    if (!current) {
      add.push(clip);
      continue;
    }
    const mine = time(clip.updatedAt);
    const theirs = time(current.updatedAt);
    if (canonicalJson(cleanClip(current)) === canonicalJson(clip)) {
      unchanged.push(clip.id);
    } else if (mine > theirs || (Number.isNaN(theirs) && !Number.isNaN(mine))) {
      update.push(clip);
    } else if (mine === theirs) {
      skipped.push({ index, id: clip.id, title: clip.title, reason: 'conflict', detail: 'the library holds a different version changed at the same time; kept the library copy' });
    } else {
      skipped.push({ index, id: clip.id, title: clip.title, reason: 'stored-is-newer', detail: 'the library copy was changed after this backup; kept the library copy' });
    }
  }
  skipped.sort((a, b) => a.index - b.index);
  const plan = { fileProblem: null, add, update, unchanged, skipped, total: parsed.records.length };
  return { ...plan, summary: summarize(plan) };
}

/** Backup text → plan. */
export function planRestoreFromText(text: string, stored: Iterable<Clip> | ReadonlyMap<string, Clip>, options: RestoreOptions = {}): RestorePlan {
  return planRestore(parseBackup(text), stored, options);
}

/** A chosen file's bytes (`.json` backup or export `.zip`) → plan. */
export function planRestoreFromBytes(bytes: Uint8Array, stored: Iterable<Clip> | ReadonlyMap<string, Clip>, options: RestoreOptions = {}): RestorePlan {
  const decoded = backupTextFromBytes(bytes);
  if (!decoded.ok) return emptyPlan(decoded.problem, decoded.message);
  return planRestoreFromText(decoded.text, stored, options);
}

/**
 * The backup file: every clip with all its fields, as JSON with a format header. The same file
 * is `clips.json` inside an export zip. Deterministic: header keys in a fixed order, clips sorted
 * by (clippedAt, id), one clip per line with keys sorted, so export → wipe → restore → export
 * gives the same bytes (given the same `exportedAt`). Pure.
 *
 *     {"app":"news-clipper","format":"news-clipper-backup","formatVersion":1,"schemaVersion":1,
 *      "exportedAt":"2026-01-02T03:04:05.000Z","count":2,"clips":[
 *     {…clip 1…},
 *     {…clip 2…}
 *     ]}
 */
import { CLIP_SCHEMA_VERSION, type Clip } from '../clip';
import { canonicalJson } from './canonical-json';
import { unzipSync } from 'fflate';

export const BACKUP_APP = 'news-clipper';
export const BACKUP_FORMAT = 'news-clipper-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_ENTRY_NAME = 'clips.json';
/** Past this the file cannot become one JavaScript string anyway. */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

export interface BackupHeader {
  app: string;
  format: string;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  count: number;
}

/** Export order: oldest clip first, ties by id. Plain code-unit comparison, not locale-dependent. */
export function sortClips<T extends Pick<Clip, 'clippedAt' | 'id'>>(clips: readonly T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...clips].sort((a, b) => cmp(a.clippedAt, b.clippedAt) || cmp(a.id, b.id));
}

export function backupHeader(count: number, now: Date): BackupHeader {
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CLIP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    count,
  };
}

/**
 * The backup text in pieces (header, then one clip per piece), so a 10,000-clip backup is
 * streamed into a zip or a Blob without ever being one giant string. `clips` must be sorted.
 */
export function* backupChunks(clips: readonly Clip[], now: Date): Generator<string> {
  const h = backupHeader(clips.length, now);
  // Fixed key order for the header; JSON.stringify keeps insertion order.
  const head = JSON.stringify({
    app: h.app,
    format: h.format,
    formatVersion: h.formatVersion,
    schemaVersion: h.schemaVersion,
    exportedAt: h.exportedAt,
    count: h.count,
  });
  yield `${head.slice(0, -1)},"clips":[\n`;
  for (let i = 0; i < clips.length; i++) {
    yield canonicalJson(clips[i]) + (i < clips.length - 1 ? ',\n' : '\n');
  }
  yield ']}\n';
}

/** The whole backup as one string (fine for tests and small libraries). */
export function serializeBackup(clips: readonly Clip[], now: Date): string {
  return Array.from(backupChunks(sortClips(clips), now)).join('');
}

/** The backup as a Blob, built from pieces. */
export function backupBlob(clips: readonly Clip[], now: Date): Blob {
  return new Blob(Array.from(backupChunks(sortClips(clips), now)), { type: 'application/json' });
}

export function backupFileName(now: Date): string {
  return `news-clipper-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type BackupProblem = 'empty' | 'too-large' | 'not-text' | 'corrupt' | 'truncated' | 'wrong-format' | 'newer-format' | 'count-mismatch';

export type ParsedBackup =
  | { ok: true; header: BackupHeader; records: unknown[] }
  | { ok: false; problem: BackupProblem; message: string };

const fail = (problem: BackupProblem, message: string): ParsedBackup => ({ ok: false, problem, message });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses backup text and checks the header; records are checked one by one by planRestore. */
export function parseBackup(text: string): ParsedBackup {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('empty', 'The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const ours = body.trimStart().startsWith(`{"app":"${BACKUP_APP}"`);
    return ours && !/\]\s*\}\s*$/.test(body)
      ? fail('truncated', 'The backup file is cut short (an interrupted download or copy?). Nothing was restored.')
      : fail('corrupt', 'The file is not valid JSON, so it is not a News Clipper backup. Nothing was restored.');
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT || data.app !== BACKUP_APP) {
    return fail('wrong-format', 'This is not a News Clipper backup file. Nothing was restored.');
  }
  const { formatVersion, schemaVersion, exportedAt, count, clips } = data;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return fail('wrong-format', 'The backup header is damaged (format version). Nothing was restored.');
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('newer-format', 'This backup was made by a newer version of News Clipper. Update the extension, then restore again.');
  }
  if (typeof schemaVersion !== 'number' || typeof exportedAt !== 'string' || typeof count !== 'number' || !Array.isArray(clips)) {
    return fail('wrong-format', 'The backup header is damaged. Nothing was restored.');
  }
  if (count !== clips.length) {
    return fail('count-mismatch', `The backup says it holds ${count} clips but contains ${clips.length}. Nothing was restored.`);
  }
  return { ok: true, header: { app: BACKUP_APP, format: BACKUP_FORMAT, formatVersion, schemaVersion, exportedAt, count }, records: clips };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * A chosen file's bytes → backup text: a `.json` backup, or an export `.zip` holding `clips.json`.
 * Returns a ParsedBackup failure when the bytes cannot be a backup at all.
 */
export function backupTextFromBytes(bytes: Uint8Array): { ok: true; text: string } | Extract<ParsedBackup, { ok: false }> {
  if (bytes.length === 0) return { ok: false, problem: 'empty', message: 'The file is empty.' };
  if (bytes.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large', message: 'The file is too large to restore.' };
  let data = bytes;
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    try {
      let tooLarge = false;
      const files = unzipSync(bytes, {
        filter: (f) => {
          if (f.name !== BACKUP_ENTRY_NAME) return false;
          if (f.originalSize > MAX_BACKUP_BYTES) tooLarge = true;
          return !tooLarge;
        },
      });
      if (tooLarge) return { ok: false, problem: 'too-large', message: 'The clips.json in this zip is too large to restore.' };
      const entry = files[BACKUP_ENTRY_NAME];
      if (!entry) return { ok: false, problem: 'wrong-format', message: 'This zip has no clips.json, so it is not a News Clipper export.' };
      data = entry;
    } catch {
      return { ok: false, problem: 'corrupt', message: 'The zip file is damaged. Nothing was restored.' };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return { ok: false, problem: 'not-text', message: 'The file is not text, so it is not a News Clipper backup.' };
  }
}

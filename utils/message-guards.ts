/**
 * Shape, type and size checks for every message the background accepts (reliability.md S11).
 * The sender check (our own extension pages only) is in entrypoints/background.ts; this is the
 * second half: even a message from our own origin is data, checked before any handler sees it,
 * so a malformed or oversized message is refused with a clear error and never reaches storage
 * or a privileged API. Pure.
 */
import type { ClipUserFields } from './clip';
import type { OpenRequest, SaveRequest } from './clip-service';
import type { ProtocolMap } from './messaging';
import { CLIP_ID_PATTERN } from './storage/keys';
import { asStoredMarkdown } from './markdown/stored-record';

export class BadMessageError extends Error {
  constructor(
    readonly messageType: string,
    reason: string,
  ) {
    super(`Refused a malformed "${messageType}" message: ${reason}`);
    this.name = 'BadMessageError';
  }
}

/** JSON bytes a message's data may take. restoreClips carries whole clips; the rest are small. */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** Chrome's own limit is 64 MiB per message; stay well below it. */
export const MAX_RESTORE_BYTES = 48 * 1024 * 1024;

const LIMITS = { title: 2_000, tag: 200, tags: 500, note: 100_000, ids: 100_000 } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isClipId = (v: unknown): v is string => typeof v === 'string' && CLIP_ID_PATTERN.test(v);

function jsonBytes(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  } catch {
    // Cycles or BigInts cannot have come through structured cloning as JSON; refuse them.
    return Number.POSITIVE_INFINITY;
  }
}

function fail(type: string, reason: string): never {
  throw new BadMessageError(type, reason);
}

function onlyKeys(type: string, v: Obj, allowed: readonly string[]): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(type, `unexpected field "${k.slice(0, 40)}"`);
}

function tags(type: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.length > LIMITS.tags || !v.every((t) => typeof t === 'string' && t.length <= LIMITS.tag)) {
    fail(type, `tags must be at most ${LIMITS.tags} strings of at most ${LIMITS.tag} characters`);
  }
  return [...(v as string[])];
}

function edits(type: string, v: unknown): ClipUserFields {
  if (!isObj(v)) fail(type, 'edits must be an object');
  onlyKeys(type, v, ['title', 'tags', 'note']);
  if (typeof v.title !== 'string' || v.title.length > LIMITS.title) fail(type, 'edits.title must be a string');
  if (typeof v.note !== 'string' || v.note.length > LIMITS.note) fail(type, 'edits.note must be a string');
  return { title: v.title, tags: tags(type, v.tags), note: v.note };
}

function partialEdits(type: string, v: unknown): Partial<ClipUserFields> {
  if (!isObj(v)) fail(type, 'edits must be an object');
  onlyKeys(type, v, ['title', 'tags', 'note']);
  const out: Partial<ClipUserFields> = {};
  if (v.title !== undefined) {
    if (typeof v.title !== 'string' || v.title.length > LIMITS.title) fail(type, 'edits.title must be a string');
    out.title = v.title;
  }
  if (v.tags !== undefined) out.tags = tags(type, v.tags);
  if (v.note !== undefined) {
    if (typeof v.note !== 'string' || v.note.length > LIMITS.note) fail(type, 'edits.note must be a string');
    out.note = v.note;
  }
  return out;
}

function ids(type: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.length > LIMITS.ids || !v.every(isClipId)) fail(type, 'ids must be a list of clip ids');
  return [...(v as string[])];
}

function tabOnly(type: string, v: Obj): { tabId: number } {
  onlyKeys(type, v, ['tabId']);
  if (!isTabId(v.tabId)) fail(type, 'tabId must be a tab id');
  return { tabId: v.tabId };
}

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

const GUARDS: { [K in keyof ProtocolMap]: (type: K, v: Obj) => Data<K> } = {
  openClip(type, v): OpenRequest {
    onlyKeys(type, v, ['tabId', 'mode', 'fresh', 'openedAt']);
    if (!isTabId(v.tabId)) fail(type, 'tabId must be a tab id');
    if (v.mode !== undefined && v.mode !== 'page' && v.mode !== 'selection') fail(type, 'mode must be page or selection');
    if (v.fresh !== undefined && typeof v.fresh !== 'boolean') fail(type, 'fresh must be a boolean');
    if (v.openedAt !== undefined && (typeof v.openedAt !== 'number' || !Number.isFinite(v.openedAt))) fail(type, 'openedAt must be a number');
    return { tabId: v.tabId, mode: v.mode, fresh: v.fresh, openedAt: v.openedAt } as OpenRequest;
  },
  updateDraft(type, v) {
    onlyKeys(type, v, ['tabId', 'edits']);
    if (!isTabId(v.tabId)) fail(type, 'tabId must be a tab id');
    return { tabId: v.tabId, edits: edits(type, v.edits) };
  },
  saveDraft(type, v): SaveRequest {
    onlyKeys(type, v, ['tabId', 'edits', 'choice', 'targetId', 'markdown', 'clickedAt']);
    if (!isTabId(v.tabId)) fail(type, 'tabId must be a tab id');
    if (v.choice !== 'new' && v.choice !== 'update' && v.choice !== 'keep-both') fail(type, 'choice must be new, update or keep-both');
    if (v.targetId !== undefined && !isClipId(v.targetId)) fail(type, 'targetId must be a clip id');
    // A malformed body is dropped, not refused: the export converts the clip instead.
    const markdown = asStoredMarkdown(v.markdown) ?? undefined;
    if (v.clickedAt !== undefined && (typeof v.clickedAt !== 'number' || !Number.isFinite(v.clickedAt))) fail(type, 'clickedAt must be a number');
    const clickedAt = v.clickedAt as number | undefined;
    return {
      tabId: v.tabId,
      edits: edits(type, v.edits),
      choice: v.choice,
      targetId: v.targetId as string | undefined,
      ...(markdown ? { markdown } : {}),
      ...(clickedAt !== undefined ? { clickedAt } : {}),
    };
  },
  storeMarkdown(type, v) {
    onlyKeys(type, v, ['id', 'markdown']);
    if (!isClipId(v.id)) fail(type, 'id must be a clip id');
    const markdown = asStoredMarkdown(v.markdown);
    if (!markdown) fail(type, 'markdown must be a stored Markdown body');
    return { id: v.id, markdown };
  },
  discardDraft: tabOnly,
  editClip(type, v) {
    onlyKeys(type, v, ['id', 'edits']);
    if (!isClipId(v.id)) fail(type, 'id must be a clip id');
    return { id: v.id, edits: partialEdits(type, v.edits) };
  },
  deleteClips(type, v) {
    onlyKeys(type, v, ['ids']);
    return { ids: ids(type, v.ids) };
  },
  restoreClips(type, v) {
    onlyKeys(type, v, ['clips']);
    // Each record is validated by the library service itself (validateClip); here only the envelope.
    if (!Array.isArray(v.clips) || v.clips.length > LIMITS.ids) fail(type, 'clips must be a list');
    return { clips: v.clips as unknown[] };
  },
  storeStatus(type, v) {
    onlyKeys(type, v, []);
    return undefined;
  },
  checkClips(type, v) {
    onlyKeys(type, v, ['ids']);
    return { ids: ids(type, v.ids) };
  },
};

/**
 * The message's data, checked: right fields, right types, within size. Throws BadMessageError
 * otherwise. `undefined` data stands for `{}` (messages without arguments).
 */
export function guardMessage<K extends keyof ProtocolMap>(type: K, data: unknown): Data<K> {
  const guard = (GUARDS as Record<string, ((t: string, v: Obj) => unknown) | undefined>)[type as string];
  if (!guard) fail(String(type), 'unknown message type');
  const limit = type === 'restoreClips' ? MAX_RESTORE_BYTES : MAX_MESSAGE_BYTES;
  const value = data === undefined || data === null ? {} : data;
  if (!isObj(value)) fail(type, 'data must be an object');
  if (jsonBytes(value) > limit) fail(type, `larger than ${limit} bytes`);
  return guard(type, value) as Data<K>;
}

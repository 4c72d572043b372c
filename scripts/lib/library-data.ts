/**
 * Realistic libraries of saved clips for the benchmark, the e2e tests and manual checks (Node).
 *
 *  - `fixtureBases()`: the project's fixture pages (tests/fixtures/{samples,e2e,metadata,dates,
 *    library}) run through the real extraction core (jsdom), keeping those that are articles.
 *  - `generateClips(n)`: n clips varied deterministically from those bases: sites, titles,
 *    authors (Latin with accents, Cyrillic, Arabic, Japanese), published and clipped dates with
 *    their evidence, tags, notes, and one or two extra paragraphs per clip mixing sentences of
 *    other bases with invented place and person names, so the text index meets a vocabulary and
 *    clip sizes (≈6–25 KB of JSON, median ≈12 KB) like a real library's. Same n and seed → same clips, byte for byte.
 *  - `seedExtension()`: writes clips into a running extension's storage from inside its service
 *    worker, through the storage module's own transaction (utils/storage/clip-store.ts), so
 *    records, summary buckets and the URL index are exactly what the extension writes.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { CLIP_SCHEMA_VERSION, type Clip, type ExtractedClip } from '../../utils/clip';
import { extractClip } from '../../utils/extract/extract-clip';
import { ROOT, type ExtensionBrowser } from './chromium';
import { loadHtml } from './dom';

/** Bumped when generated clips change, so cached benchmark profiles are rebuilt. */
export const GENERATOR_VERSION = 1;

const FIXTURE_DIRS = ['samples', 'e2e', 'metadata', 'dates', 'library'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Every fixture page that extracts as an article, in a stable order. */
export function fixtureBases(): ExtractedClip[] {
  const out: ExtractedClip[] = [];
  for (const dir of FIXTURE_DIRS) {
    const full = path.join(ROOT, 'tests/fixtures', dir);
    let files: string[];
    try {
      files = readdirSync(full).filter((f) => f.endsWith('.html')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const html = readFileSync(path.join(full, file), 'utf8');
      // Served as the page says it lives (its canonical URL), relative ones on a fixture host.
      const fallback = `https://fixtures.example/${dir}/${file}`;
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const page = loadHtml(html, canonical ? new URL(canonical, fallback).href : fallback);
      try {
        const clip = extractClip(page.document, page.window.location.href, { now: new Date('2026-01-01T00:00:00Z') });
        if (clip.readerable && clip.wordCount >= 40) out.push(clip);
      } catch {
        // not an article (section fronts, tag pages): not a base
      } finally {
        page.close();
      }
    }
  }
  if (out.length === 0) throw new Error('No fixture page extracted as an article.');
  return out;
}

const SITES: ReadonlyArray<[string, string]> = [
  ['The Eastport Ledger', 'eastport-ledger.example'],
  ['Coastal Courier', 'coastal-courier.example'],
  ['Northern Standard', 'northern-standard.example'],
  ['Valley Gazette', 'valley-gazette.example'],
  ['The Harbour Times', 'harbour-times.example'],
  ['Alpine Herald', 'alpine-herald.example'],
  ['Riverside Post', 'riverside-post.example'],
  ['Metro Daily', 'metro-daily.example'],
  ['The Island Record', 'island-record.example'],
  ['Plains Observer', 'plains-observer.example'],
  ['Le Journal du Lac', 'journal-du-lac.example'],
  ["L'Écho de l'Est", 'echo-est.example'],
  ['El Diario del Sur', 'diario-del-sur.example'],
  ['Kieler Rundschau', 'kieler-rundschau.example'],
  ['Münchner Abendblatt', 'muenchner-abendblatt.example'],
  ['Gazzetta di Brera', 'gazzetta-brera.example'],
  ['Jornal da Serra', 'jornal-da-serra.example'],
  ['Вестник Приречья', 'vestnik-prirechya.example'],
  ['Северные новости', 'severnye-novosti.example'],
  ['صحيفة الساحل', 'sahel-news.example'],
  ['みなと新聞', 'minato-shimbun.example'],
  ['Dagbladet Fjord', 'dagbladet-fjord.example'],
  ['Gazeta Wiślana', 'gazeta-wislana.example'],
  ['The Midland Chronicle', 'midland-chronicle.example'],
  ['Capital Wire', 'capital-wire.example'],
  ['Science Weekly Review', 'science-weekly.example'],
  ['The Farming Bulletin', 'farming-bulletin.example'],
  ['Transport Today', 'transport-today.example'],
  ['Culture Notes', 'culture-notes.example'],
  ['The Evening Lantern', 'evening-lantern.example'],
];

const FIRST = ['Ana', 'Lena', 'Marta', 'Tomás', 'José', 'Zoë', 'Élodie', 'Jürgen', 'Søren', 'Chloé', 'Nils', 'Priya', 'Kwame', 'Mei', 'Omar', 'Aoife', 'Björn', 'Inès', 'Rafael', 'Ilse', 'Dmitri', 'Hana', 'Lucía', 'Noah', 'Fatima', 'Yusuf', 'Greta', 'Paulo', 'Ines', 'Kai'];
const LAST = ['Berg', 'Ruiz', 'Kowalczyk', 'Reyes', 'Álvarez', 'Müller', 'Nørgaard', 'Dubois', 'Lindqvist', 'Sharma', 'Mensah', 'Chen', 'Haddad', 'Byrne', 'Eklund', 'Moreau', 'Costa', 'Weiß', 'Volkov', 'Sato', 'García', 'Okafor', 'Brandt', 'Rossi', 'Nakamura', 'Petrov', 'Szabó', 'Ferreira', 'Ó Briain', 'Lefèvre'];
const OTHER_SCRIPT_AUTHORS = ['Алёна Журавлёва', 'Григорий Ёлкин', 'Ефим Солнцев', 'ليلى حدّاد', 'سامي العطّار', '佐藤 美咲', '高橋 健太'];
const TAGS = ['transport', 'budget', 'climate', 'housing', 'health', 'schools', 'courts', 'elections', 'science', 'culture', 'sport', 'business', 'energy', 'water', 'farming', 'tourism', 'history', 'libraries', 'cycling', 'ferries', 'rail', 'weather', 'research', 'follow-up', 'to read', 'sources', 'interview', 'data', 'europe', 'local', 'Ökologie', 'vivienda', 'ville', 'город', 'مكتبة'];
const NOTES = ['Check the figures against the council minutes.', 'Quote for the weekly round-up.', 'Follow up in spring.', 'Compare with last year’s coverage.', 'Source for the transport piece.', 'Ask the press office about the timeline.', 'Good background on the dispute.', 'Vérifier les chiffres avec la mairie.', 'Проверить цифры в отчёте.'];
const TITLE_PREFIXES = ['Analysis', 'Update', 'In depth', 'Explainer', 'Live', 'Opinion', 'Briefing', 'Interview', 'Q&A', 'Report'];
const SYLLABLES = ['ka', 'ri', 'mo', 'len', 'dar', 'vi', 'sto', 'ne', 'bru', 'ga', 'thel', 'or', 'mi', 'san', 'kel', 'ua', 'por', 'ti', 'wen', 'as', 'do', 'fjor', 'zel', 'qu', 'hav', 'ern', 'lo', 'bek', 'ish', 'ton'];

/** Invented proper nouns (places, people, firms): the long tail of a news vocabulary. */
function coinedName(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 40 && s.length < 400);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'story'
  );
}

/** A stable 22-character id for clip `i` of `seed` (same alphabet as newClipId). */
export function generatedId(seed: number, i: number): string {
  const r = rng((seed * 0x9e3779b1) ^ (i * 0x85ebca6b) ^ 0x5bd1e995);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = 'g';
  for (let k = 0; k < 21; k++) id += alphabet[Math.floor(r() * 64)];
  return id;
}

export interface GenerateOptions {
  seed?: number;
  bases?: ExtractedClip[];
  /** Latest clipped date (ISO); the default keeps runs reproducible. */
  until?: string;
}

export function generateClips(count: number, options: GenerateOptions = {}): Clip[] {
  const seed = options.seed ?? 1;
  const bases = options.bases ?? fixtureBases();
  const pool = bases.flatMap((b) => sentencesOf(b.text));
  const until = Date.parse(options.until ?? '2026-10-31T12:00:00Z');
  const from = Date.parse('2016-01-01T00:00:00Z');
  const out: Clip[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng(seed * 1_000_003 + i * 7919 + 17);
    const base = bases[i % bases.length]!;
    const [siteName, host] = i % 7 === 0 && base.siteName ? [base.siteName, new URL(base.canonicalUrl).hostname] : pick(r, SITES);

    const publishedMs = from + Math.floor(r() * (until - from - 86_400_000 * 30));
    const published = new Date(publishedMs);
    // Most clips are saved soon after publication, some long after (r² skews towards soon).
    const clippedMs = publishedMs + 600_000 + Math.floor(r() * r() * Math.min(86_400_000 * 400, until - publishedMs - 600_000));
    const publishedIso = r() < 0.3 ? published.toISOString().slice(0, 10) : `${published.toISOString().slice(0, 19)}Z`;
    const dateSource = base.dateEvidence.published?.source ?? pick(r, ['json-ld', 'meta', 'time', 'url', 'text'] as const);
    const hasDate = r() > 0.04;

    const authors =
      r() < 0.12
        ? [pick(r, OTHER_SCRIPT_AUTHORS)]
        : Array.from({ length: r() < 0.25 ? 2 : r() < 0.08 ? 0 : 1 }, () => `${pick(r, FIRST)} ${pick(r, LAST)}`);
    const place = coinedName(r);
    const title = r() < 0.35 ? `${pick(r, TITLE_PREFIXES)}: ${base.title}` : r() < 0.5 ? `${base.title} in ${place}` : `${place}: ${base.title}`;

    // A few paragraphs of sentences from other pages, with invented names.
    const extra: string[] = [];
    const paragraphs = 2 + Math.floor(r() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const parts = Array.from({ length: 4 + Math.floor(r() * 6) }, () => pick(r, pool));
      parts.push(`${coinedName(r)} ${coinedName(r)}, who works in ${place}, said the ${coinedName(r)} project would be reviewed in ${2016 + Math.floor(r() * 11)}.`);
      extra.push(parts.join(' '));
    }
    const text = `${base.text}\n\n${extra.join('\n\n')}`;
    const html = `${base.html}\n${extra.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`;

    const tagCount = r() < 0.35 ? 0 : 1 + Math.floor(r() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(r, TAGS)))];
    const id = generatedId(seed, i);
    const url = `https://www.${host}/${published.getUTCFullYear()}/${pad(published.getUTCMonth() + 1)}/${slug(title)}-${i}`;
    const leadImage = base.leadImage || base.figures[0]?.src ? `https://img.${host}/${published.getUTCFullYear()}/${id}.jpg` : null;
    const figures = base.figures.map((f, n) => ({ ...f, src: n === 0 && leadImage ? leadImage : f.src }));
    const clippedAt = new Date(clippedMs).toISOString();
    out.push({
      ...base,
      url: `${url}?utm_source=generated`,
      canonicalUrl: url,
      title,
      byline: authors.length > 0 ? authors.join(' and ') : null,
      authors,
      siteName,
      published: hasDate ? publishedIso : null,
      modified: hasDate && r() < 0.2 ? new Date(publishedMs + 3_600_000 * 5).toISOString() : null,
      dateEvidence: { published: hasDate ? { source: dateSource, raw: publishedIso } : null, modified: null },
      figures,
      leadImage,
      html,
      text,
      wordCount: base.wordCount + extra.reduce((n, p) => n + words(p), 0),
      id,
      schemaVersion: CLIP_SCHEMA_VERSION,
      tags,
      note: r() < 0.1 ? pick(r, NOTES) : '',
      clippedAt,
      updatedAt: clippedAt,
    });
  }
  return out;
}

let seedBundle: string | null = null;

/** The in-worker writer: the storage module's transaction, bundled for the service worker. */
async function seedScript(): Promise<string> {
  if (seedBundle) return seedBundle;
  const result = await build({
    stdin: {
      contents: `
        import { clipTransaction } from './utils/storage/clip-store';
        import { defaultLock } from './utils/storage/area';
        globalThis.__newsClipperSeed = async (clips) => {
          await clipTransaction(chrome.storage.local, defaultLock(), async (tx) => { for (const clip of clips) await tx.put(clip); });
          return clips.length;
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  seedBundle = result.outputFiles[0]!.text;
  return seedBundle;
}

async function serviceWorker(ext: ExtensionBrowser): Promise<Worker> {
  const find = () => ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  const existing = find();
  if (existing) return existing;
  // A stopped worker starts again for any event, e.g. a message from one of our pages.
  const waiting = ext.context.waitForEvent('serviceworker', { timeout: 20_000 });
  await ext.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ ping: true }).catch(() => undefined), undefined);
  return find() ?? (await waiting);
}

export interface SeedOptions {
  /** Clips per transaction (one storage `set()` each). */
  batch?: number;
  log?: (line: string) => void;
}

/** Stores the clips through the extension's own storage transaction, in batches, inside its service worker. */
export async function seedExtension(ext: ExtensionBrowser, clips: readonly Clip[], options: SeedOptions = {}): Promise<void> {
  const code = await seedScript();
  const batch = options.batch ?? 250;
  for (let i = 0; i < clips.length; i += batch) {
    const worker = await serviceWorker(ext);
    // CDP evaluation is not subject to the extension's CSP, so the bundle runs as it is.
    if (!(await worker.evaluate('typeof globalThis.__newsClipperSeed === "function"'))) await worker.evaluate(code);
    const slice = clips.slice(i, i + batch);
    const stored = await worker.evaluate((c) => (globalThis as unknown as { __newsClipperSeed(c: unknown[]): Promise<number> }).__newsClipperSeed(c), slice as unknown[]);
    if (stored !== slice.length) throw new Error(`Seeding stored ${stored} of ${slice.length} clips.`);
    options.log?.(`seeded ${Math.min(clips.length, i + batch)} / ${clips.length}`);
  }
}

/**
 * Byline text → author names. Drops what bylines wrap around names in many languages:
 * "By"/"Von"/"Par"/"Текст:" prefixes, "Published … by", dates and times, "| Updated …" tails,
 * job titles, degrees, e-mail addresses, handles and URLs; then splits several names on commas,
 * "and"/"und"/"et"/"y"/"и", "&" and slashes between names. Pure.
 *
 * Matching runs on a lower-cased copy with regexes that have no `i` flag, no Unicode property
 * classes in their word boundaries (see word-boundary.ts) and mostly no `u` flag: those cost
 * tens of milliseconds to compile, which the content script would pay on every clip.
 */
import { NON_WORD_CHAR, WORD_CHAR, WORD_END, WORD_START } from '../word-boundary';
import { squash } from './text';

const S = WORD_START;
const E = WORD_END;

/** Builds a regex from source where `⟨` and `⟩` stand for word start and end. */
function re(source: string, flags = ''): RegExp {
  const full = source.replace(/⟨/g, S).replace(/⟩/g, E);
  // Unicode mode only where a property class needs it: it makes every class code-point aware, which costs compile time.
  return new RegExp(full, full.includes('\\p{') ? `${flags}u` : flags);
}

/** Lower case with the same length as the input, so match offsets apply to the original. */
function lower(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length ? l : s.replace(/İ/g, 'I').toLowerCase();
}

/** Words that introduce a name; removed from the start of a byline. */
const PREFIX = re(
  '^(?:' +
    [
      'by', 'written by', 'authored by', 'posted by', 'published by', 'story by', 'words by', 'text by', 'reporting by',
      'report by', 'interview by', 'compiled by', 'an? (?:article|story|post) by', 'about the author', 'über den autor(?:/? ?die autorin)?',
      'von', 'vom', 'geschrieben von', 'verfasst von', 'veröffentlicht von', 'eingestellt von', 'beitrag\\s*von', 'ein beitrag von',
      'gepostet von', 'erstellt von', 'gespeichert von', 'blog\\s*beitrag von', 'submitted by', 'autor(?:in)?', 'autoren', 'author', 'authors', 'text', 'texto', 'tekst', 'testo',
      'par', 'écrit par', 'publié par', 'auteur', 'auteurs', 'por', 'escrito por', 'publicado por', 'autora',
      'di', 'scritto da', 'a cura di', 'door', 'geschreven door', 'przez', 'autorka', 'opracowanie', 'af', 'av',
      'more(?: (?:from|by|articles by|stories by))?', 'mehr von', '(?:view )?all posts by', 'alle beiträge von', '(?:other )?articles by',
      'от', 'автор', 'авторы', 'текст', 'материал подготовил[аи]?', 'posted', 'geplaatst door', 'napisał[a]?', 'بقلم', 'كتب', 'מאת',
    ].join('|') +
    ')(?=[\\s:.,|–—-]|$)[\\s:.,|–—-]*',
);

/** Label words that carry no name ("Posted", "Follow", "Alle Beiträge"); a candidate that is only these is dropped. */
const LABEL_ONLY = re(
  '^(?:by|von|par|por|di|door|przez|posted|published|author|authors|autor|autoren|auteur|written|follow|follow author|' +
    'alle beiträge|all posts|more|mehr|share|teilen|name\\s*\\*?|e-?mail|website|comments?|kommentare?|admin|administrator|' +
    `unknown|anonymous|anonym|updated|aktualisiert|published on|veröffentlicht|${NON_WORD_CHAR}*)$`,
);

const MONTHS = [
  'jan(?:uary|uar|vier|uari)?', 'feb(?:ruary|ruar|rero|braio|ruari)?', 'mar(?:ch|zo|s|ço|et)?', 'märz', 'apr(?:il|ile)?', 'avril',
  'may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'jun(?:e|i|io|ho)?', 'juin', 'giugno', 'jul(?:y|i|io|ho)?', 'juillet', 'luglio',
  'aug(?:ust|usti)?', 'août', 'agosto', 'sep(?:t|tember|tiembre|tembre)?', 'settembre', 'setembro', 'oct(?:ober|ubre|obre)?',
  'okt(?:ober)?', 'ottobre', 'outubro', 'nov(?:ember|iembre|embre|embro)?', 'dec(?:ember|embre)?', 'dez(?:ember)?',
  'dic(?:iembre|embre)?', 'déc(?:embre)?', 'dezembro', 'janvier', 'février', 'enero', 'febrero', 'marzo', 'abril', 'gennaio',
  'febbraio', 'aprile', 'januari', 'februari', 'maart', 'augustus', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja',
  'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
].join('|');
const WEEKDAYS =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|' +
  'donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|' +
  'miércoles|jueves|viernes|sábado|domingo';

const LABELS =
  '(?:updated|last updated|published|posted|aktualisiert|veröffentlicht|erschienen|stand|mis à jour|publié le|publié|actualizado|' +
  'publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|обновлено|опубликовано)⟩';
/** Other credits end the author part: "Edited by", "Photos by", "Fotos:". */
const CREDITS = [
  '(?:edited|photos?|photographs?|illustrations?|graphics?|video|fact-checked|reviewed|additional reporting) by⟩',
  '(?:redigiert|bearbeitet) von⟩',
  '(?:fotos?|bilder|grafik|photos?|video):',
];

/**
 * Where a date, a time or a date label starts; everything from there on is not a name. One word
 * start for all branches and one copy of the month list: each look-around and each copy is
 * compiled separately, and this regex was the costliest of the clip to compile.
 */
const DATE_START = re(
  '(?:' +
    [
      `(?:${WEEKDAYS})\\.?,?\\s+\\d`,
      `\\d{1,2}\\.?\\s*(?:${MONTHS})⟩`,
      `(?:${MONTHS})(?:\\.?\\s+\\d{1,2}|\\s+\\d{4})⟩`,
      '\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}⟩',
      '\\d{1,2}:\\d{2}⟩',
      '\\d{4}-\\d{2}-\\d{2}',
      LABELS,
      `(?:am|on|le|el|il|dnia|den)\\s+(?:\\d|(?:${WEEKDAYS})⟩)`,
      '(?:vor|ago)\\s+\\d',
      '\\d+\\s+(?:min(?:utes?|uten)?|hours?|stunden?|std|days?|tagen?)⟩',
      '\\d+\\s+(?:min(?:ute)?s?\\.?\\s+(?:read|lesezeit)|comments?|kommentare?)⟩',
      ...CREDITS,
    ].join('|') +
    ')',
  'g',
);
/**
 * The branches of DATE_START that need no digit, in the same order: on a byline without digits
 * it finds the same start, and the month list (most of DATE_START's compile time) is never
 * compiled for the common "By Jane Doe".
 */
const WORDY_DATE_START = re(`(?:${[LABELS, `(?:am|on|le|el|il|dnia|den)\\s+(?:${WEEKDAYS})⟩`, ...CREDITS].join('|')})`, 'g');
const DIGIT = /\d/;
const WORD_CHAR_RE = new RegExp(WORD_CHAR);

/**
 * The first date start in `s` (lower case) that begins a word. The word-start check runs here
 * rather than as a look-behind in DATE_START: V8 compiled that look-behind at great cost.
 */
function findDateStart(s: string): RegExpExecArray | null {
  const pattern = DIGIT.test(s) ? DATE_START : WORDY_DATE_START;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    if (m.index === 0 || !WORD_CHAR_RE.test(s[m.index - 1]!)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** Job titles and desk roles that follow or precede a name. */
const ROLE_WORDS =
  '(?:senior |chief |deputy |associate |contributing |special |foreign |political |staff |managing |executive |national |' +
  'investigative |freelance |guest )*' +
  '(?:staff writer|writer|reporter|correspondent|editor(?:-at-large)?|columnist|contributor|photographer|producer|journalist|' +
  'analyst|blogger|editor in chief|editor-in-chief|news editor|' +
  'redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|chefredakteur(?:in)?|ressortleiter(?:in)?|volontär(?:in)?|' +
  'redaktionsleiter(?:in)?|autor(?:in)? (?:bei|für)|freie[rn]? autor(?:in)?|mitarbeiter(?:in)?|' +
  'journaliste|rédacteur|rédactrice|correspondant(?:e)?|envoyée? spéciale?|chroniqueur|chroniqueuse|' +
  'redactor(?:a)?|periodista|corresponsal|enviado especial|giornalista|inviato|inviata|redattore|redattrice|corrispondente|' +
  'verslaggever|redacteur|dziennikarz|dziennikarka|redaktor|korespondent|' +
  'корреспондент|редактор|обозреватель|журналист|специальный корреспондент)';
const ROLE = re(`^${ROLE_WORDS}⟩`);
/** A role after a name: "Ingo Arzt Redakteur für Wirtschaft", "Jane Doe, Staff Writer". */
const ROLE_TAIL = re(`(?:\\s*[,|–—-]\\s*|\\s+)${ROLE_WORDS}⟩.*$`);
const DEGREE = /^(?:ma|ms|msc|mba|md|phd|ph\.d\.|dr|rn|bsc|ba|mph|jd|llm|esq\.?|jr\.?|sr\.?)$/;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const URL_RE = /(?:https?:\/\/|www\.)[^\s)]+/gi;
const HANDLE = /(?:^|\s)@[\w.]+/g;

/** Separators between names. */
const SPLIT = re('\\s*(?:;|,|\\s&\\s|\\s\\+\\s|\\s+(?:and|und|et|y|e|i|en|og|och|и|та|і|oraz|with|mit|avec|con|com)\\s+|\\s+/\\s+)\\s*', 'g');

/** Lower-case words that belong inside names ("Christoph von Ritter", "Michiel de Jong", "der Michel"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'zu', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

const BY_MID = re('^(.*?)⟨(?:by|von|par|por|door|przez|di|da|от)\\s+(.+)$');
/** "Tech Industry by Steven Musil": these words never sit inside a name, whatever precedes them. */
const BY_ALWAYS = re('^(.{1,40}?)\\s(?:by|par|por|door|przez)\\s+(\\p{Lu}.+)$');
const MONTH_OR_DAY = re(`⟨(?:${MONTHS}|${WEEKDAYS})⟩`, 'g');
const NOISE_WORDS = re(
  '⟨(?:published|posted|submitted|updated|on|at|am|um|le|el|il|veröffentlicht|aktualisiert|erstellt|eingestellt|gespeichert|publié|publicado|' +
    'pubblicato|uhr|h|pm|gmt|utc|cet|cest|est|edt|pst|pdt|обновлено|опубликовано)⟩',
  'g',
);
const EDGE_PUNCT = /^[\s,;:|·•–—\-/»›]+|[\s,;:|·•–—\-/»›]+$/g;

/** Removes a leading prefix ("By ", "Von ") from `s`; matched case-insensitively. */
function stripPrefix(s: string): string {
  const m = PREFIX.exec(lower(s));
  return m ? s.slice(m[0].length) : s;
}

/** True when a piece of byline holds no name: dates, labels, category links ("in Gefühle"). */
function isNoise(p: string): boolean {
  const l = lower(p);
  const date = findDateStart(l);
  const rest = (date ? `${l.slice(0, date.index)} ${l.slice(date.index + date[0].length)}` : l)
    .replace(MONTH_OR_DAY, ' ')
    .replace(NOISE_WORDS, ' ')
    .replace(/[\d\s.,:/|·•–—()-]+/g, ' ')
    .trim();
  return rest === '' || /^in\s/.test(l.trim());
}

/**
 * Strips what is not a name from one byline string (prefixes, dates, tails) without splitting it.
 * Returns '' when nothing name-like is left.
 */
export function trimByline(raw: string): string {
  let s = raw.replace(EMAIL, ' ').replace(URL_RE, ' ');
  // Parenthesised URLs and handles: "(http://ebb.org/bkuhn/)", "(@handle)".
  s = s.replace(HANDLE, ' ').replace(/\(\s*\)/g, ' ');
  // Lines and segments around "|", "·", "•": keep the one that names someone.
  const parts = joinLabels(
    s
      .split(/\s*[|·•\n]\s*|\s+[–—]\s+/)
      .map(squash)
      .filter(Boolean),
  );
  if (parts.length > 1) {
    const byPart = parts.find((p) => PREFIX.test(lower(p)) && !isNoise(stripPrefix(p)));
    // Without a "By", the name comes first ("Ben Silverman" / "Games Editor"); a line that
    // starts with a date is a dateline with categories, not a byline.
    s = byPart ?? (isNoise(parts[0]!) ? '' : parts[0]!);
  } else {
    s = parts[0] ?? '';
  }
  // "Beitragvon r23", "| Autor: gnaddrig".
  s = s.replace(/^[\s|·•:,–—-]+/, '');
  // "Published 3 May 2021 by Jane Doe", "Veröffentlicht am 8. Februar 2022 von PETA-Team".
  const mid = BY_MID.exec(lower(s));
  if (mid && mid[1] && isNoise(mid[1])) s = s.slice(s.length - mid[2]!.length);
  else {
    const always = BY_ALWAYS.exec(s.replace(/\bBy\b/, 'by'));
    if (always && always[1] && !PREFIX.test(lower(always[1]))) s = always[2]!;
  }
  s = stripPrefix(stripPrefix(s));
  const d = findDateStart(lower(s));
  if (d) s = s.slice(0, d.index);
  // Prose (an author's bio, a teaser) is not a byline.
  if (s.split(/\s+/).length > 6 && /[.!?]\s+\p{Lu}\p{Ll}/u.test(s)) return '';
  const role = ROLE_TAIL.exec(lower(s));
  if (role) {
    const before = s.slice(0, role.index);
    // "Jane Doe, Staff Writer" or a capitalised name before the role; not "staff writer" alone.
    if (/^\s*[,|–—-]/.test(role[0]) || /\p{Lu}/u.test(before)) s = before;
  }
  return squash(s.replace(EDGE_PUNCT, ''));
}

/**
 * Rejoins pieces split apart by line breaks: a lone prefix ("By") with the name after it, and
 * connectors ("and", ",") with the names on both sides.
 */
function joinLabels(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const l = lower(p);
    if (i + 1 < parts.length && PREFIX.test(l) && stripPrefix(p).trim() === '') {
      parts[i + 1] = `${p} ${parts[i + 1]}`;
      continue;
    }
    if (out.length > 0 && i + 1 < parts.length && /^(?:and|und|et|y|e|i|en|и|&|,)$/.test(l)) {
      out[out.length - 1] = `${out[out.length - 1]} ${p} ${parts[i + 1]}`;
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** True when the string could be one person's (or a desk's) name. */
export function plausibleName(name: string): boolean {
  if (!name || name.length > 70 || LABEL_ONLY.test(lower(name))) return false;
  if (!/\p{L}/u.test(name) || /\(\s*\d+\s*\)/.test(name)) return false;
  if (name.split(/\s+/).length > 6) return false;
  // Sentences are not names.
  if (/[.!?]\s+\p{Ll}/u.test(name) || /[:!?"“”(]$/.test(name)) return false;
  return true;
}

function splitOn(s: string, sep: RegExp): string[] {
  const l = lower(s);
  const out: string[] = [];
  let last = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(l); m; m = sep.exec(l)) {
    if (m[0].length === 0) {
      sep.lastIndex++;
      continue;
    }
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out.map((p) => p.trim()).filter(Boolean);
}

/** Splits a cleaned byline into names. */
export function splitNames(s: string): string[] {
  if (!s) return [];
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the parenthesis lists co-authors.
  s = s.replace(/\(\s*(?:avec|with|mit|con|com|and|und|et)\s+([^)]*)\)/giu, ', $1');
  // "Jong, Michiel de": one person written surname first.
  const commaParts = s.split(/\s*,\s*/);
  if (
    commaParts.length === 2 &&
    /^\p{L}[\p{L}'’-]*$/u.test(commaParts[0]!) &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2}$/u.test(commaParts[1]!) &&
    (/\p{Ll}/u.test(commaParts[1]!) || /^(?:\p{Lu}\.\s?){1,3}$/u.test(commaParts[1]!)) &&
    !DEGREE.test(lower(commaParts[1]!)) &&
    splitOn(commaParts[1]!, SPLIT).length === 1
  ) {
    return [s];
  }
  const pieces = splitOn(s, SPLIT);
  // Do not split "Mac & i" or "B & B": a piece of a single short word is no name.
  if (pieces.length > 1 && /[&/+]/.test(s) && pieces.some((p) => p.replace(/[^\p{L}]/gu, '').length < 2)) {
    return finish(s.split(/\s*[;,]\s*/).map((p) => p.trim()).filter(Boolean));
  }
  return finish(pieces);
}

function finish(pieces: string[]): string[] {
  const out: string[] = [];
  for (let p of pieces) {
    p = stripPrefix(p).replace(EDGE_PUNCT, '').replace(/(\p{L}{3,})\.$/u, '$1').trim();
    const l = lower(p);
    if (!p || DEGREE.test(l) || ROLE.test(l) || /^\d/.test(p) || !plausibleName(p)) continue;
    const firstWord = l.split(/\s+/)[0]!;
    // A lower-case run of many words is a phrase, not a name ("news service reports" is kept: it is short).
    if (/^\p{Ll}/u.test(p) && !PARTICLES.has(firstWord) && p.split(/\s+/).length > 4) continue;
    if (!out.some((x) => lower(x) === l)) out.push(p);
  }
  return out;
}

/** Byline text → names, in order, without duplicates. */
export function parseByline(raw: string): string[] {
  return splitNames(trimByline(raw));
}

/**
 * Byline text → author names. Drops what bylines wrap around names in many languages:
 * "By"/"Von"/"Par"/"Текст:" prefixes, "Published … by", dates and times, "| Updated …" tails,
 * job titles, degrees, e-mail addresses, handles and URLs; then splits several names on commas,
 * "and"/"und"/"et"/"y"/"и", "&" and slashes between names. Pure.
 */
import { squash } from './text';

/** `\b` that knows letters beyond ASCII (JavaScript's `\b` does not, even with the u flag). */
const UB = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

function ure(source: string, flags = 'iu'): RegExp {
  return new RegExp(source.replace(/\\b/g, UB), flags);
}

/** Words that introduce a name; removed from the start of a byline. */
const PREFIX = new RegExp(
  '^(?:' +
    [
      'by', 'written by', 'authored by', 'posted by', 'published by', 'story by', 'words by', 'text by', 'reporting by',
      'report by', 'interview by', 'compiled by', 'an? (?:article|story|post) by',
      'von', 'vom', 'geschrieben von', 'verfasst von', 'veröffentlicht von', 'eingestellt von', 'beitrag\\s*von', 'ein beitrag von',
      'gepostet von', 'erstellt von', 'autor(?:in)?', 'autoren', 'author', 'authors', 'text', 'texto', 'tekst', 'testo',
      'par', 'écrit par', 'publié par', 'auteur', 'auteurs', 'por', 'escrito por', 'publicado por', 'autor', 'autora',
      'di', 'scritto da', 'a cura di', 'door', 'geschreven door', 'przez', 'autorka', 'opracowanie', 'af', 'av', 'av:',
      'от', 'автор', 'авторы', 'текст', 'материал подготовил[аи]?', 'редактор', 'posted', 'geplaatst door', 'napisał[a]?',
    ].join('|') +
    ')(?=[\\s:.,|–—-]|$)[\\s:.,|–—-]*',
  'iu',
);

/** Label words that carry no name ("Posted", "Follow", "Alle Beiträge"); a candidate that is only these is dropped. */
const LABEL_ONLY = /^(?:by|von|par|por|di|door|przez|posted|published|author|authors|autor|autoren|auteur|written|follow|follow author|alle beiträge|all posts|more|mehr|share|teilen|name\s*\*?|e-?mail|website|comments?|kommentare?|admin|administrator|unknown|anonymous|anonym|updated|aktualisiert|published on|veröffentlicht|[^\p{L}\p{N}]*)$/iu;

const MONTHS = [
  'jan(?:uary|uar|vier|uari)?', 'feb(?:ruary|ruar|rero|braio|ruari)?', 'mar(?:ch|zo|s|ço|et)?', 'märz', 'apr(?:il|ile|il)?', 'avril',
  'may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'jun(?:e|i|io|ho)?', 'juin', 'giugno', 'jul(?:y|i|io|ho)?', 'juillet', 'luglio',
  'aug(?:ust|usti)?', 'août', 'agosto', 'sep(?:t|tember|tiembre|tembre)?', 'settembre', 'setembro', 'oct(?:ober|ubre|obre)?',
  'okt(?:ober)?', 'ottobre', 'outubro', 'nov(?:ember|iembre|embre|embro)?', 'dec(?:ember|embre)?', 'dez(?:ember)?',
  'dic(?:iembre|embre)?', 'déc(?:embre)?', 'dezembro', 'janvier', 'février', 'enero', 'febrero', 'marzo', 'abril', 'gennaio',
  'febbraio', 'aprile', 'januari', 'februari', 'maart', 'augustus', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja',
  'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
].join('|');
const WEEKDAYS =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo';

/** Where a date, a time or a date label starts; everything from there on is not a name. */
const DATE_START = ure(
  [
    `\\b(?:${WEEKDAYS})\\.?,?\\s+\\d`,
    `\\b\\d{1,2}\\.?\\s*(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b`,
    `\\b(?:${MONTHS})\\s+\\d{4}\\b`,
    '\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}',
    '\\b(?:updated|last updated|published|posted|aktualisiert|veröffentlicht|erschienen|stand|mis à jour|publié le|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|обновлено|опубликовано)\\b',
    '\\b(?:am|on|le|el|il|dnia|den)\\s+(?:\\d|(?:' + WEEKDAYS + ')\\b)',
    '\\b(?:vor|ago)\\s+\\d|\\b\\d+\\s+(?:min(?:utes?|uten)?|hours?|stunden?|std|days?|tagen?)\\b',
    '\\b\\d+\\s+(?:min(?:ute)?s?\\.?\\s+(?:read|lesezeit)|comments?|kommentare?)\\b',
  ].join('|'),
);

/** Job titles and desk names that follow or precede a name. */
const ROLE_WORDS =
  '(?:senior |chief |deputy |associate |contributing |special |foreign |political |staff |managing |executive |national |investigative |freelance |guest )*' +
  '(?:staff writer|writer|reporter|correspondent|editor(?:-at-large)?|columnist|contributor|photographer|producer|journalist|' +
  'analyst|critic|blogger|host|anchor|intern|editor in chief|editor-in-chief|news editor|' +
  'redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|chefredakteur(?:in)?|ressortleiter(?:in)?|volontär(?:in)?|redaktionsleiter(?:in)?|' +
  'autor(?:in)? (?:bei|für)|freie[rn]? autor(?:in)?|mitarbeiter(?:in)?|' +
  'journaliste|rédacteur|rédactrice|correspondant(?:e)?|envoyée? spéciale?|chroniqueur|chroniqueuse|' +
  'redactor(?:a)?|periodista|corresponsal|enviado especial|giornalista|inviato|inviata|redattore|redattrice|corrispondente|' +
  'verslaggever|redacteur|correspondent|dziennikarz|dziennikarka|redaktor|korespondent|' +
  'корреспондент|редактор|обозреватель|журналист|специальный корреспондент)';
const ROLE = ure(`^${ROLE_WORDS}\\b`);
/** A role after at least one name word: "Ingo Arzt Redakteur für Wirtschaft", "Jane Doe, Staff Writer". */
const ROLE_TAIL = ure(`(?:\\s*[,|–—-]\\s*|\\s+)${ROLE_WORDS}\\b.*$`);
const DEGREE = /^(?:ma|ms|msc|mba|md|phd|ph\.d\.|dr|rn|bsc|ba|mph|jd|llm|esq\.?|jr\.?|sr\.?)$/i;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
const URL_RE = /(?:https?:\/\/|www\.)\S+/gi;
const HANDLE = /(?:^|\s)@[\w.]+/g;

/** Separators between names. "&" and "/" only between names of two or more letters. */
const SPLIT = /\s*(?:;|,|\s&\s|\s\+\s|\s+(?:and|und|et|y|e|i|en|og|och|и|та|і|a|oraz|with|mit|avec|con|com)\s+|\s+\/\s+)\s*/iu;

/** Lower-case words that belong inside names ("Christoph von Ritter", "Michiel de Jong", "der Michel"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'zu', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

const BY_MID = ure('^(.*?)\\b(?:by|von|par|por|door|przez|di|da|от)\\s+(.+)$');

/**
 * Strips what is not a name from one byline string (prefixes, dates, tails) without splitting it.
 * Returns '' when nothing name-like is left.
 */
export function trimByline(raw: string): string {
  let s = squash(raw.replace(EMAIL, ' ').replace(URL_RE, ' '));
  // Parenthesised URLs and handles: "(http://ebb.org/bkuhn/)", "(@handle)".
  s = s.replace(/\(\s*\)/g, ' ').replace(HANDLE, ' ');
  // Segments around "|", "·", "•": keep the one that names someone.
  const parts = s.split(/\s*[|·•]\s*|\s+[–—]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const byPart = parts.find((p) => PREFIX.test(p) && !DATE_START.test(p.replace(PREFIX, '').slice(0, 3)));
    const nameParts = parts.filter((p) => !isNoise(p));
    s = byPart ?? nameParts[0] ?? '';
  }
  s = dropLeadingLabel(s);
  // "Published 3 May 2021 by Jane Doe", "Veröffentlicht am 8. Februar 2022 von PETA-Team".
  const byMid = BY_MID.exec(s);
  if (byMid && byMid[1] && isNoise(byMid[1])) s = byMid[2]!;
  s = s.replace(PREFIX, '');
  s = s.replace(PREFIX, '');
  const d = DATE_START.exec(s);
  if (d) s = s.slice(0, d.index);
  // Prose (an author's bio, a teaser) is not a byline.
  if (s.split(/\s+/).length > 6 && /[.!?]\s+\p{Lu}\p{Ll}/u.test(s)) return '';
  s = s.replace(ROLE_TAIL, (m) => (/^\s*[,|–—-]/.test(m) || /\p{Lu}/u.test(s.slice(0, s.length - m.length)) ? '' : m));
  s = s.replace(/^[\s,;:|·•–—\-/»›]+|[\s,;:|·•–—\-/»›]+$/g, '');
  return squash(s);
}

function dropLeadingLabel(s: string): string {
  // "Beitragvon r23", "Eingestellt von der Michel", "Posted by X", "| Autor: gnaddrig".
  return s.replace(/^[\s|·•:,–—-]+/, '');
}

const MONTH_OR_DAY = ure(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'giu');
const NOISE_WORDS = ure(
  '\\b(?:published|posted|updated|on|at|am|um|le|el|il|veröffentlicht|aktualisiert|erstellt|eingestellt|publié|publicado|pubblicato|uhr|h|pm|gmt|utc|cet|cest|est|edt|pst|pdt|обновлено|опубликовано)\\b',
  'giu',
);

/** True when a piece of byline holds no name: dates, labels, category links ("in Gefühle"). */
function isNoise(p: string): boolean {
  const rest = p
    .replace(DATE_START, ' ')
    .replace(MONTH_OR_DAY, ' ')
    .replace(NOISE_WORDS, ' ')
    .replace(/[\d\s.,:/|·•–—()-]+/g, ' ')
    .trim();
  return rest === '' || /^in\s/i.test(p.trim());
}

/** True when the string could be one person's (or a desk's) name. */
export function plausibleName(name: string): boolean {
  if (!name || name.length > 70 || LABEL_ONLY.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  const ws = name.split(/\s+/);
  if (ws.length > 6) return false;
  // Sentences are not names.
  if (/[.!?]\s+\p{Ll}/u.test(name) || /[:!?"“”]$/.test(name)) return false;
  return true;
}

/** Splits a cleaned byline into names. */
export function splitNames(s: string): string[] {
  if (!s) return [];
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the parenthesis lists co-authors.
  s = s.replace(/\(\s*(?:avec|with|mit|con|com|and|und|et)\s+([^)]*)\)/giu, ', $1');
  // "Jong, Michiel de": one person written surname first.
  const commaParts = s.split(/\s*,\s*/);
  if (commaParts.length === 2 && /^\p{L}[\p{L}'’-]*$/u.test(commaParts[0]!) && /^(?:\p{Lu}[\p{L}.'’-]*\s*)+(?:\s(?:de|van|von|der|den|da|di|du|le|la)\b)*$/u.test(commaParts[1]!) && !SPLIT.test(commaParts[1]!)) {
    if (commaParts[1]!.split(/\s+/).length <= 3 && !DEGREE.test(commaParts[1]!)) return [s];
  }
  const pieces = s.split(SPLIT).map((p) => p.trim()).filter(Boolean);
  // Do not split "Mac & i" or "B & B": a piece of a single short word is no name.
  if (pieces.some((p) => p.replace(/[^\p{L}]/gu, '').length < 2) && /[&/+]/.test(s) && pieces.length > 1) {
    const coarse = s.split(/\s*(?:;|,)\s*/).map((p) => p.trim()).filter(Boolean);
    return finish(coarse);
  }
  return finish(pieces);
}

function finish(pieces: string[]): string[] {
  const out: string[] = [];
  for (let p of pieces) {
    p = p.replace(PREFIX, '').replace(/^[\s,;:|·•–—\-/]+|[\s,;:|·•–—\-/]+$/g, '').trim();
    if (!p || DEGREE.test(p) || ROLE.test(p)) continue;
    if (/^\d/.test(p)) continue;
    if (!plausibleName(p)) continue;
    const lowerFirst = /^\p{Ll}/u.test(p) && !PARTICLES.has(p.split(/\s+/)[0]!.toLowerCase());
    // A lower-case run of many words is a phrase, not a name ("news service reports" is kept: it is short).
    if (lowerFirst && p.split(/\s+/).length > 4) continue;
    if (!out.some((x) => x.toLowerCase() === p.toLowerCase())) out.push(p);
  }
  return out;
}

/** Byline text → names, in order, without duplicates. */
export function parseByline(raw: string): string[] {
  return splitNames(trimByline(raw));
}

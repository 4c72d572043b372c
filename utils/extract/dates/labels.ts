/**
 * Words and class names that say what a date is: "Updated", "Aktualisiert", "Mis à jour",
 * "Обновлено" → modified; "Published", "Veröffentlicht", "Publié", "Опубликовано" → published.
 */
import { LETTER_END, LETTER_START } from '../word-boundary';
import type { DateRole } from './types';

/** "Stand:" (as of) is left neutral: on most pages it is the only date and reads as the article's. */
const MODIFIED_WORDS = [
  'updated', 'last updated', 'update', 'last modified', 'modified', 'revised', 'edited', 'changed',
  'aktualisiert', 'aktualisierung', 'zuletzt aktualisiert', 'geändert', 'zuletzt geändert', 'letzte änderung',
  'mis à jour', 'mise à jour', 'actualisé', 'modifié',
  'actualizado', 'actualizada', 'actualización', 'modificado',
  'aggiornato', 'aggiornata', 'aggiornamento', 'modificato',
  'atualizado', 'atualizada', 'atualização', 'atualizacao',
  'bijgewerkt', 'laatst bijgewerkt', 'gewijzigd',
  'aktualizacja', 'zaktualizowano', 'aktualizowano', 'zmieniono',
  'обновлено', 'обновлен', 'обновлён', 'обновление', 'изменено',
  'оновлено', 'оновлення', 'змінено',
  'uppdaterad', 'opdateret', 'oppdatert', 'päivitetty', 'güncellendi', 'güncelleme', 'aktualizováno', 'actualizat',
  '更新', '更新日', '最終更新',
];

const PUBLISHED_WORDS = [
  'published', 'first published', 'originally published', 'publication date', 'date published', 'posted', 'posted on',
  'released', 'created', 'written',
  'veröffentlicht', 'publiziert', 'erschienen', 'erscheinungsdatum', 'erstellt', 'online seit', 'datum',
  'publié', 'publiée', 'publication', 'mis en ligne', 'paru', 'créé',
  'publicado', 'publicada', 'publicación', 'fecha de publicación',
  'pubblicato', 'pubblicata', 'pubblicazione',
  'publicação', 'publicacao',
  'gepubliceerd', 'geplaatst', 'publicatie',
  'opublikowano', 'opublikowany', 'publikacja', 'data publikacji', 'dodano',
  'опубликовано', 'опубликован', 'публикация', 'дата публикации', 'размещено',
  'опубліковано', 'публікація', 'дата публікації',
  'publicerad', 'publiceret', 'publisert', 'julkaistu', 'yayınlanma', 'yayınlandı', 'publikováno', 'publicat',
  '公開', '公開日', '投稿', '投稿日', '掲載', '发布', '發布', '发表', '發表', '发布时间', '發佈',
];

/** Dates that belong to someone or something else: a member's sign-up, a birth, a deadline. */
const OTHER_WORDS = [
  'registered', 'joined', 'member since', 'born', 'expires', 'valid until', 'deadline',
  'registriert', 'mitglied seit', 'dabei seit', 'geboren', 'gültig bis', 'anmeldeschluss', 'einsendeschluss',
  'inscrit', 'inscrite', 'membre depuis', 'né le', 'née le', 'date limite',
  'registrado', 'miembro desde', 'nacido', 'fecha límite', 'iscritto', 'nato il', 'scadenza',
  'lid sinds', 'geregistreerd', 'zarejestrowany', 'dołączył', 'urodzony',
  'зарегистрирован', 'на сайте с', 'родился', 'зареєстрований', 'народився',
];

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

const LABEL = new RegExp(
  `${LETTER_START}(?:(${alternation(MODIFIED_WORDS)})|(${alternation(PUBLISHED_WORDS)})|(${alternation(OTHER_WORDS)}))${LETTER_END}`,
  'gi',
);

/**
 * The role given by the last label in `prefix` (the text right before a date), if any;
 * `other` for dates that are not the article's at all ("Registriert: 18.09.2008").
 */
export function roleFromLabel(prefix: string): DateRole | 'other' {
  let role: DateRole | 'other' = 'unknown';
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(prefix)) !== null) role = m[1] ? 'modified' : m[2] ? 'published' : 'other';
  return role;
}

const CLASS_MODIFIED = /(?:^|[\s_-])(?:updated?|modified|mod|changed|lastmod|last-?modified|date-?modified|datemodified|aktualisiert|revised)(?:$|[\s_-])|updated|modified/i;
const CLASS_PUBLISHED = /(?:^|[\s_-])(?:published|publish|pub|pubdate|posted|created|erstellt|date-?published|datepublished|publication)(?:$|[\s_-])|published|pubdate/i;

/** The role given by an element's class, id or itemprop ("entry-date published", "updated"). */
export function roleFromAttributes(el: Element): DateRole {
  const s = `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (s.length < 3) return 'unknown';
  if (CLASS_PUBLISHED.test(s)) return 'published';
  if (CLASS_MODIFIED.test(s)) return 'modified';
  return 'unknown';
}

/**
 * Relative dates ("2 hours ago", "vor 3 Tagen", "вчера", "3日前") resolved against a known
 * reference time. Without one they mean nothing and are never used. Results are calendar
 * days in UTC: the page states no zone.
 */
import { LETTER_CHAR, LETTER_END, LETTER_START, WORD_START } from '../word-boundary';
import { makeDate } from './normalize';
import type { DateParts } from './types';

type Unit = 'minute' | 'hour' | 'day' | 'week';

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(?:min|minute|minutes|mins|minuten|minute[ns]?|минут[уы]?|хвилин[уи]?|minuto|minutos|minuti|minuut|minuten|minut[ya]?|分|分钟|分鐘)$/iu, 'minute'],
  [/^(?:h|hr|hrs|hour|hours|stunde|stunden|std|heure|heures|hora|horas|ora|ore|uur|godzin[ya]?|godz|час|часа|часов|годин[уи]?|годину|時間|小时|小時)$/iu, 'hour'],
  [/^(?:day|days|tag|tagen|tage|jour|jours|día|dias|días|dia|giorno|giorni|dag|dagen|dzień|dni|день|дня|дней|день|дні|днів|日|天)$/iu, 'day'],
  [/^(?:week|weeks|woche|wochen|semaine|semaines|semana|semanas|settimana|settimane|weken|tydzień|tygodnie|tygodni|неделю|недели|недель|тиждень|тижні|тижнів|週間|周|週)$/iu, 'week'],
];

const MS: Record<Unit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

/** "2 hours ago", "vor 3 Tagen", "il y a 2 jours", "hace 2 días", "2 giorni fa", "há 2 dias", "2 dagen geleden", "2 dni temu", "3 часа назад", "2 дні тому", "3日前", "2小时前". */
const AGO = new RegExp(
  [
    `${WORD_START}(?:vor|il y a|hace|há|ha)\\s+(\\d{1,3})\\s+(${LETTER_CHAR}+)`,
    `${WORD_START}(\\d{1,3})\\s*(${LETTER_CHAR}+)\\s+(?:ago|fa|geleden|temu|назад|тому)${LETTER_END}`,
    '(\\d{1,3})\\s*(分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週)\\s*(?:前|以前)',
  ].join('|'),
  'i',
);

const YESTERDAY = new RegExp(`${LETTER_START}(?:yesterday|gestern|ayer|ieri|ontem|gisteren|wczoraj|вчера|вчора|昨天|昨日)${LETTER_END}`, 'i');
/** French "hier" is German "here": only read it on French pages. */
const HIER = new RegExp(`${LETTER_START}hier${LETTER_END}`, 'i');
const TODAY = new RegExp(`${LETTER_START}(?:today|heute|aujourd[’']hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|сегодня|сьогодні|今天|今日)${LETTER_END}`, 'i');
const JUST_NOW = new RegExp(`${LETTER_START}(?:just now|gerade eben|à l[’']instant|ahora mismo|poco fa|agora mesmo|zojuist|przed chwilą|только что|щойно|刚刚|剛剛)${LETTER_END}`, 'i');

function unitOf(word: string): Unit | null {
  for (const [re, unit] of UNIT_WORDS) if (re.test(word)) return unit;
  return null;
}

function dayOf(ms: number): DateParts | null {
  const d = new Date(ms);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export interface RelativeMatch {
  date: DateParts;
  raw: string;
  index: number;
}

/** The first relative date in `text`, resolved against `now`; null without a reference time. */
export function findRelativeDate(text: string, now: Date | null, lang: string | null = null): RelativeMatch | null {
  if (!now || !Number.isFinite(now.getTime())) return null;
  const ref = now.getTime();
  const m = AGO.exec(text);
  if (m) {
    const n = Number(m[1] ?? m[3] ?? m[5]);
    const unit = unitOf(m[2] ?? m[4] ?? m[6] ?? '');
    if (unit && n >= 0) {
      const date = dayOf(ref - n * MS[unit]);
      if (date) return { date, raw: m[0], index: m.index };
    }
  }
  const french = (lang ?? '').toLowerCase().startsWith('fr');
  const words: [RegExp, number][] = [[YESTERDAY, 1], [TODAY, 0], [JUST_NOW, 0]];
  if (french) words.unshift([HIER, 1]);
  for (const [re, back] of words) {
    const r = re.exec(text);
    if (r) {
      const date = dayOf(ref - back * MS.day);
      if (date) return { date, raw: r[0], index: r.index };
    }
  }
  return null;
}

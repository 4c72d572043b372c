/**
 * Month names with their grammatical forms and abbreviations, per language. Every form maps
 * to one month number; a form shared by several languages always means the same month, so
 * the table can be used without knowing the page's language.
 */

/** Forms per month (index 0 = January), lower-case, accents as written; abbreviations without dots. */
const LANGS: Record<string, string[][]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jänn', 'jän'], ['februar', 'feber'], ['märz', 'maerz', 'mär', 'mrz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'],
    ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
  ],
  pt: [
    ['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'],
    ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  pl: [
    ['styczeń', 'stycznia', 'sty'], ['luty', 'lutego', 'lut'], ['marzec', 'marca'], ['kwiecień', 'kwietnia', 'kwi'], ['maj', 'maja'], ['czerwiec', 'czerwca', 'cze'],
    ['lipiec', 'lipca', 'lip'], ['sierpień', 'sierpnia', 'sie'], ['wrzesień', 'września', 'wrz'], ['październik', 'października', 'paź'], ['listopad', 'listopada', 'lis'], ['grudzień', 'grudnia', 'gru'],
  ],
  ru: [
    ['январь', 'января', 'янв'], ['февраль', 'февраля', 'фев', 'февр'], ['март', 'марта', 'мар'], ['апрель', 'апреля', 'апр'], ['май', 'мая'], ['июнь', 'июня', 'июн'],
    ['июль', 'июля', 'июл'], ['август', 'августа', 'авг'], ['сентябрь', 'сентября', 'сен', 'сент'], ['октябрь', 'октября', 'окт'], ['ноябрь', 'ноября', 'ноя', 'нояб'], ['декабрь', 'декабря', 'дек'],
  ],
  uk: [
    ['січень', 'січня', 'січ'], ['лютий', 'лютого', 'лют'], ['березень', 'березня', 'бер'], ['квітень', 'квітня', 'квіт', 'кві'], ['травень', 'травня', 'трав', 'тра'], ['червень', 'червня', 'черв', 'чер'],
    ['липень', 'липня', 'лип'], ['серпень', 'серпня', 'серп', 'сер'], ['вересень', 'вересня', 'вер'], ['жовтень', 'жовтня', 'жовт', 'жов'], ['листопад', 'листопада', 'лист', 'лис'], ['грудень', 'грудня', 'груд', 'гру'],
  ],
  // Beyond the required set: common in multilingual news.
  sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
  da: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december', 'desember']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu'], ['prosince', 'prosinec']],
  ro: [['ianuarie', 'ian'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie', 'iun'], ['iulie', 'iul'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie', 'noi'], ['decembrie']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
  id: [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
  ca: [['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'], ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre']],
  fi: [['tammikuuta'], ['helmikuuta'], ['maaliskuuta'], ['huhtikuuta'], ['toukokuuta'], ['kesäkuuta'], ['heinäkuuta'], ['elokuuta'], ['syyskuuta'], ['lokakuuta'], ['marraskuuta'], ['joulukuuta']],
  hu: [['január'], ['február'], ['március'], ['április'], ['május'], ['június'], ['július'], ['augusztus'], ['szeptember'], ['október'], ['november'], ['december']],
};

const FORMS = new Map<string, number>();
for (const months of Object.values(LANGS)) {
  months.forEach((forms, i) => {
    for (const f of forms) {
      const key = f.normalize('NFC');
      const prev = FORMS.get(key);
      if (prev !== undefined && prev !== i + 1) throw new Error(`month form ${key} is ambiguous`);
      FORMS.set(key, i + 1);
    }
  });
}

/** Month number for a form (case-insensitive, trailing dot ignored), or null. */
export function monthNumber(form: string): number | null {
  return FORMS.get(form.normalize('NFC').toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Regex alternation of every form, longest first (so "juli" never wins over "juillet"). */
export const MONTH_SOURCE = [...FORMS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

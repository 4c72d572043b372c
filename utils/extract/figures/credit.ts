/**
 * Splits a photo credit out of caption text: "Photo: Jane Roe/Reuters", "Фото: РИА Новости",
 * "© AFP", "(EFE)", "… 2019. REUTERS/Brendan McDermid". The credit keeps its label ("Foto: dpa")
 * so readers see what it is; surrounding parentheses go. Pure.
 */

/**
 * Words that introduce a credit, in the languages of the corpora and a few more. The patterns
 * below have no `u` flag: nothing in them needs it, and with `i` it doubled their compile time,
 * which the freshly injected extractor pays on every clip.
 */
const LABEL =
  '(?:photo(?:graph)?s?|photo\\s+credit|pictures?|pic|images?|credits?|cr[ée]dits?(?:\\s+photos?)?|' +
  'fotos?|fotograf(?:ía|ia|ie|ien)?|fotó|fot\\.|фото(?:графия)?|світлина|bild(?:er|quelle)?|quelle|source|' +
  'fuente|fonte|zdj(?:ęcie|\\.)|kuva|imagen|immagine|crédito|credito|copyright|illustration|grafik|video)';

/** "Photo:", "Photo by", "Foto von", "Crédit :", "Image copyright" at the start of a string. */
const LABEL_START = new RegExp(`^${LABEL}\\s*(?:[:：|/]|\\s(?:by|von|de|di|par|door|av|copyright)\\b|\\s*©)`, 'i');

/** Agencies and photo libraries whose name alone marks a credit. */
const AGENCY =
  '(?:AFP|AP|Reuters|REUTERS|Getty(?:\\s+Images)?|GETTY|dpa|DPA|EFE|EPA|ANSA|Xinhua|TASS|ТАСС|РИА\\s+Новости|' +
  'RIA\\s+(?:News|Novosti)|Sputnik|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|Keystone|picture[\\s-]alliance|imago|IMAGO|' +
  'NASA|ESA|PA(?:\\s+Wire)?|Sipa|ZUMA|Zuma|Anadolu|Kyodo|Yonhap|UPI|Europa\\s+Press|ANP|Belga|APA|SDA|Ritzau|NTB|' +
  'Scanpix|Lusa|Wikimedia(?:\\s+Commons)?|Unsplash|Pixabay|Pexels|Bestimage|ABACA|Abaca|MAXPPP|Hans\\s+Lucas|Polaris|Redux|' +
  'WireImage|FilmMagic|PAP|East\\s+News|Agencja\\s+Gazeta|Newspix|Fotolia|Adobe\\s+Stock|Depositphotos)';

const AGENCY_RE = new RegExp(`(?:^|[\\s/|(,])${AGENCY}(?=$|[\\s/|),.;])`);

/** A string that is only a credit: "Photo: X", "© X", "(AP Photo/X)", "REUTERS/X", "EFE". */
export function isCreditText(raw: string): boolean {
  const s = raw.trim().replace(/^\((.*)\)\.?$/s, '$1').trim();
  if (!s || s.length > 140) return false;
  if (/^(?:©|\(c\)|copyright\b)/i.test(s)) return true;
  if (LABEL_START.test(s)) return true;
  // "Reuters", "AP Photo/Evan Vucci", "Marcus Dell/Getty Images", "Natalie Naccache | Bloomberg | Getty Images"
  if (AGENCY_RE.test(s) && s.split(/\s+/).length <= 10 && !/[.!?]\s+\p{Lu}/u.test(s) && looksLikeNames(s)) return true;
  return false;
}

/** Lower-case words allowed in a bare credit ("AFP via Getty Images", "picture alliance / dpa"). */
const CREDIT_SMALL_WORDS = new Set(['via', 'for', 'and', 'de', 'di', 'da', 'van', 'von', 'der', 'del', 'la', 'le', 'du', 'y', 'e', 'und', 'et', 'images', 'photo', 'photos', 'pictures', 'alliance', 'stock', 'commons', 'news', 'file', 'handout', 'pool']);

/** Names, agencies and separators only: no sentence ("The AP reported"). */
function looksLikeNames(s: string): boolean {
  let small = 0;
  for (const w of s.split(/[\s/|,;()]+/)) {
    if (!w) continue;
    if (/^\p{Ll}/u.test(w) && !CREDIT_SMALL_WORDS.has(w.toLowerCase())) small++;
  }
  return small === 0;
}

export interface CaptionSplit {
  caption: string | null;
  credit: string | null;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .replace(/^[|–—-]\s*/, '')
    .replace(/\s*[|–—-]$/, '')
    .trim();
  return t || null;
}

function unparen(s: string): string {
  const t = s.trim();
  const m = /^\((.*)\)\.?$/s.exec(t);
  return (m ? m[1]! : t).trim();
}

const TRAILING_PAREN = /\s*\(([^()]{2,140})\)\s*\.?\s*$/;
const TRAILING_COPYRIGHT = /\s*((?:©|\(c\)\s)[^©]{1,140})$/i;
/** A credit label after the end of a sentence or a separator. */
const TRAILING_LABEL = new RegExp(`(^|[.!?…»"”’)\\]]\\s*|\\s[|–—-]\\s|\\s{2,}|\\n)(${LABEL}\\s*(?:[:：|/]|\\s(?:by|von|de|di|par|door|av|copyright)\\b|\\s*©)[^\\n]{1,140})$`, 'i');
/** "…on Sunday. REUTERS/Brendan McDermid", "… in 2018.Kathrin Ziegler/Getty" */
const TRAILING_AGENCY = /([.!?…»"”’)])\s*([^.!?\n]{1,90})$/;

/**
 * Splits caption text into the caption proper and its credit. Text with line breaks is split
 * at the last line when that line is a credit.
 */
export function splitCredit(text: string | null | undefined): CaptionSplit {
  const t = clean(text);
  if (!t) return { caption: null, credit: null };
  // "Image caption Eva-Marie Persson said…" (the label of a caption, not a credit).
  const body = t.replace(/^(?:image|media|photo)\s+caption\s*:?\s*/i, '');
  if (isCreditText(body)) return { caption: null, credit: unparen(body) };

  const lines = body.split('\n');
  if (lines.length > 1) {
    const last = lines[lines.length - 1]!;
    if (isCreditText(last)) return { caption: clean(lines.slice(0, -1).join('\n')), credit: unparen(last) };
    const first = lines[0]!;
    if (isCreditText(first)) return { caption: clean(lines.slice(1).join('\n')), credit: unparen(first) };
  }
  const flat = body.replace(/\n/g, ' ');

  let m = TRAILING_PAREN.exec(flat);
  if (m && isCreditText(m[1]!)) return { caption: clean(flat.slice(0, m.index)), credit: m[1]!.trim() };

  m = TRAILING_COPYRIGHT.exec(flat);
  if (m && m.index > 0) return { caption: clean(flat.slice(0, m.index)), credit: m[1]!.trim() };

  m = TRAILING_LABEL.exec(flat);
  if (m) {
    const start = m.index + m[1]!.length;
    if (start > 0) return { caption: clean(flat.slice(0, start)), credit: unparen(m[2]!) };
  }

  m = TRAILING_AGENCY.exec(flat);
  if (m && isCreditText(m[2]!) && AGENCY_RE.test(m[2]!)) {
    const start = m.index + m[1]!.length;
    return { caption: clean(flat.slice(0, start)), credit: m[2]!.trim() };
  }
  // "Photo: X. The harbour at dawn." — a leading credit.
  m = new RegExp(`^(${LABEL}\\s*[:：][^.]{1,80}?\\.)\\s+(\\S.*)$`, 'i').exec(flat);
  if (m) return { caption: clean(m[2]), credit: m[1]!.replace(/\.$/, '').trim() };
  return { caption: flat, credit: null };
}

/** Joins distinct pieces ("/"), dropping ones contained in another. */
export function joinDistinct(parts: readonly (string | null)[]): string | null {
  const out: string[] = [];
  for (const p of parts) {
    const s = clean(p);
    if (!s) continue;
    const key = s.toLowerCase();
    if (out.some((o) => o.toLowerCase().includes(key))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (key.includes(out[i]!.toLowerCase())) out.splice(i, 1);
    out.push(s);
  }
  return out.length ? out.join(' / ') : null;
}

/**
 * What non-article blocks inside a body look like, by class/id and by text, in the languages
 * of the corpora (en, de, fr, es, it, pt, nl, pl, ru, uk) and a few more. Pure data.
 */
import type { LeadWords } from './phrase-gate';

/** `{ word: 'second third' }` → the `next` map of a gate; '|' stands for "nothing follows" (''). */
function nextWords(spec: Record<string, string>): Map<string, Set<string>> {
  return new Map(Object.entries(spec).map(([w, list]) => [w, new Set(list.split(' ').map((x) => (x === '|' ? '' : x)))]));
}

/** Class/id tokens of blocks that are never the article. Matched against "class id". */
export const JUNK_CLASS: { rule: string; re: RegExp }[] = [
  {
    rule: 'share',
    re: /(?:^|[\s_-])(?:share|shares|sharing|sharebar|share-?tools|sharedaddy|shariff|addthis|addtoany|a2a|social|socials|social-?(?:links|media|buttons|icons|share|bar)|sociable|teilen|compartir|partage|partager)(?:[\s_-]|$)/i,
  },
  {
    rule: 'related',
    re: /related|relacionad|(?:^|[\s_-])(?:similar|verwandte?|aehnlich|ähnlich)(?:[\s_-]|$)|also-?read|read-?also|read-?more|more-?(?:stories|news|articles|from)|recommend|empfehl|lesetipp|lire-?aussi|lea-?tambien|leer-?mas|te-?puede-?interesar|mas-?noticias|leggi-?anche|czytaj|читайте|most-?(?:read|popular|viewed|shared|commented)|meistgelesen|mostread|popular|trending|outbrain|taboola|zergnet|(?:^|[\s_-])(?:teasers?|promos?|upsell|cross-?sell|further-?reading|next-?article|prev-?article|post-?navigation|nav-?links)(?:[\s_-]|$)/i,
  },
  {
    rule: 'newsletter',
    re: /newsletter|subscri(?:be|ption)|(?:^|[\s_-])(?:signup|sign-up|optin|opt-in|abo|abo-?teaser|paywall|paywalled|payant|piano|regwall|registration|mailing-?list|inscription|boletin|suscri\w*|app-?promo|download-?app)(?:[\s_-]|$)/i,
  },
  {
    rule: 'ad',
    re: /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|adsense|adbox|ad-?container|ad-?slot|ad-?unit|ad-?wrapper|ad-?label|dfp|gpt-?ad|doubleclick|sponsor|sponsored|sponsorship|werbung|anzeige|publicidad|publicite|pub|native-?ad)(?:[\s_-]|$)/i,
  },
  {
    rule: 'comments',
    re: /(?:^|[\s_-])(?:comments?|comment-?(?:list|form|respond|area|section|count)|disqus|respond|replies|kommentare?|commentaires?|comentarios?|commenti|комментарии)(?:[\s_-]|$)/i,
  },
  {
    // Hidden on screen (print-only copies, collapsed widgets): not what the reader sees.
    rule: 'hidden',
    re: /(?:^|\s)(?:d-none|hidden|is-hidden|hide|u-hidden|print-only|visible-print|d-print-block|show-for-print|screen-reader-text|sr-only|visually-hidden|visuallyhidden|offscreen)(?:\s|$)/i,
  },
  {
    rule: 'meta',
    re: /(?:^|[\s_-])(?:breadcrumbs?|breadcrumb-?\w+|pagination|pager|tags|tag-?list|tags-?links|cat-?links|keywords|schlagworte|etiquetas|entry-?footer|post-?footer|author-?(?:bio|box|info|card|details)|about-?(?:the-?)?author|bio-?box|byline|print|toolbar|article-?tools|article-?actions|follow-?us|screen-?reader-?text|sr-?only|visually-?hidden|visuallyhidden|offscreen|skip-?link)(?:[\s_-]|$)/i,
  },
];

/** Labels that introduce a link to another story ("Read also: …"). */
export const READ_ALSO =
  /^(?:read|see|watch|listen)\s+(?:also|more|next|too)\b|^(?:read|see|watch|listen)(?:\s+(?:this|the\s+full\s+story))?\s*[:：]|^also\s+(?:read|see|on\b)|^more(?:\s+(?:on|about|from|news|stories|coverage|on\s+this\s+story))?\s*[:：]|^more\s+from\b|^related(?:\s+(?:articles?|stories|content|coverage|news|posts?|links?|reading|video))?\b|^recommended(?:\s+(?:for you|reading|stories|articles|videos?))?\b|^(?:you|we\s+think\s+you)\s+(?:may|might|could|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|^(?:most|more)\s+(?:popular|read|viewed|shared|stories|news|articles|videos)\b|^(?:popular|top|latest|editor'?s?)\s+(?:stories|news|articles|posts|picks)\b|^want\s+more\s+(?:stories|news|articles)|^also\s+on\s+\S+\.\w+|^самые\s+(?:популярные|читаемые)|^популярн\w*\s|^похожие\s|^(?:meistgelesen|meistgeklickt|beliebteste)|^(?:les\s+)?plus\s+lus|^(?:lo\s+)?más\s+(?:leído|visto)|^más\s+noticias|^i\s+più\s+letti|^najczęściej\s+czytane|^don'?t\s+miss\b|^must\s+read\b|^trending\b|^further\s+reading\b|^(?:lesen|lies|sehen|hören)\s+sie\s+(?:auch|mehr|hier)|^mehr\s+(?:zum\s+thema|dazu|lesen|aus)\b|^auch\s+interessant|^das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|^weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen|news)|^(?:weitere\s+)?(?:beiträge|artikel|news|meldungen)\s+zum\s+thema|^mehr\s+themen|^(?:à|a)\s+lire\s+(?:aussi|également|egalement)|^lire\s+(?:aussi|également|la\s+suite)|^voir\s+aussi|^sur\s+le\s+même\s+sujet|^(?:lea|lee)\s+(?:también|tambien|más|mas|además)|^lea\s*[:：]|^leer\s+(?:más|mas)|^te\s+puede\s+interesar|^(?:ver|vea)\s+también|^noticias\s+relacionadas|^leggi\s+(?:anche|pure)|^potrebbe\s+interessarti|^leia\s+(?:também|mais)|^veja\s+(?:também|mais)|^lees\s+(?:ook|meer)|^ook\s+interessant|^czytaj\s+(?:także|też|również|więcej)|^zobacz\s+(?:także|też|również)|^читайте\s+(?:также|еще|ещё|тоже)|^смотрите\s+(?:также|еще)|^читати\s+також|^дивіться\s+також|^по\s+теме\b|^läs\s+(?:också|mer)|^les\s+(?:også|mer)|^lue\s+myös/i;

/** Every first word READ_ALSO can start with (phrase-gate.ts). */
export const READ_ALSO_LEAD: LeadWords = {
  words: new Set([
    'read', 'see', 'watch', 'listen', 'also', 'more', 'related', 'recommended', 'you', 'we', 'most', 'popular', 'top', 'latest',
    'editor', 'editors', 'want', 'самые', 'похожие', 'les', 'plus', 'lo', 'más', 'i', 'najczęściej', 'don', 'dont', 'must',
    'trending', 'further', 'lesen', 'lies', 'sehen', 'hören', 'mehr', 'auch', 'das', 'weitere', 'beiträge', 'artikel', 'news',
    'meldungen', 'à', 'a', 'lire', 'voir', 'sur', 'lea', 'lee', 'leer', 'te', 'ver', 'vea', 'noticias', 'leggi', 'potrebbe',
    'leia', 'veja', 'lees', 'ook', 'czytaj', 'zobacz', 'читайте', 'смотрите', 'читати', 'дивіться', 'по', 'läs', 'lue',
  ]),
  next: nextWords({
    a: 'lire', à: 'lire', i: 'più', we: 'think', you: 'may might could will', top: 'stories news articles posts picks',
    more: '| on about from news stories coverage popular read viewed shared articles videos', most: 'popular read viewed shared stories news articles videos',
    also: 'read see on', news: 'zum', das: 'könnte', les: 'plus også mer', lo: 'más', te: 'puede', sur: 'le', ver: 'también', vea: 'también',
    see: '| also more next too this the', read: '| also more next too this the', watch: '| also more next too this the',
    listen: '| also more next too this the', must: 'read', don: 't', dont: 'miss', further: 'reading', want: 'more', plus: 'lus',
    auch: 'interessant', mehr: 'zum dazu lesen aus themen', ook: 'interessant', por: 'teme',
  }),
  stems: ['популярн', 'meistgelesen', 'meistgeklickt', 'beliebteste'],
};

/** Whole-block texts of ad labels, share bars, navigation and widget chrome. */
export const CHROME_TEXT =
  /^(?:advertisements?|advert|ad|ads|anzeigen?|werbung|publicidad|publicité|pubblicità|reklama|реклама|annons|advertentie|sponsored(?:\s+(?:content|links?|stories))?|paid\s+content|promoted(?:\s+stories)?|(?:article|story|content)\s+continues\s+(?:below|after\s+(?:the\s+)?(?:ad(?:vertisement)?|video))|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+to\s+continue(?:\s+with\s+content)?|(?:to\s+)?continue\s+reading|pour\s+lire\s+la\s+suite|lire\s+la\s+suite|(?:jetzt\s+)?weiterlesen\s+mit\s+\S+|seguir\s+leyendo|continua\s+a\s+leggere|weiterlesen|weiter\s+nach\s+der\s+anzeige|skip\s+(?:to\s+(?:content|main\s+content)|ad(?:vertisement)?)|share(?:\s+(?:this|the)(?:\s+(?:article|story|post|page))?)?|share\s+(?:on|via)\s+\w+|(?:share|tweet|email|print|copy\s+link|save|bookmark|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|e-?mail)(?:\s*[,|/·•]?\s*(?:share|tweet|email|print|copy\s+link|save|bookmark|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|e-?mail|messenger|flipboard|xing|vk))*|gift\s+(?:this\s+)?article|artikel\s+teilen|teilen|drucken|compartir(?:\s+en\s+\w+)?|partager(?:\s+sur\s+\w+)?|envoyer\s+par\s+(?:e-?)?mail|condividi|поделиться|udostępnij|image\s+\d+\s+of\s*\/?\s*\d+|caption|close|enlarge(?:\s+image|\s+this\s+image)?|expand|view\s+(?:author\s+archive|gallery|slideshow|comments?|\d+\s+comments?|all\s+\d*\s*photos)|email\s+the\s+author|follow\s+on\s+twitter|media\s+playback\s+is\s+unsupported\s+on\s+your\s+device|this\s+slideshow\s+requires\s+javascript\.?|loading(?:\.\.\.|…)?|(?:\d+\s+)?comments?|kommentare?|commentaires?|comentarios?|отзывы|добавить\s+(?:отзыв|комментарий)|комментарии|by|subscribe(?:\s+now)?|sign\s+(?:in|up)|log\s*in|register|breaking\s+news\s+(?:e-?mails?|alerts?)|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|tell\s+us\s+what\s+you\s+think\.*|(?:go\s+)?back(?:\s+to\s+(?:the\s+)?(?:top|section|all\s+news|news|home(?:\s*page)?|overview|list|articles?|blog|index|previous\s+page))?|zurück(?:\s+zur?\s+\S+)?|nach\s+oben|retour(?:\s+(?:à|a)\s+.{1,30})?|volver(?:\s+a\s+.{1,30})?|torna(?:\s+(?:a|al|alla)\s+.{1,30})?|назад(?:\s+.{1,30})?|вернуться(?:\s+.{1,40})?|к\s+списку\s+\S+|все\s+новости|powrót(?:\s+.{1,30})?|top\s+of\s+page|print\s+this\s+(?:article|page)|listen\s+to\s+(?:this\s+)?(?:article|story)|\d+\s*min(?:ute)?s?\s+read|read\s+time\s*:?\s*\d+\s*min\w*)[.!:]?$/i;

/** Every first word CHROME_TEXT can start with (phrase-gate.ts). */
export const CHROME_TEXT_LEAD: LeadWords = {
  words: new Set([
    'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'anzeige', 'anzeigen', 'werbung', 'publicidad', 'publicité',
    'pubblicità', 'reklama', 'реклама', 'annons', 'advertentie', 'sponsored', 'paid', 'promoted', 'article', 'story', 'content',
    'continue', 'scroll', 'to', 'pour', 'lire', 'jetzt', 'weiterlesen', 'seguir', 'continua', 'weiter', 'skip', 'e', 'gift', 'artikel', 'teilen', 'drucken', 'compartir', 'partager', 'envoyer', 'condividi', 'поделиться', 'udostępnij',
    'image', 'caption', 'close', 'enlarge', 'expand', 'view', 'follow', 'media', 'this', 'loading', 'comment', 'comments',
    'kommentar', 'kommentare', 'commentaire', 'commentaires', 'comentario', 'comentarios', 'отзывы', 'добавить', 'комментарии',
    'by', 'subscribe', 'sign', 'log', 'login', 'register', 'breaking', 'leave', 'post', 'join', 'tell', 'go', 'back', 'zurück',
    'nach', 'retour', 'volver', 'torna', 'назад', 'вернуться', 'к', 'все', 'powrót', 'top', 'listen', 'read',
  ]),
  next: nextWords({
    by: '|', this: 'slideshow', to: 'continue', go: 'back', post: 'a', image: '#', media: 'playback', paid: 'content',
    article: 'continues', story: 'continues', content: 'continues', sign: 'in up', log: 'in', leave: 'a', join: 'the', tell: 'us',
    follow: 'on', top: 'of', listen: 'to', read: 'time', continue: 'reading', scroll: 'to', close: '|', caption: '|', expand: '|',
    register: '|', comments: '|', comment: '|', nach: 'oben', все: 'новости', к: 'списку', breaking: 'news', pour: 'lire', lire: 'la',
  }),
  // Share-bar labels run together when their icons are text ("FacebookTwitterEmail").
  stems: ['share', 'tweet', 'email', 'print', 'copy', 'save', 'bookmark', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram'],
  digit: true,
};

/** Newsletter, subscription, app and cookie promotions, and copyright lines, in a short block. */
export const PROMO_TEXT =
  /\b(?:newsletters?\b.{0,80}\b(?:sign\s+up|subscribe|inbox|delivered|e-?mail)|(?:sign\s+up|subscribe)\b.{0,60}\bnewsletters?|delivered\s+(?:right\s+)?(?:to|into)\s+your\s+inbox|(?:straight|right)\s+(?:to|into)\s+your\s+inbox|get\s+the\s+latest\b.{0,60}\b(?:news|updates|headlines|stories)\b.{0,40}\b(?:inbox|app|newsletter)|download\s+(?:the|our)\s+\S+(?:\s+\S+)?\s+apps?\b|get\s+the\s+\S+(?:\s+\S+)?\s+apps?\b|subscribe\s+(?:now\s+)?(?:to\s+(?:our|the)\s+\S+|for\s+the\s+full\s+story)|never\s+miss\b.{0,40}\b(?:signing\s+up|newsletter|subscrib)|(?:respect|respektieren)\s+(?:your|deine|ihre)\s+(?:privacy|privatsphäre)|zapraszamy\s+(?:też\s+)?do\s+(?:subskrypcji|prenumeraty)|follow\s+us\s+on\b|like\s+us\s+on\s+facebook|jetzt\s+(?:abonnieren|anmelden|registrieren)|newsletter\s+(?:abonnieren|bestellen)|abonnieren\s+sie|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti|подпишитесь|zapisz\s+się|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|reproduction\s+interdite|prohibida\s+(?:su|la)\s+reproducción|this\s+(?:material|article)\s+may\s+not\s+be\s+(?:published|reproduced)|have\s+a\s+(?:news\s+)?tip\?|send\s+us\s+(?:a\s+)?(?:news\s+)?tip|we\s+(?:use|and\s+our\s+partners\s+use)\s+cookies|this\s+(?:website|site)\s+uses\s+cookies|(?:contains?|may\s+contain|includes?)\s+affiliate\s+(?:and\/or\s+referral\s+)?links|(?:we|may)\s+(?:may\s+)?earn\s+(?:a\s+)?(?:small\s+)?commission|get\s+breaking\s+news\s+alerts|delivered\s+(?:every\s+)?(?:weekday|weekend|daily)\s+(?:mornings?|evenings?)|links\s+zu\s+anbietern\s+enthalten|(?:eine\s+)?provision\s+erh(?:ält|alten)|(?:contient|peut\s+contenir)\s+des\s+liens\s+(?:d'affiliation|affiliés)|follow\s+@\w+|delivered\s+(?:through|to)\s+your\s+(?:letterbox|door|inbox))/i;
/** Words of which every PROMO_TEXT match contains one (phrase-gate.ts). */
export const PROMO_TEXT_NEEDLES = [
  'newsletter', 'inbox', ' app', 'subscri', 'signing', 'privacy', 'privatsphäre', 'subskrypcji', 'prenumeraty', 'follow', 'facebook',
  'abonn', 'anmelden', 'registrieren', 'inscrivez', 'suscr', 'iscriviti', 'подпишитесь', 'zapisz', 'rights', 'rechte', 'droits',
  'derechos', 'reproduc', 'published', ' tip', 'cookies', 'affiliate', 'commission', 'alerts', 'delivered', 'anbietern', 'provision',
  'liens',
];

/** Calls to action that are a link ("CLICK HERE TO GET THE APP", "Read more"). */
export const LINK_PROMO_TEXT =
  /\b(?:click(?:ing)?\s+here|tap\s+here|learn\s+more|find\s+out\s+more|more\s+information|read\s+(?:more|the\s+full)|weiterlesen|mehr\s+erfahren|hier\s+klicken|en\s+savoir\s+plus|lire\s+la\s+suite|leer\s+más|seguir\s+leyendo|saiba\s+mais|leggi\s+(?:tutto|di\s+più)|подробнее|читать\s+далее|czytaj\s+dalej)\b/i;

/** The label over an author box at the end of a story. */
export const AUTHOR_LABEL =
  /^(?:(?:more\s+)?about\s+the\s+authors?|über\s+(?:den|die)\s+autor(?:in|en|innen)?|zum\s+autor|zur\s+autorin|à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|la)\s+autor(?:a)?|o\s+autorze|об\s+авторе|the\s+author)\s*:?$/i;

/** Post metadata lines under a story: categories, "filed under", view counters, comment status. */
export const POST_META_TEXT =
  /(?:^|\s)(?:categor(?:y|ies|ía|ias)|catégories?|kategorien?|rubriken?|tags?|schlagw(?:orte|örter)|filed\s+under|posted\s+in|abgelegt\s+unter)\s*[:：]|\b(?:filed\s+under|abgelegt\s+unter|publié\s+dans)\s+\S|^\(?visited\s+\d+\s+times\b|\b(?:comments?\s+and\s+pings|kommentare\s+und\s+pings)\s+(?:are|sind)\b/i;

/** Site footer words: "Impressum | Datenschutz | © …" at the very end of a body. */
export const LEGAL_TEXT =
  /\b(?:impressum|imprint|datenschutz\w*|privacy(?:\s+policy)?|copyright|agb|terms(?:\s+of\s+(?:use|service))?|nutzungsbedingungen|disclaimer|mentions\s+légales|aviso\s+legal|kontakt|contact(?:\s+us)?)\b|©/i;

/** Trailing notes that are not the story: credits of reporters, bios, corrections policy. */
export const TRAILER_TEXT =
  /^\(?(?:reporting\s+by|additional\s+reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|produced\s+by|graphics?\s+by)\b|\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)\b|^(?:tags?|topics?|themen|schlagworte|schlagwörter|stichworte|etiquetas|temas|mots-clés|tagged|filed\s+under|posted\s+in|categories|category|kategorie|kategorien|rubrik|tematy|tagi|теги|темы)\s*[:：]|^(?:more\s+)?about\s+the\s+author\b|^(?:über\s+(?:den|die)\s+autor(?:in)?|zum\s+autor|zur\s+autorin|à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|la)\s+autor(?:a)?|o\s+autorze|об\s+авторе)\b|^(?:the\s+)?(?:author|writer)\s+(?:is|was)\b|^follow\s+(?:him|her|them|@?\w+)\s+on\s+(?:twitter|x|facebook|instagram)|\bprices\s+(?:are\s+)?subject\s+to\s+change\b|\bfollow\s+(?:him|her|them)\s+on\s+(?:twitter|x\b)|^(?:copyright|©)\s|^\w[\w\s.'-]{2,40}\s+(?:is|was)\s+(?:a|an|the)\s+(?:\w+\s+){0,4}(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|producer|freelancer)\b/i;

/** A byline or dateline line at the top of a story. */
export const BYLINE_TEXT =
  /^(?:by|from|von|par|por|di|door|av|przez|автор|текст|written\s+by|authored\s+by|posted\s+by|published\s+by|story\s+by|words\s+by)\s*[:：]?\s+\S/i;

/** Month names (en, de, fr, es, it, pt, nl, pl, ru, uk) for date-only lines. */
const MONTHS =
  'jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fevereiro|febrero|febbraio|m[äa]r(?:ch|z|s|zo|ço)?|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maggio|maio|mei|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|ao[uû]t|agosto|sep(?:t|tember|tembre|tiembre|tembro)?|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|d[ée]c(?:embre)?|dic(?:iembre|embre)?|januar|stycz\\w*|lut\\w*|mar\\w*|kwie\\w*|maj\\w*|czerw\\w*|lip\\w*|sierp\\w*|wrze\\w*|paźdz\\w*|listop\\w*|grud\\w*|январ\\w*|феврал\\w*|март\\w*|апрел\\w*|ма[йя]\\w*|июн\\w*|июл\\w*|август\\w*|сентябр\\w*|октябр\\w*|ноябр\\w*|декабр\\w*|січ\\w*|лют\\w*|берез\\w*|квіт\\w*|трав\\w*|черв\\w*|лип\\w*|серп\\w*|верес\\w*|жовт\\w*|листоп\\w*|груд\\w*';

/** Contains a calendar date or a time of day. */
export const DATE_TEXT = new RegExp(
  `\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTHS})\\b|\\b\\d{1,2}\\s+(?:de\\s+)?(?:${MONTHS})\\b|\\b(?:\\d+\\s+(?:hours?|minutes?|days?|mins?|hrs?)\\s+ago)\\b`,
  // No `u`: nothing here needs it, and with `i` it doubles the compile time.
  'i',
);

/** "Updated …", "Published …", "Posted …" and their translations at the start of a line. */
export const DATELINE_TEXT =
  /^(?:\|?\s*)(?:updated|published|posted|last\s+(?:updated|modified)|first\s+published|created|erstellt|veröffentlicht|aktualisiert|stand|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|aktualizacja|опубликовано|обновлено)\b/i;

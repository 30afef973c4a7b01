// The accessible names consent banners give their buttons, in the languages of the EU and the
// others Consentry ships (SPEC §10), as banners commonly word them. A control matches when its
// whole name (case, punctuation and a trailing "cookies" aside) is one of these: a substring match
// would take "Accept necessary only" for an accept button.

const REJECT = [
  // en
  'reject all', 'reject', 'decline all', 'decline', 'deny all', 'deny', 'refuse all', 'refuse', 'disagree',
  'necessary only', 'only necessary', 'essential only', 'only essential', 'strictly necessary only',
  'accept necessary', 'accept only necessary', 'accept only essential', 'accept essential',
  'use necessary only', 'use only necessary', 'allow necessary only', 'allow only necessary',
  'continue without accepting', 'reject optional', 'reject non-essential', 'no thanks',
  // de
  'alle ablehnen', 'ablehnen', 'nur notwendige', 'nur erforderliche', 'nur essenzielle', 'nur notwendige akzeptieren',
  'nur essenzielle akzeptieren', 'nur erforderliche akzeptieren', 'weiter ohne einwilligung', 'verweigern',
  // fr
  'tout refuser', 'refuser tout', 'refuser', 'continuer sans accepter', 'je refuse', 'refuser les',
  // es / ca
  'rechazar todo', 'rechazar todas', 'rechazar', 'denegar', 'solo necesarias', 'rebutjar-ho tot', 'rebutjar',
  // it
  'rifiuta tutto', 'rifiuta tutti', 'rifiuta', 'solo necessari', 'continua senza accettare',
  // pt
  'rejeitar tudo', 'rejeitar todos', 'rejeitar', 'recusar tudo', 'recusar', 'recusar todos',
  // nl
  'alles weigeren', 'alle weigeren', 'weigeren', 'alles afwijzen', 'afwijzen', 'alleen noodzakelijke',
  // nordic
  'avvisa alla', 'avvisa', 'neka alla', 'neka', 'avböj alla', 'avböj', 'afvis alle', 'afvis', 'avvis alle', 'avvis',
  'hylkää kaikki', 'hylkää', 'hafna öllu', 'hafna',
  // central and eastern Europe
  'odrzuć wszystkie', 'odrzuć', 'odmítnout vše', 'odmítnout', 'odmietnuť všetko', 'odmietnuť', 'zavrni vse', 'zavrni',
  'odbij sve', 'odbij', 'odbaci sve', 'elutasítom', 'összes elutasítása', 'elutasít', 'respinge tot', 'respinge toate',
  'respinge', 'отхвърляне на всички', 'отхвърляне', 'отхвърлям', 'отклонить все', 'отклонить', 'відхилити все', 'відхилити',
  'одбиј све', 'одбиј', 'keeldu kõigist', 'keeldu', 'noraidīt visus', 'noraidīt', 'atmesti visus', 'atmesti',
  // el, mt, ga, tr
  'απόρριψη όλων', 'απόρριψη', 'irrifjuta kollox', 'irrifjuta', 'diúltaigh do gach rud', 'diúltaigh', 'tümünü reddet', 'reddet',
  // ar, he, ja, ko, zh
  'رفض الكل', 'رفض', 'דחה הכל', 'דחייה', 'דחה', 'すべて拒否', '拒否', '모두 거부', '거부', '全部拒绝', '拒绝', '全部拒絕', '拒絕',
];

const ACCEPT = [
  // en
  'accept all', 'accept', 'allow all', 'allow', 'agree', 'i agree', 'agree and close', 'accept and close', 'accept and continue',
  'ok', 'okay', 'got it', 'i accept', 'yes', 'consent', 'allow selection',
  // de
  'alle akzeptieren', 'akzeptieren', 'alle annehmen', 'annehmen', 'alle zulassen', 'zulassen', 'einverstanden', 'zustimmen',
  'alle erlauben', 'erlauben', 'ich stimme zu', 'akzeptieren und schließen',
  // fr
  'tout accepter', 'accepter tout', 'accepter', "j'accepte", 'autoriser tout', 'accepter et fermer', 'accepter et continuer',
  // es / ca
  'aceptar todo', 'aceptar todas', 'aceptar', 'permitir todo', 'acceptar-ho tot', 'acceptar',
  // it
  'accetta tutto', 'accetta tutti', 'accetta', 'accetto', 'consenti tutti',
  // pt
  'aceitar tudo', 'aceitar todos', 'aceitar', 'permitir todos', 'concordo',
  // nl
  'alles accepteren', 'alle accepteren', 'accepteren', 'akkoord', 'alles toestaan', 'toestaan',
  // nordic
  'godkänn alla', 'godkänn', 'acceptera alla', 'acceptera', 'tillåt alla', 'accepter alle', 'accepter', 'tillad alle',
  'godta alle', 'godta', 'aksepter alle', 'hyväksy kaikki', 'hyväksy', 'samþykkja allt', 'samþykkja',
  // central and eastern Europe
  'akceptuj wszystkie', 'akceptuję', 'zaakceptuj wszystkie', 'zgadzam się', 'přijmout vše', 'přijmout', 'souhlasím',
  'prijať všetko', 'prijať', 'sprejmi vse', 'sprejmi', 'prihvati sve', 'prihvati', 'összes elfogadása', 'elfogadom',
  'elfogad', 'accept toate', 'acceptă toate', 'acceptă', 'приемам всички', 'приемане на всички', 'приемам', 'принять все',
  'принять', 'прийняти все', 'прийняти', 'прихвати све', 'прихвати', 'nõustu kõigiga', 'nõustun', 'pieņemt visus',
  'pieņemt', 'priimti visus', 'priimti', 'sutinku',
  // el, mt, ga, tr
  'αποδοχή όλων', 'αποδοχή', 'aċċetta kollox', 'aċċetta', 'glac le gach rud', 'glac', 'tümünü kabul et', 'kabul et',
  // ar, he, ja, ko, zh
  'قبول الكل', 'قبول', 'אשר הכל', 'קבל הכל', 'אישור', 'すべて受け入れる', 'すべて許可', '同意する', '모두 수락', '모두 동의', '수락',
  '全部接受', '接受', '同意', '全部接受', '接受全部',
];

const SETTINGS = [
  'manage preferences', 'manage cookies', 'preferences', 'settings', 'cookie settings', 'customize', 'customise',
  'manage options', 'more options', 'options', 'show purposes', 'let me choose',
  'einstellungen', 'einstellungen verwalten', 'anpassen', 'mehr optionen', 'paramétrer', 'personnaliser',
  'gérer mes choix', 'gérer les préférences', 'configurar', 'personalizar', 'preferenze', 'personalizza',
  'gestisci preferenze', 'instellingen', 'voorkeuren', 'aanpassen', 'inställningar', 'indstillinger', 'innstillinger',
  'asetukset', 'ustawienia', 'nastavení', 'nastavenia', 'beállítások', 'setări', 'настройки', 'ρυθμίσεις',
  'tercihler', 'ayarlar', 'الإعدادات', 'הגדרות', '設定', '설정', '设置',
];

/** Lower case, without punctuation, extra spaces or the word "cookies" ("Alle Cookies ablehnen"). */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}'\s-]/gu, ' ')
    .replace(/(^|\s)cookies?(?=\s|$)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const asSet = (names: string[]) => new Set(names.map(normaliseName));
const NAMES = { reject: asSet(REJECT), accept: asSet(ACCEPT), settings: asSet(SETTINGS) };

/** What a control with this accessible name does on a consent banner, if anything. */
export function controlRole(name: string): keyof typeof NAMES | null {
  const normal = normaliseName(name);
  // Reject first: "accept necessary" is a refusal.
  for (const role of ['reject', 'accept', 'settings'] as const) if (NAMES[role].has(normal)) return role;
  return null;
}

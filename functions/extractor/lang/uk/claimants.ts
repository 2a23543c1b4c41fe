// Who makes a claim, by the names Ukrainian articles use for them in their cases, and the words
// that make a name a claimant ("повідомив Генштаб", "за даними Генштабу", "Зеленський заявив").
import {
  EUROPEAN_UNION,
  ISW,
  KREMLIN,
  MEDIA,
  MEDIAZONA,
  NATO,
  ORYX,
  PENTAGON,
  RUSSIAN_STATE_MEDIA,
  RU_DEFENCE_MINISTRY,
  SOUTH_KOREAN_INTELLIGENCE,
  STATE_DEPARTMENT,
  UA_AIR_FORCE,
  UA_DEFENCE_MINISTRY,
  UA_GENERAL_STAFF,
  UA_MILITARY_INTELLIGENCE,
  UA_NAVY,
  UA_PRESIDENT,
  UA_SECURITY_SERVICE,
  UK_DEFENCE_MINISTRY,
  UNITED_NATIONS,
  US_GOVERNMENT,
  WAGNER,
  WHITE_HOUSE,
  person,
} from '../claimants.js';
import type { Claimant } from '../../model.js';
import { TAIL } from './words.js';

/** A word of any case: the stem, then any letters. */
const RU = `(?:рф|росії|Російської Федерації|країни-агресора)`;
const UK = `(?:Великої Британії|Британії|британськ${TAIL})`;

/**
 * Who makes a claim, by the names articles use for them (regular-expression fragments, matched
 * case-insensitively on whole words; longer names first). Stems take every case: "Генштаб",
 * "Генштабу", "у Генштабі".
 */
export const CLAIMANT_ALIASES: ReadonlyArray<readonly [string, Claimant]> = [
  // Russia's General Staff before the bare "Генштаб", which is Ukraine's.
  [`(?:Генштаб${TAIL}|Генеральн${TAIL} штаб${TAIL})(?: (?:ЗС|Збройних [сС]ил))? ${RU}|російськ${TAIL} (?:Генштаб${TAIL}|Генеральн${TAIL} штаб${TAIL})`, RU_DEFENCE_MINISTRY],
  [`(?:Генштаб${TAIL}|Генеральн${TAIL} штаб${TAIL})(?: (?:ЗСУ|ЗС України|Збройних [сС]ил(?: України)?))?`, UA_GENERAL_STAFF],
  [`(?:Головн${TAIL} управлінн${TAIL} розвідки|ГУР|воєнн${TAIL} розвідк${TAIL})(?: (?:МО|Міноборони|Міністерства оборони)(?: України)?)?`, UA_MILITARY_INTELLIGENCE],
  [`(?:Кирил${TAIL} )?Буданов${TAIL}|(?:Вадим${TAIL} )?Скибицьк${TAIL}`, person(UA_MILITARY_INTELLIGENCE)],
  [`(?:Міноборони|Міністерств${TAIL} оборони|МО) ${RU}|російськ${TAIL} (?:Міноборони|міністерств${TAIL} оборони|оборонн${TAIL} відомств${TAIL})`, RU_DEFENCE_MINISTRY],
  [`(?:Міноборони|Міністерств${TAIL} оборони) ${UK}|${UK} (?:Міноборони|міністерств${TAIL} оборони|розвідк${TAIL}|воєнн${TAIL} розвідк${TAIL})|(?:британськ${TAIL} )?(?:Оборонн${TAIL} розвідк${TAIL}|Defence Intelligence)`, UK_DEFENCE_MINISTRY],
  [`(?:Міноборони|Міністерств${TAIL} оборони) США|Пентагон${TAIL}`, PENTAGON],
  [`(?:Міноборони|Міністерств${TAIL} оборони)(?: України)?`, UA_DEFENCE_MINISTRY],
  [`(?:Ганн${TAIL} )?Маляр`, person(UA_DEFENCE_MINISTRY)],
  [`(?:Збройн${TAIL} [сС]ил${TAIL} України|ЗСУ|Сил${TAIL} оборони(?: України)?)`, UA_GENERAL_STAFF],
  [`(?:ОСУВ|ОСГВ|оперативно-стратегічн${TAIL} угрупованн${TAIL} військ) ["«]?(?:Таврія|Хортиця|Дніпро)["»]?`, UA_GENERAL_STAFF],
  [`(?:Президент${TAIL} України )?(?:Володимир${TAIL} )?Зеленськ${TAIL}|Президент${TAIL} України|Офіс${TAIL} [пП]резидента`, person(UA_PRESIDENT)],
  [`(?:Головнокомандувач${TAIL} (?:ЗСУ )?|генерал${TAIL} )?(?:Олександр${TAIL} )?(?:Сирськ${TAIL}|Тарнавськ${TAIL})|(?:Рустем${TAIL} )?Умєров${TAIL}|(?:Андрі${TAIL} )?Єрмак${TAIL}|(?:Михайл${TAIL} )?Подоляк${TAIL}`, person(UA_GENERAL_STAFF)],
  [`Повітрян${TAIL} [сС]ил${TAIL}(?: (?:ЗСУ|України))?`, UA_AIR_FORCE],
  [`ВМС(?: (?:ЗСУ|України))?|Військово-[мМ]орськ${TAIL} [сС]ил${TAIL}(?: (?:ЗСУ|України))?`, UA_NAVY],
  [`СБУ|Служб${TAIL} безпеки України`, UA_SECURITY_SERVICE],
  [`(?:Сергі${TAIL} )?Шойгу|(?:Андрі${TAIL} )?Бєлоусов${TAIL}|(?:Ігор${TAIL} )?Конашенков${TAIL}|(?:Валері${TAIL} )?Герасимов${TAIL}`, person(RU_DEFENCE_MINISTRY)],
  [`Кремл${TAIL}`, KREMLIN],
  [`(?:Володимир${TAIL} )?Путін(?:а|у|им|і)?|(?:Дмитр${TAIL} )?Пєсков${TAIL}`, person(KREMLIN)],
  [`(?:Євгені${TAIL} )?Пригожин${TAIL}`, person(WAGNER)],
  [`ISW|Інститут${TAIL} (?:з )?(?:вивчення|дослідження) війни`, ISW],
  [`(?:російськ${TAIL} служб${TAIL} )?(?:BBC|Бі-Бі-Сі)(?: (?:та|і) (?:«|")?Медіазон${TAIL}(?:»|")?)?|(?:«|")?Медіазон${TAIL}(?:»|")?`, MEDIAZONA],
  ['Oryx|Орікс', ORYX],
  [`Біл${TAIL} дом${TAIL}|Білому домі`, WHITE_HOUSE],
  [`Держдеп${TAIL}|Державн${TAIL} департамент${TAIL} США`, STATE_DEPARTMENT],
  [`американськ${TAIL} (?:посадовц${TAIL}|чиновник${TAIL}|розвідк${TAIL}|уряд${TAIL})|США|Вашингтон${TAIL}`, US_GOVERNMENT],
  [`південнокорейськ${TAIL} розвідк${TAIL}|Національн${TAIL} служб${TAIL} розвідки(?: Південної)? Кореї|NIS|Сеул`, SOUTH_KOREAN_INTELLIGENCE],
  ['ТАСС|ТАРС|РІА Новини|РИА Новости', RUSSIAN_STATE_MEDIA],
  [`ООН|Організаці${TAIL} Об['ʼ]єднаних Націй|Моніторингов${TAIL} місі${TAIL} ООН`, UNITED_NATIONS],
  ['НАТО', NATO],
  [`Євросоюз${TAIL}|Європейськ${TAIL} [сС]оюз${TAIL}|ЄС`, EUROPEAN_UNION],
  [`Українськ${TAIL} правд${TAIL}|Суспільне|hromadske|Громадське|Reuters|Рейтер${TAIL}|Associated Press|Kyiv Independent`, MEDIA],
  // Capitals and countries stand for their governments when they say something ("Київ заявляє").
  ['Київ|Україна', UA_GENERAL_STAFF],
  ['Москва|Росія|РФ', RU_DEFENCE_MINISTRY],
  [`Лондон|Велика Британія`, UK_DEFENCE_MINISTRY],
];

/** A list of running totals with the day's increments ("танків ‒ 12 251 (+4) од") is the General Staff's own daily format. */
export const INCREMENT_LIST_CLAIMANT: Claimant = UA_GENERAL_STAFF;

/** Words that, after a name, make it the claimant: "Генштаб повідомив", "Зеленський заявив". */
export const REPORTING_VERBS =
  'повідом(?:ив|ила|ило|или|ляє|ляють|ляли|лено)|заяв(?:ив|ила|ило|или|ляє|ляють)|зазнач(?:ив|ила|ило|или|ає|ають|ено)|оприлюдн(?:ив|ила|ило|или|ює|юють|ено)|інформу(?:є|ють|вав|вали)|пише|пишуть|написа(?:в|ла|ло|ли)|каже|кажуть|сказа(?:в|ла|ли)|підтверд(?:ив|ила|ило|или|жує|жують)|визна(?:в|ла|ли|є|ють)|оціню(?:є|ють)|оцінил(?:а|и|о)|оцінив|назва(?:в|ла|ли)|наводить|наводять|навів|навели|уточн(?:ив|ила|или|ює)|дода(?:в|ла|ли|є)|наголоси(?:в|ла|ли)|наголошу(?:є|ють)|підрахува(?:в|ла|ли)|звіту(?:є|ють|вав|вали)|відзвітува(?:в|ла|ли)|стверджу(?:є|ють|вав|вали)|озвучи(?:в|ла|ли)|розпові(?:в|ла|ли|дає)|онови(?:в|ла|ло|ли)|оновлю(?:є|ють)|опублікува(?:в|ла|ло|ли)|доповіда(?:є|ють)|доповів|доповіла';

/** Nouns of a report: "за даними", "у зведенні", "в інфографіці". */
export const REPORT_NOUNS =
  `зведенн${TAIL}|повідомленн${TAIL}|дан(?:і|их|ими)|звіт${TAIL}|допис${TAIL}|інфографік${TAIL}|інфографіц${TAIL}|оцінк${TAIL}|оцінц${TAIL}|підрахунк${TAIL}|статистик${TAIL}|статистиц${TAIL}|брифінг${TAIL}|заяв(?:а|і|у|ою)|інформаці${TAIL}|цифр${TAIL}|розрахунк${TAIL}`;

/** People and bodies the lexicon does not name, who may speak: "речник ОВА повідомив". */
export const SPEAKER_ROLES =
  `посадовц${TAIL}|чиновник${TAIL}|блогер${TAIL}|воєнкор${TAIL}|кореспондент${TAIL}|канал${TAIL}|губернатор${TAIL}|мер|голова|очільник${TAIL}|речни(?:к|ця|ка)|командир${TAIL}|бригад${TAIL}|батальйон${TAIL}|полк|підрозділ${TAIL}|командуванн${TAIL}|міністр${TAIL}|аналітик${TAIL}|експерт${TAIL}|свідк${TAIL}|жител${TAIL}|поліці${TAIL}|прокуратур${TAIL}|влад${TAIL}|адміністраці${TAIL}|ОВА|ОДА|джерел${TAIL}`;

/** Agencies that only relay the claimant they quote ("передає Укрінформ"): never a speaker of their own. */
export const RELAYS = '(?:Укрінформ|УНН|РБК-Україна|Інтерфакс-Україна|Ukrinform)';

/** Words that open a sentence without naming anyone: "Також зазначили …" is no unknown speaker. */
export const NOT_A_SPEAKER = '(?:Також|Раніше|Крім того|Окрім того|Зокрема|Водночас|Як|Про це|Це|Там|Тоді|Згодом|Вже|Уже)';

/** Words before a name that make it no claimant: "звернулися до Генштабу", "Фото: Генштаб". */
export const NOT_ATTRIBUTION = `(?:звернул${TAIL}\\s+(?:до|в|у)|запит${TAIL}|коментар${TAIL}\\s+(?:від|для)|(?:фото|ілюстраці${TAIL}|відео|джерело)\\s*:)`;

/** "він повідомив", "зазначила вона": a person named before, speaking again. */
export const PERSON_PRONOUN_SPEAKER = `(?<![\\p{L}])(?:(?:він|вона)(?:\\s+також)?\\s+(?:${REPORTING_VERBS})|(?:${REPORTING_VERBS})\\s+(?:він|вона))(?![\\p{L}])`;

/** "у відомстві", "у зведенні", "там також повідомили": a claimant already named, taken up again. */
export const CLAIMANT_ANAPHORA = `(?<![\\p{L}])(?:(?:у|в)\\s+(?:відомстві|міністерстві|штабі|зведенні)|відомств${TAIL}|(?:там|вони|воно)(?:\\s+також)?\\s+(?:${REPORTING_VERBS}))(?![\\p{L}])`;

// What a figure counts, by the Ukrainian words that name it in the cases news use: the General
// Staff's genitive list ("танків ‒ 12 251"), the media's nominative ("танки — 12 251"), and the
// forms after numerals ("1 танк", "3 танки", "12 251 танк", "40 танків").
import type { MetricName } from '../../../core/metrics.js';
import { END, TAIL } from './words.js';

/** "техніка", "техніки", "техніку", "техніці", "технікою". */
const EQUIPMENT = '(?:техні(?:ка|ки|ку|ці|кою))';
/** "одиниць", "одиниці", "одиницю", "од.": the General Staff's counter noun. */
const UNITS = `(?:одиниц${TAIL}|од\\.?)`;

/**
 * Longer phrases are tried first. Matching is case-insensitive on whole words. Soldier nouns map to
 * `personnel`; when the figure is a deployment they become `troops`.
 */
export const METRIC_PHRASES: ReadonlyArray<readonly [string, MetricName]> = [
  [`(?:${UNITS} )?автомобільн${TAIL} ${EQUIPMENT}(?: (?:та|і|й) (?:автоцистерн${TAIL}|паливн${TAIL} цистерн${TAIL}))?`, 'vehicles'],
  [`автоцистерн${TAIL}|паливн${TAIL} цистерн${TAIL}|автомобіл${TAIL}|вантажівк${TAIL}|пікап${TAIL}|автотехні${TAIL}`, 'vehicles'],
  [`(?:${UNITS} )?(?:спеціальн${TAIL} ${EQUIPMENT}|спецтехні${TAIL})`, 'special_equipment'],
  [`наземн${TAIL} роботизован${TAIL} (?:комплекс${TAIL}|систем${TAIL})|роботизован${TAIL} комплекс${TAIL}|наземн${TAIL} (?:робот${TAIL}|дрон${TAIL}|безпілотн${TAIL} (?:комплекс${TAIL}|систем${TAIL}|апарат${TAIL}))|НРК`, 'ground_robotic_systems'],
  [`${UNITS} (?:(?:військов${TAIL}|ворож${TAIL}|бойов${TAIL}|російськ${TAIL}|різн${TAIL}) )?(?:${EQUIPMENT}|озброєнн${TAIL})|${UNITS} (?:техніки|озброєння) (?:та|і) (?:техніки|озброєння)`, 'equipment'],
  [`бойов${TAIL} броньован${TAIL} машин${TAIL}|броньован${TAIL} машин${TAIL}|бронемашин${TAIL}|бронетехні${TAIL}|ББМ|БМП(?:-\\d)?|БТР(?:-\\d{2})?|МТ-ЛБ`, 'armored_vehicles'],
  [`реактивн${TAIL} систем${TAIL} залпового вогню|систем${TAIL} залпового вогню|РСЗВ|HIMARS|"?Град${TAIL}"?`, 'mlrs'],
  [`засоб${TAIL} (?:ППО|протиповітряної оборони)|зенітн${TAIL} ракетн${TAIL} комплекс${TAIL}|ЗРК|(?:систем${TAIL}|комплекс${TAIL}) ППО|ППО`, 'air_defense'],
  [`артилерійськ${TAIL} систем${TAIL}(?: (?:та|і) міномет${TAIL})?|артсистем${TAIL}|гармат${TAIL}|гаубиц${TAIL}|міномет${TAIL}|артилері${TAIL}`, 'artillery'],
  [`(?:БпЛА|БПЛА|безпілотник${TAIL}|дрон${TAIL}(?:-камікадзе)?|безпілотн${TAIL} літальн${TAIL} апарат${TAIL})(?: оперативно-тактичного рівня)?|шахед${TAIL}`, 'uav'],
  [`крилат${TAIL} ракет${TAIL}`, 'cruise_missiles'],
  [`гелікоптер${TAIL}|вертол(?:іт|ьот${TAIL})`, 'helicopters'],
  [`літак${TAIL}|винищувач${TAIL}|бомбардувальник${TAIL}`, 'aircraft'],
  [`(?:корабл${TAIL}|корабель)(?:\\s*/\\s*катер${TAIL}| (?:та|і) катер${TAIL})?|катер${TAIL}`, 'ships'],
  [`підводн${TAIL} човн${TAIL}|підводн${TAIL} човен`, 'submarines'],
  [`танк(?:и|ів|а|у|ом|ами|ах)?`, 'tanks'],
  [`особов${TAIL} склад${TAIL}`, 'personnel'],
  // "військових" counts soldiers, unless a noun follows it ("військових машин").
  [`військовослужбов(?:ець|ц${TAIL})|військов(?:ий|і|их|им|ими)(?! (?:машин|техні|автомоб|літак|об['ʼ]єкт|склад|цил|ціл))|солдат${TAIL}|окупант${TAIL}|загарбник${TAIL}|вояк${TAIL}|найманц${TAIL}|мобілізован${TAIL}|рашист${TAIL}|орк(?:и|ів)|росіян${TAIL}|українц${TAIL}|північнокорейц${TAIL}|бійц${TAIL}|піхотинц${TAIL}|десантник${TAIL}`, 'personnel'],
  [`втрат(?:и|ах)|вбитими(?: (?:й|і|та) пораненими)?|загиблими|загиблих|убитих|вбитих`, 'personnel'],
  [`${EQUIPMENT}|озброєнн${TAIL}`, 'equipment'],
  [`(?:військов${TAIL} )?допомог${TAIL}|пакет${TAIL} (?:військової )?допомоги`, 'aid'],
];

/** Words that name a metric only right after a figure or across a linking verb ("втрати склали 1 190"). */
export const WEAK_METRIC_WORDS = new Set(['втрати', 'втратах']);

/** A weak metric word names a figure after it across a linking verb: "втрати противника склали 1 190". */
export const WEAK_METRIC_LINK = `(?:склал${TAIL}|становл${TAIL}|сягнул${TAIL}|сягають|досягл${TAIL}|досягають|перевищил${TAIL}|перевищують|зросл${TAIL} до|зросли|[—–-])`;

/** Nouns right after a metric word that make it count something else: "танкових екіпажів", "дронів-розвідників" aside. */
export const NOT_THE_METRIC_AFTER =
  `екіпаж${TAIL}|пілот${TAIL}|оператор${TAIL}|завод${TAIL}|снаряд${TAIL}|боєприпас${TAIL}|бригад${TAIL}|батальйон${TAIL}|полк${TAIL}|підрозділ${TAIL}|атак${TAIL}|удар${TAIL}|виробництв${TAIL}|колон${TAIL}|штурм${TAIL}`;

/** Nouns after a figure that count something else than the war's metrics ("5 цивільних", "12 населених пунктів"). */
export const OTHER_COUNTED_NOUNS =
  `цивільн${TAIL}|мирн${TAIL}|жител${TAIL}|дітей|дитин${TAIL}|жінок|людей|осіб|особи|населен${TAIL}|будинк${TAIL}|будівел${TAIL}|об['ʼ]єкт${TAIL}|атак${TAIL}|обстріл${TAIL}|ударів|авіаудар${TAIL}|бойов${TAIL} зіткнен${TAIL}|штурм${TAIL}|разів|імен${TAIL}`;

/** Words that end the noun phrase after a figure: a counted noun never stands past them. */
export const PHRASE_STOP_WORDS =
  `втратил${TAIL}|втратив|втрача${TAIL}|знищ${TAIL}|ліквідува${TAIL}|ліквідовано|збил${TAIL}|збив|збито|уразил${TAIL}|уражено|було|були|був|є|і|й|та|або|але|а|у|в|на|з|із|до|від|за|по|для|при|що|який|яка|які|як|це|серед|зокрема|понад|близько|майже|протягом|упродовж`;

/** Modifiers that may stand between a figure and what it counts: "1 150 своїх військових". */
export const PHRASE_LEAD_IN = '(?:(?:з|із|серед)\\s+)?(?:(?:своїх|їхніх|цих|тих|наших)\\s+)?';

/** Words the list around them decides: none in Ukrainian yet. */
export const SENSES_IN_LISTS: ReadonlyArray<{ word: RegExp; metric: MetricName; listedWith: readonly MetricName[] }> = [];

/** "(+4) од", "54 одиниці": a counter noun that counts what was counted before. */
export const COUNTER_NOUN = `^\\s+(?:од\\.?|одиниц${TAIL})${END}(?!\\s+\\p{Ll})`;

// Whose figure it is: how Ukrainian names the sides, their forces and what they do to each other.
import { END, START, TAIL } from './words.js';


/** Actor names, by the country they stand for (regular-expression fragments, any case, any grammatical case). */
export const SIDE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  [`КНДР|Північн${TAIL} Коре${TAIL}|північнокорейськ${TAIL}|Пхеньян${TAIL}`, 'North Korea'],
  [`Південн${TAIL} Коре${TAIL}|південнокорейськ${TAIL}`, 'South Korea'],
  [`Білорус${TAIL}|Мінськ${TAIL}`, 'Belarus'],
  // In Ukrainian war news "the enemy", "the adversary" and "the occupiers" are always Russia's forces:
  // the language is the Ukrainian side's; Moscow's claims come in Russian.
  [
    `Росі${TAIL}|російськ${TAIL}|росіян${TAIL}|РФ|Москв${TAIL}|московськ${TAIL}|Кремл${TAIL}|кремлівськ${TAIL}|окупант${TAIL}|окупаційн${TAIL}|загарбник${TAIL}|агресор${TAIL}|рашист${TAIL}|орк(?:и|ів|ам|ами)|ворог${TAIL}|ворож${TAIL}|противник${TAIL}|вагнерівц${TAIL}|Вагнер${TAIL}|путінськ${TAIL}`,
    'Russia',
  ],
  [`Україн${TAIL}|Києв${TAIL}|Київ|київськ${TAIL}|ЗСУ|Сил${TAIL} оборони|захисник${TAIL}|оборонц${TAIL}`, 'Ukraine'],
];

/** The sides are named outright (the enemy is Russia, above): no word needs the claimant to resolve it. */
export const ADVERSARY = '(?!)';

/** A figure for both belligerents together belongs to neither: "з обох сторін". */
export const BOTH_SIDES = `${START}(?:з обох сторін|обох сторін|обидві сторони|обох армій|українськ${TAIL} (?:і|та) російськ${TAIL}|російськ${TAIL} (?:і|та) українськ${TAIL})${END}`;

/** "в Україні", "біля Києва": a place, not a side. */
export const PLACE_BEFORE = `${START}(?:в|у|на|до|біля|поблизу|під|по|через|над|проти|на території|в бік|у бік|углиб|вглиб)\\s+$`;

/** The words that make a side the loser ("росія втратила", "армія РФ за добу втратила"), a few words between. */
const LOSING = `(?:втратил${TAIL}|втратив|втрачає|втрачають|втрачала|втрачали|зазнал${TAIL}|зазнав|зазнає|зазнають|недорахува${TAIL}|позбул${TAIL}|позбувся|лишил${TAIL}(?:ся|ася|ися)?)`;
export const LOSER_AFTER = `^(?:[\\s,]+(?!знищ|ліквід|збил|збив|уразил|вразил)[\\p{L}'ʼ.-]+){0,5}?[\\s,]+(?:вже\\s+|уже\\s+|також\\s+|ще\\s+)*${LOSING}${END}`;

/** After a side's name, what makes it the sender of the troops counted: "КНДР відправила", "Пхеньян направив". */
export const SENDER_AFTER = `^(?:[\\s,]+(?:вже|уже|також|ще|нібито|ймовірно))*[\\s,]+(?:відправи${TAIL}|направи${TAIL}|перекину${TAIL}|розгорну${TAIL}|надісла${TAIL})${END}`;

/** Verbs a side's forces inflict losses with. */
export const INFLICTING_VERBS = `знищил${TAIL}|знищив|знищено|знищують|знищує|ліквідувал${TAIL}|ліквідував|ліквідовано|ліквідують|збил${TAIL}|збив|збито|збивають|уразил${TAIL}|уразив|уражено|вразил${TAIL}|нейтралізувал${TAIL}|нейтралізовано|вбил${TAIL}|полонил${TAIL}|захопил${TAIL}|поклал${TAIL}|приземлил${TAIL}|відмінусувал${TAIL}|скоротил${TAIL} чисельн${TAIL}`;
/** A time between the forces and their verb: "Сили оборони за минулу добу знищили". */
const WHEN = '(?:(?:за|протягом|упродовж|впродовж)\\s+(?:\\p{L}+\\s+){1,2}|(?:вчора|сьогодні|вночі|уночі|минулої доби)\\s+)';
/** "Сили оборони знищили", "українські захисники ліквідували": group 1 the words that name the side. */
export const FORCES_ACTING = `((?:[\\p{L}'ʼ-]+\\s+){1,3}?)(?:(?:сил${TAIL}|війська|військові|захисник${TAIL}|оборонц${TAIL}|бійц${TAIL}|воїн${TAIL}|підрозділ${TAIL}|ППО|дрон${TAIL}|пілот${TAIL}|армія|армії)\\s+)?${WHEN}?(?:(?:також|вже|уже|ще|успішно)\\s+)*(?:${INFLICTING_VERBS})${END}`;
export const CLAIMANTS_OWN = `${START}(?:наш${TAIL}|свої|своїх|ми|вони|їхні)\\s+$`;

/** A metric word, then whose it is in the genitive: "втрати противника", "втрати російської армії". */
export const OWNER_AFTER_METRIC = '^[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:з боку\\s+|серед\\s+|у\\s+|в\\s+)?$';

/** "1 150 своїх військових": the side named before. */
export const OF_ITS_AFTER = '^\\s+(?:своїх|свої)\\s';

/** ", тоді як Україна …": a contrasting clause names its own side. */
export const CONTRAST = ',\\s+(?:тоді як|водночас|натомість|а|але|проте)\\s';

/** Passive verbs of what was done to the figure ("було знищено", "збито"); "загинули" is a casualty count, whoever's. */
export const PASSIVE_INFLICTED = `${START}(?:(?:було|були|був|була)\\s+)?(?:знищено|знищен${TAIL}|збито|збит${TAIL}|ліквідовано|уражено|уражен${TAIL}|нейтралізовано|полонено|захоплено)${END}`;
/** The agent after a passive verb, in the instrumental: "силами ППО", "українськими захисниками". */
export const BY_AGENT = `^[^.;]{0,60}?${START}((?:\\p{L}+ими\\s+)?(?:силами|військами|захисниками|підрозділами|бійцями|засобами)(?:\\s+[\\p{L}-]+)?)`;

/** Casualty words (the cue's whole text): a claimant so speaks of its own side's losses. */
export const OWN_CASUALTY_CUE = `^(?:вбит${TAIL}|убит${TAIL}|загинул${TAIL}|загинув|загибл${TAIL}|поранен${TAIL})$`;

/** A figure for each belligerent: "по 100 тисяч з кожного боку". */
export const EACH_SIDE = `${START}(?:з кожного боку|з кожної сторони|кожна (?:зі )?сторін${TAIL}? (?:втратила|зазнала))${END}`;

/** Aid goes to Ukraine unless the text names another recipient. */
export const DEFAULT_AID_RECIPIENT = 'Ukraine';

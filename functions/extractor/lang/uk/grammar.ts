// How Ukrainian sentences hang together around a figure: clause breaks, reported speech, running
// totals, parts and wholes, lists.
import { MONTH, WEEKDAY } from './calendar.js';
import { END, START, TAIL } from './words.js';
import { WEAK_METRIC_LINK } from './metrics.js';


/**
 * Breaks between clauses: a period expression or a claimant rarely reaches a figure across one.
 * Not the colon: the General Staff's "… з 24.02.22 по 08.08.26 орієнтовно склали:" dates the list after it.
 * Not a dash before a qualifier either: "особового складу ‒ близько 1 456 610" is a list label.
 */
export const CLAUSE_BREAKS =
  // A comma before a time of its own: "у неділю ворог втратив 1 040, в суботу – 1 100".
  `,\\s+(?=(?:у|в)\\s+(?:${WEEKDAY}|${MONTH})${END}|(?:за|протягом|упродовж|впродовж)\\s)|;|,\\s+(?:але|проте|тоді як|водночас|натомість|а|який|яка|яке|які|де|коли)${END}|\\s[—–]\\s(?=\\p{L})(?!(?:близько|приблизно|орієнтовно|понад|майже|до)\\s)`;

/** Where reported speech begins ("заявив, що росія втратила …"): a period named before it belongs to the telling. */
export const REPORTED_CLAUSE = `[\\s,](?:що|нібито)\\s`;

/** A dateline before the story: "КИЇВ, 8 серпня (Укрінформ) —". Its city is not a subject. */
export const DATELINE = "^\\p{Lu}[\\p{Lu} .'-]{2,30}(?:,\\s*[\\p{L}\\d .]{2,20})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—]\\s";

/** A loss foretold is not a loss claimed: "втрати можуть перевищити 2 000 на добу". */
export const FORECAST_BEFORE = `${START}(?:може|можуть|буде|будуть|очікується|прогнозу${TAIL}|планує|планують|здатн${TAIL})\\s+(?:[\\p{L}'ʼ-]+\\s+){0,3}$`;

/** Verbs and words that make an undated loss a running total: "втрати досягли", "вже перевищили". */
export const RUNNING_TOTAL =
  `${START}(?:(?:вже|уже|загалом|досі|наразі)\\s+)?(?:досягл${TAIL}|досягають|сягнул${TAIL}|сягають|перевищил${TAIL}|перевищують|перевищує|становлять|складають|зросл${TAIL} до)${END}` +
  `|${START}(?:вже|уже)\\s+(?:втратил${TAIL}|втратив|знищил${TAIL}|знищено|ліквідовано|ліквідувал${TAIL})${END}`;

/**
 * Words with which a figure refers back to the count of the sentence before: a record, a
 * comparison, or a sentence that is only a period and a figure ("Лише за минулу добу – 1 190.").
 */
export const REFERS_BACK = `${START}(?:рекорд${TAIL}|порівнян${TAIL}|порівняно)${END}|^\\s*(?:(?:лише|тільки|а|ще)\\s+)?(?:за|протягом|упродовж|впродовж)\\s[^.;:\\d]{0,40}[—–-]\\s*(?:близько\\s+|понад\\s+|майже\\s+)?\\d`;

/** "з яких", "у тому числі": a part of the figure before. */
export const PART_OF_BEFORE = '^\\s*,?\\s*(?:з яких|з них|із них|з котрих|у тому числі|в тому числі|зокрема|серед них|серед яких|включно з)\\s+(?:близько\\s+|понад\\s+|майже\\s+|до\\s+)?$';

/** "53 з них": after a part of the figure before. */
export const PART_OF_AFTER = `^\\s+(?:з|із)\\s+(?:них|яких)${END}`;

/** "76 із 188 дронів": a part, then the whole. */
export const OF_WHOLE = '^\\s+(?:з|із)\\s+$';

/** "12 251 (+4) танк": the General Staff's figures in prose, the day's increment between total and noun. */
export const INCREMENT_AFTER = '^\\s*\\(\\+\\s?[\\d \\u00a0]+\\s?\\)';

/** Words that carry on the report before: "також", "крім того", "ще 1 150". */
export const CONTINUES = `${START}(?:також|крім того|окрім того|ще|додатково|до того ж|серед них|з них|зокрема)${END}`;

/** "2 100 і 1 950 у березні та квітні відповідно". */
export const RESPECTIVELY = `,?\\s+відповідно${END}`;

/** "росія втратила 1 190 осіб": people an army lost are its soldiers. */
export const PEOPLE_AFTER = `^\\s+(?:осіб|особи|особу|люд(?:ей|и)|чоловік)${END}`;
/** A dotted date may stand between ("втрати противника з 24.02.22 по 08.08.26 склали"): its dots end no sentence. */
export const ARMY_LOST_BEFORE = `${START}(?:втратил${TAIL}|втратив|втрачає|втрачають|ліквідувал${TAIL}|ліквідовано|втрати${TAIL}(?:[^.;]|\\.(?=\\d)){0,80}?\\s${WEAK_METRIC_LINK})\\s+(?:[\\p{L}'ʼ-]+\\s+){0,2}$`;

/** The last word of a noun phrase that makes a bare figure a loss. */
export const LOSS_WORDS = '^(?:втрат|вбит|убит|загибл|загинул|поранен|ліквідован)';

/** Before a list figure, its label: "танків ‒ 12 251", "засоби ППО — 1 556", "| Танки | 12 251 |". */
export const LIST_LABEL_TAIL = "(?:\\s+[\\p{L}/-]+){0,2}\\s*(?:\\([^)]{0,30}\\)\\s*)?[—–:|-]+\\s*(?:близько|приблизно|орієнтовно|понад|~)?\\s*$";

/** Money with no noun is an aid package when it is given. */
export const MONEY_AID = `${START}(?:допомог|пакет|нада|переда|виділ|фінанс|пообіця)`;

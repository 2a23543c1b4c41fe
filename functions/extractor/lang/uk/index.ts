// The Ukrainian lexicon: the words of lang/uk, compiled once into the shape the stages read.
// Cyrillic words need Unicode classes: every pattern is compiled with the `u` flag, and whole
// words are told by `\p{L}` look-arounds (START, END), never by `\b`, which knows only ASCII.
import type { Lexicon } from '../lexicon.js';
import { MONTH_OF_DATE, WEEKDAY, YEAR, YEAR_WORD } from './calendar.js';
import {
  CLAIMANT_ALIASES,
  CLAIMANT_ANAPHORA,
  INCREMENT_LIST_CLAIMANT,
  NOT_A_SPEAKER,
  NOT_ATTRIBUTION,
  PERSON_PRONOUN_SPEAKER,
  RELAYS,
  REPORTING_VERBS,
  REPORT_NOUNS,
  SPEAKER_ROLES,
} from './claimants.js';
import {
  ARMY_LOST_BEFORE,
  CLAUSE_BREAKS,
  CONTINUES,
  DATELINE,
  FORECAST_BEFORE,
  INCREMENT_AFTER,
  LIST_LABEL_TAIL,
  LOSS_WORDS,
  MONEY_AID,
  OF_WHOLE,
  PART_OF_AFTER,
  PART_OF_BEFORE,
  PEOPLE_AFTER,
  REFERS_BACK,
  REPORTED_CLAUSE,
  RESPECTIVELY,
  RUNNING_TOTAL,
} from './grammar.js';
import { KIND_CUES, PACKAGE_CONTENTS, WEAK_DEPLOYMENT_CUE } from './kinds.js';
import {
  COUNTER_NOUN,
  METRIC_PHRASES,
  NOT_THE_METRIC_AFTER,
  OTHER_COUNTED_NOUNS,
  PHRASE_LEAD_IN,
  PHRASE_STOP_WORDS,
  SENSES_IN_LISTS,
  WEAK_METRIC_LINK,
  WEAK_METRIC_WORDS,
} from './metrics.js';
import { NUMBERS } from './numbers.js';
import { QUALIFIER_PHRASES } from './qualifiers.js';
import {
  ADVERSARY,
  BOTH_SIDES,
  BY_AGENT,
  CLAIMANTS_OWN,
  CONTRAST,
  DEFAULT_AID_RECIPIENT,
  EACH_SIDE,
  FORCES_ACTING,
  INFLICTING_VERBS,
  LOSER_AFTER,
  OF_ITS_AFTER,
  OWNER_AFTER_METRIC,
  OWN_CASUALTY_CUE,
  PASSIVE_INFLICTED,
  PLACE_BEFORE,
  SENDER_AFTER,
  SIDE_ALIASES,
} from './sides.js';
import { COMPARISON_BEFORE, PERIOD_ANAPHORA, RATE_AFTER, SINCE_ANAPHORA, STATEMENT_BEFORE, TIME_PATTERNS, UNDATED_DAY_CONTEXT, UPDATE_DAY } from './time.js';
import { END, START, TAIL } from './words.js';

const i = (source: string) => new RegExp(source, 'iu');
const gi = (source: string) => new RegExp(source, 'giu');
/** Never matches: a reading Ukrainian has no words for. */
const NEVER = /(?!)/u;

const REPORTING = `(?:${REPORTING_VERBS})${END}`;
/** Words a claimant may stand between its name and its verb: "Генштаб ЗСУ у ранковому зведенні повідомив", "Міноборони, посилаючись на …, заявило". */
const BETWEEN_NAME_AND_VERB =
  `(?:\\s*,[^,]{0,90},)?(?:\\s+(?:у|в|на)\\s+(?:своєму\\s+|своїй\\s+|щоденному\\s+|ранковому\\s+|офіційному\\s+)*(?:зведенні|повідомленні|звіті|дописі|заяві|телеграм${TAIL}|Telegram|Facebook|фейсбуці|соцмережах))?(?:\\s+(?:у|в)\\s+${WEEKDAY})?(?:\\s+\\d{1,2}\\s+${MONTH_OF_DATE}(?:\\s+${YEAR})?${YEAR_WORD})?(?:\\s+(?:вперше|також|раніше|вже|уже|нині|зранку|вранці|традиційно|офіційно|знову|ще|сьогодні|вчора|не))*`;
const QUALIFIERS = QUALIFIER_PHRASES.map(([q]) => q).join('|');

export const ukrainianLexicon = (): Lexicon => ({
  language: 'uk',
  script: { word: '\\p{L}\\d_', flags: 'u' },
  numbers: NUMBERS,
  time: {
    patterns: TIME_PATTERNS,
    statementBefore: i(STATEMENT_BEFORE),
    speakingOpens: /^\s*(?:Виступаючи|Звертаючись|Коментуючи|Відповідаючи|Під час (?:брифінгу|виступу|звернення))(?![\p{L}])/u,
    statementAfter: i(`^${YEAR_WORD}\\s*(?:(?:вперше|уперше|вже|також|офіційно)\\s+)?${REPORTING}`),
    undatedDayContext: i(UNDATED_DAY_CONTEXT),
    comparisonBefore: i(COMPARISON_BEFORE),
    anaphora: i(PERIOD_ANAPHORA),
    sinceAnaphora: i(SINCE_ANAPHORA),
    rateAfter: i(RATE_AFTER),
    averageCue: /(?<![\p{L}])(?:в|у) середньому(?![\p{L}])/u,
    updateDay: i(UPDATE_DAY),
  },
  metrics: {
    phrases: METRIC_PHRASES,
    weak: WEAK_METRIC_WORDS,
    weakModifiers: /^\s*$/u,
    weakLink: i(`^(?:[\\s,]+[\\p{L}'ʼ-]+){0,5}?\\s+${WEAK_METRIC_LINK}(?:\\s+\\p{L}+){0,3}\\s+$`),
    damageAfter: /^\s+(?:збитків|збитки)(?!\p{L})/iu,
    notTheMetricAfter: i(`^[\\s-]+(?:${NOT_THE_METRIC_AFTER})${END}`),
    othersAfter: i(`^\\s+(?:ще\\s+)?інш(?:их|і)${END}`),
    otherCountedAfter: i(`^\\s+(?:${OTHER_COUNTED_NOUNS})${END}`),
    otherCountedBefore: i(`${START}(?:населенням|населення)\\s+(?:[\\p{L}]+\\s+){0,2}$`),
    otherCountedWord: i(`${START}(?:${OTHER_COUNTED_NOUNS})${END}`),
    phraseStopWords: PHRASE_STOP_WORDS,
    // Ukrainian has no article that counts one ("a Russian missile boat").
    articleOne: /(?!)/u,
    pastVerb: /(?!)/u,
    phraseLeadIn: PHRASE_LEAD_IN,
    peopleAfter: i(PEOPLE_AFTER),
    armyLostBefore: i(ARMY_LOST_BEFORE),
    lossWords: i(LOSS_WORDS),
    listLabelTail: LIST_LABEL_TAIL,
    bareAfter: i(`^\\s*(?:[^\\p{L}\\d\\s-]|$|(?:${PHRASE_STOP_WORDS}|знищено|ліквідовано|збито|уражено|пошкоджено|поранено|вбито|од\\.?)${END})`),
    ratioAfter: i(`^\\s+(?:на|за)\\s+(?:кожного|кожен|кожну|одного)${END}`),
    peopleFateAfter: i(`^\\s+(?:(?:було|були)\\s+)?(?:вбит${TAIL}|убит${TAIL}|загинул${TAIL}|загинуло|поранен${TAIL})${END}`),
    fateAfter: i(`^\\s*(?:од\\.?|одиниц${TAIL})?[^\\p{L}\\d]{0,3}\\s*(?:(?:було|були)\\s+)?(?:знищено|знищені|пошкоджено|пошкоджені|захоплено|покинуто|втрачено|уражено|збито)${END}`),
    counterNoun: i(COUNTER_NOUN),
    tollNoun: /^(?:кількість загиблих)$/iu,
    lossBeforePeople: i(`${START}(?:втрат${TAIL}|ліквідова${TAIL}|ліквідува${TAIL}|вбит${TAIL}|загибл${TAIL}|скороти${TAIL} чисельн${TAIL})[^.;]{0,100}$`),
    moneyAidWords: i(MONEY_AID),
    sensesInLists: SENSES_IN_LISTS,
  },
  qualifiers: QUALIFIER_PHRASES,
  // "зросли до 1,4 млн": "до" after a verb of rising is the level reached.
  raisedTo: /(?:зрос\p{L}*|збільши\p{L}*|сягну\p{L}*|дос\p{L}*)\s+до\s+$/iu,
  kinds: {
    cues: KIND_CUES,
    weakDeployment: i(WEAK_DEPLOYMENT_CUE),
    // Ukrainian puts the fate first ("загинули 100 військових, розміщених у Росії"): nothing to read.
    partOfWhichAfter: /^\s+з (?:них|яких|котрих)(?![\p{L}])/iu,
    placedThenFate: /(?!)/u,
    launchedAfterNoun: /^\s+(?:запущен|випущен)\p{L}*/iu,
    fateCountBefore: /(?:кількість|число) (?:загиблих|убитих|поранених)(?:\s+(?:і|й|та|або)\s+(?:загиблих|убитих|поранених))?\s[^.;\d]{0,120}$/u,
    // The recipient's name would have to be the canonical one ("Ukraine"): aid goes to the default recipient.
    recipient: NEVER,
    recipientBefore: NEVER,
    forecastBefore: i(FORECAST_BEFORE),
    forecastAfter: i(`^[^.;]{0,60}?(?:очікується|очікують|прогнозують|можна очікувати)${END}`),
    differenceBefore: i(`(?:збільшення|зростання|зменшення|різниця|приріст) на\\s+(?:[\\p{L}'ʼ-]+\\s+){0,2}$`),
    differenceAfter: i(`^[^.;]{0,40}?(?:порівняно з|у порівнянні з|ніж у)${END}`),
    inventoryBefore: i(`(?:почал${TAIL}|розпочал${TAIL}|входил${TAIL}) (?:повномасштабну )?(?:війну|вторгнення) (?:з|із|маючи)\\s+(?:[\\p{L}'ʼ-]+\\s+){0,3}$`),
    comparedWith: i(`${START}(?:разів більше|більше(?:,)? ніж|порівняно з)${END}`),
    otherWar: i(`(?:радянськ${TAIL} (?:військ${TAIL}|солдат${TAIL}|арміі?${TAIL})|в Афганістані|в Чечні|(?:Першої|Другої) світової)${END}`),
    inventoryAfter: i(`^[^.;,]{0,40}?(?:у|в) (?:резерві|запасі|строю|арсеналі)${END}`),
    packageContents: i(PACKAGE_CONTENTS),
    givingAfter: i(`^\\s+(?:(?:також|вже|ще|знову)\\s+)*(?:нада${TAIL}|переда${TAIL}|виділ${TAIL}|оголоси${TAIL}|пообіця${TAIL}|схвали${TAIL}|відправ${TAIL})`),
  },
  sides: {
    aliases: SIDE_ALIASES,
    adversary: gi(ADVERSARY),
    bothSides: i(BOTH_SIDES),
    placeBefore: i(PLACE_BEFORE),
    // Ukrainian inflects the adjective instead ("втрати російських військ"): nothing to undo.
    adjectiveOf: { before: /(?!)/u, side: /(?!)/u },
    possessiveWith: { before: /(?!)/u, side: /(?!)/u },
    placeAfter: /^\s+(?:міст[оаіу]|сел[оаіу]|област[ьіи]|територі[їяю]|земл[іяю]|столиц[яіюе])(?!\p{L})/iu,
    ownForcesLost: /(?<!\p{L})(?:наш[іи]|свої|його|її|їхні)\s+(?:війська|сили|бійці|військові|підрозділи)\s+(?:також\s+)?втратил[иа](?:\s+\p{L}+){0,3}\s*$/iu,
    onSide: { before: /(?<!\p{L})(?:з|із|зі|на)\s+$/iu, after: /^\s+бо(?:ку|ці)(?!\p{L})/iu },
    forcesAfter: /(?!)/u,
    notOwnerBetween: /(?!)/u,
    loserAfter: i(LOSER_AFTER),
    senderAfter: i(SENDER_AFTER),
    fromSenderAfterNoun: /^\s+(?:з|із)\s+/u,
    inflictingVerb: i(`${START}(?:${INFLICTING_VERBS})${END}`),
    forcesActing: i(FORCES_ACTING),
    claimantsOwn: i(CLAIMANTS_OWN),
    ownerAfterMetric: i(OWNER_AFTER_METRIC),
    ofItsAfter: i(OF_ITS_AFTER),
    contrast: gi(CONTRAST),
    lossesOf: NEVER,
    lossesCue: NEVER,
    defaultAidRecipient: DEFAULT_AID_RECIPIENT,
    passiveInflicted: i(PASSIVE_INFLICTED),
    byAgent: i(BY_AGENT),
    ownCasualtyCue: i(OWN_CASUALTY_CUE),
    eachSide: i(EACH_SIDE),
    copula: /(?!)/u,
    lostInTurn: /(?<!\p{L})(?:але|проте|та|і|й)\s+(?:втратил[аио]?|зазнал[аио]?)(?!\p{L})/iu,
    actingAgentBefore: i('(?:внаслідок|в результаті) (?:(?:успішних |активних )?дій|ударів|вогню)\\s+$'),
    // Ukrainian names the forces ("втрати ЗСУ"): the side aliases read them.
    unnamedArmedForces: { owner: /(?!)/u, side: 'Ukraine' },
  },
  claimants: {
    aliases: CLAIMANT_ALIASES,
    mayAttribute: i(`${START}(?:${REPORTING_VERBS}|${REPORT_NOUNS}|за словами|згідно з|посилаючись|джерел${TAIL})${END}|[:—–|]|\\s-`),
    possessiveReport: NEVER,
    // Ukrainian names its reports after the verb ("за оцінкою Києва"): "according to" covers them.
    reportNamed: /(?!)/u,
    reportAfter: i(`^\\s+(?:у|в)\\s+(?:своєму\\s+|своїй\\s+|щоденному\\s+|ранковому\\s+|офіційному\\s+)*(?:зведенні|повідомленні|звіті|дописі|заяві|телеграм${TAIL}|Telegram|Facebook|фейсбуці|соцмережах)${END}`),
    verbAfter: i(`^${BETWEEN_NAME_AND_VERB}\\s+${REPORTING}`),
    reportAnaphora: /(?<!\p{L})(?:у|в) (?:звіті|доповіді|дослідженні)(?!\p{L})/iu,
    citedBefore: i(`${START}(?:посилаючись на|з посиланням на)\\s+(?:дані\\s+)?$`),
    dataAfter: /^\s+(?:дані|даними|статистик\p{L}*)(?!\p{L})/iu,
    relayedBefore: i(`${START}(?:цитує|цитують|посилається|посилаються)\\s+(?:на\\s+)?$`),
    byReportBefore: i(`${START}(?:${REPORT_NOUNS}|йдеться(?:\\s+(?:у|в))?|пише|оприлюднен${TAIL}|опублікован${TAIL}|наведен${TAIL})\\s+$`),
    // "…, — повідомив Генштаб", "Про це повідомляє Генеральний штаб", "повідомили в Генштабі".
    verbBefore: i(`(?:^|[,;"”“»:—–-]\\s*|${START}(?:про це|як|це|також|раніше|там|вже|уже)\\s+)${REPORTING}(?:\\s+(?:у|в|на))?\\s+$`),
    notClaimantBefore: i(`${NOT_ATTRIBUTION}[^.;]{0,30}$`),
    // Ukrainian writes the agent in the instrumental, which no claimant alias reads.
    agentBefore: /(?!)/u,
    headlineTail: /[:—–|-]\s*$/u,
    accordingTo: i(
      `${START}(?:за даними|за словами|за інформацією|за оцінками|за оцінкою|за підрахунками|згідно з(?:\\s+даними)?|згідно із|відповідно до даних|посилаючись на|як ${REPORTING})${END}(?![\\s\\S]*${START}(?:за даними|за словами|згідно з)${END})([^,;:()]*)$`,
    ),
    accordingToPhraseWords: 4,
    anaphora: i(CLAIMANT_ANAPHORA),
    pronounSpeaker: i(PERSON_PRONOUN_SPEAKER),
    // The speaker before its verb ("аналітики підрахували") or, as Ukrainian often has it, after ("підрахували аналітики").
    otherSpeaker: new RegExp(
      `(?:^|[\\s,;(«"])(?!(?:${RELAYS}|${NOT_A_SPEAKER})\\s)(?:\\p{Lu}[\\p{L}'ʼ.-]*(?:\\s+\\p{Lu}[\\p{L}'ʼ.-]*){0,3}|він|вона|вони|(?:\\p{L}+\\s+)?(?:${SPEAKER_ROLES}))\\s+${REPORTING}` +
        `|${START}${REPORTING}\\s+(?:\\p{L}+\\s+)?(?:${SPEAKER_ROLES})${END}`,
      'gu',
    ),
    accordingToSomeone: i(`${START}за (?:даними|словами|інформацією|оцінками)\\s+(?:\\p{L}+\\s+){0,3}?(?:джерел${TAIL}|посадовц${TAIL}|чиновник${TAIL}|аналітик${TAIL}|експерт${TAIL}|журналіст${TAIL})${END}`),
    reportedBack: i(`^(?:про це|таку інформацію|такі дані|ці дані|відповідні дані)\\s+(?:повідомля${TAIL}|повідоми${TAIL}|оприлюдни${TAIL}|оприлюдню${TAIL}|наводить|наводять|навів|навели|опублікува${TAIL}|йдеться)${END}`),
    incrementListClaimant: INCREMENT_LIST_CLAIMANT,
    endsInBracketedName: /[\p{L}.]\)[.;]?$/u,
    titleEnd: /(?!)/u,
    unnamedMinistry: /(?!)/u,
    nameAfterTitle: /(?!)/u,
    surnameFirst: /(?!)/u,
    surnameEnding: /(?!)/u,
    speakerSurname: /(?!)/u,
  },
  grammar: {
    clauseBreaks: i(CLAUSE_BREAKS),
    reportedClause: i(REPORTED_CLAUSE),
    dateline: new RegExp(DATELINE, 'u'),
    runningTotal: i(RUNNING_TOTAL),
    refersBack: i(REFERS_BACK),
    partOfBefore: i(PART_OF_BEFORE),
    includingBefore: /^\s*,?\s*(?:у тому числі|в тому числі|зокрема|серед них|включно з)\s+(?:близько\s+|понад\s+|майже\s+|до\s+)?$/iu,
    partOfAfter: i(PART_OF_AFTER),
    ofWhole: i(OF_WHOLE),
    shareOfGroupAfter: i(`^\\s+(?:з|із)\\s+(?:тих|них|усіх|всіх)${END}`),
    incrementAfter: new RegExp(INCREMENT_AFTER, 'u'),
    continues: i(CONTINUES),
    respectively: i(RESPECTIVELY),
    sharedNounBetween: /^\s+(?:[\p{L}'ʼ-]+\s+){0,2}(?:і|й|та|або|чи)\s+$/u,
    photoCredit: /(?:Фото:|Ілюстративне фото)/u,
    otherJoint: /(?:інш(?:і|их|ими))\s+$/u,
    fateJoint: /^\s+(?:(?:було|були)\s+)?(?:загинул\p{L}*|убит\p{L}*|вбит\p{L}*|поранен\p{L}*|зникл\p{L}*)\s+(?:і|й|та|а)\s+$/u,
    // Ukrainian lists name each category with its own figure; none is joined to the one before it.
    singularNoun: /(?!)/u,
    listJoint: i(`^\\s*(?:\\([^)]{1,24}\\)\\s*)?(?:,\\s*(?:(?:а також|та|і|й)\\s+)?|(?:та|і|й|а також)\\s+)(?:(?:ще|${QUALIFIERS})\\s+)?$`),
  },
});

// The English lexicon: the words of lang/en, compiled once into the shape the stages read.
import type { Lexicon } from '../lexicon.js';
import {
  CLAIMANT_ALIASES,
  CLAIMANT_ANAPHORA,
  FIRST_PERSON_SPEAKER,
  INCREMENT_LIST_CLAIMANT,
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
  FORECAST_AFTER,
  FORECAST_BEFORE,
  INCREMENT_AFTER,
  LIST_LABEL_TAIL,
  LOSS_WORDS,
  MONEY_AID,
  OF_WHOLE,
  PART_OF_BEFORE,
  PEOPLE_AFTER,
  REFERS_BACK,
  REPORTED_CLAUSE,
  RESPECTIVELY,
  RUNNING_TOTAL,
} from './grammar.js';
import { KIND_CUES, WEAK_DEPLOYMENT_CUE } from './kinds.js';
import { METRIC_PHRASES, NOT_THE_METRIC_AFTER, OTHER_COUNTED_NOUNS, PHRASE_LEAD_IN, PHRASE_STOP_WORDS, SENSES_IN_LISTS, WEAK_METRIC_LINK, WEAK_METRIC_MODIFIERS, WEAK_METRIC_WORDS } from './metrics.js';
import { WEEKDAY } from './calendar.js';
import { NUMBERS } from './numbers.js';
import { QUALIFIER_PHRASES } from './qualifiers.js';
import {
  ACTING_AGENT_BEFORE,
  ADVERSARY,
  BOTH_SIDES,
  BY_AGENT,
  CLAIMANTS_OWN,
  CONTRAST,
  DEFAULT_AID_RECIPIENT,
  EACH_SIDE,
  UNNAMED_ARMED_FORCES,
  OWN_CASUALTY_CUE,
  FORCES_ACTING,
  INFLICTING_VERBS,
  LOSER_AFTER,
  OF_ITS_AFTER,
  OWNER_AFTER_METRIC,
  NOT_OWNER_BETWEEN,
  PASSIVE_INFLICTED,
  PLACE_BEFORE,
  SENDER_AFTER,
  SIDE_ALIASES,
} from './sides.js';
import { COMPARISON_BEFORE, PERIOD_ANAPHORA, RATE_AFTER, SINCE_ANAPHORA, STATEMENT_BEFORE, TIME_PATTERNS, UNDATED_DAY_CONTEXT, UPDATE_DAY } from './time.js';

// English needs no Unicode classes: ASCII word boundaries keep the patterns fast.
const i = (source: string) => new RegExp(source, 'i');
const gi = (source: string) => new RegExp(source, 'gi');
/** The words a sentence speaking of a side's losses holds ("Russian combat losses", "forces have sustained"). */
const LOSSES_NOUNS = 'losses|casualties';
const LOSSES_VERBS = 'sustained|suffered|incurred';

/** Words a claimant may stand between its name and its verb: "Kyiv's military also said", "the ministry, citing X, reported". */
const BETWEEN_NAME_AND_VERB = `(?:\\s*\\([A-Z]{2,6}\\))?(?:'s\\s+[\\w-]+)?(?:\\s*,[^,]{0,90}(?:,[^,]{0,90})?,)?(?:\\s*,\\s*(?:who|which))?(?:\\s+in\\s+[A-Z][\\w'-]+)?(?:\\s+(?:behind|for|of|from|at|with)\\s+(?:the\\s+)?[\\w'-]+)?(?:\\s+on\\s+${WEEKDAY})?(?:\\s+(?:has|have|had|been|also|previously|reportedly|then|later|further|now|so far|last|first|once|earlier|again|not|on|in|an?|update|its|latest|daily|officials?|spokes(?:person|man|woman)|sources|forces|troops|military|army|command|news|website|outlet|service|blog|project|team|site|\\w+ly)){0,4}`;

export const englishLexicon = (): Lexicon => ({
  language: 'en',
  script: { word: '\\w', flags: '' },
  numbers: NUMBERS,
  time: {
    patterns: TIME_PATTERNS,
    statementBefore: i(STATEMENT_BEFORE),
    speakingOpens: /^\s*(?:Speaking|Addressing|Writing|Talking|Testifying|Briefing|Appearing)\b/,
    statementAfter: i(`^\\s*(?:\\w+ly\\s+)?(?:${REPORTING_VERBS}|admitted|rejected|disputed|denied)\\b`),
    undatedDayContext: i(UNDATED_DAY_CONTEXT),
    comparisonBefore: i(COMPARISON_BEFORE),
    anaphora: i(PERIOD_ANAPHORA),
    sinceAnaphora: i(SINCE_ANAPHORA),
    rateAfter: i(RATE_AFTER),
    averageCue: /\bon average\b/i,
    updateDay: i(UPDATE_DAY),
  },
  metrics: {
    phrases: METRIC_PHRASES,
    weak: WEAK_METRIC_WORDS,
    weakModifiers: i(WEAK_METRIC_MODIFIERS),
    weakLink: i(`^(?:\\s+(?:in|around|near|on|along|at|of|for|among)\\s+(?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,3}?)?\\s+${WEAK_METRIC_LINK}(?:\\s+[a-z]+){0,3}\\s+$`),
    notTheMetricAfter: i(`^\\s+(?:${NOT_THE_METRIC_AFTER})\\b`),
    othersAfter: /^\s+(?:more\s+)?others\b/i,
    otherCountedAfter: i(`^\\s+(?:${OTHER_COUNTED_NOUNS})\\b`),
    otherCountedBefore: /\b(?:populations?|inhabitants) of\s+(?:[a-z]+\s+){0,2}$/i,
    otherCountedWord: i(`\\b(?:${OTHER_COUNTED_NOUNS})\\b`),
    phraseStopWords: PHRASE_STOP_WORDS,
    phraseLeadIn: PHRASE_LEAD_IN,
    peopleAfter: i(PEOPLE_AFTER),
    armyLostBefore: i(ARMY_LOST_BEFORE),
    lossWords: i(LOSS_WORDS),
    listLabelTail: LIST_LABEL_TAIL,
    bareAfter: i(`^\\s*(?:[^\\w\\s-]|$|(?:${PHRASE_STOP_WORDS}|of|more|destroyed|damaged|abandoned|captured|downed|shot down|wounded|missing|injured|dead)\\b)`),
    // "three wounded soldiers for every soldier killed": a ratio, not a count.
    damageAfter: /^\s+(?:in|of|worth of)\s+(?:damages?|losses)\b/i,
    ratioAfter: /^\s+(?:[\w-]+\s+){0,2}?(?:for|to) (?:each|every)\b/i,
    peopleFateAfter: /^\s+(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:(?:\w+ly|either|being)\s+)*(?:killed|dead|wounded|injured|died|missing|irretrievable|irrecoverable|sanitary losses|medical casualties)\b/i,
    // "4,927 have been destroyed, 198 damaged and 300 abandoned": the verb may be left out after the first.
    fateAfter: /^\s*(?:units?|pieces?|items?)?\W{0,3}\s*(?:(?:were|was|had been|have been)\s+(?:reported\s+(?:as\s+)?)?)?(?:destroyed|damaged|abandoned|captured|lost)\b|^\s+(?:were|was|have been|had been)\s+(?:recorded|registered)\b/i,
    counterNoun: /^\s+(?:units?|pieces?|items?|systems?)\b(?!\s+of\b)/i,
    tollNoun: /^(?:death )?toll$/i,
    // … and "the number of Russian servicemen killed has almost reached 70 thousand people" (not "a strike killed two people").
    lossBeforePeople: /\b(?:loss|losses|casualt\w*|death toll|dead|fatalities)\b[^.;]{0,80}$|\blosses\b[^.;]{0,130}\b(?:amount(?:ed|s)? to|reached|exceeded|totall?ed)\s+(?:about\s+|approximately\s+|over\s+|more than\s+)?$|\bnumber of (?:[\w-]+\s+){0,3}killed\b[^.;]{0,60}$/i,
    moneyAidWords: i(MONEY_AID),
    sensesInLists: SENSES_IN_LISTS,
    articleOne: /^an?$/i,
    pastVerb: /\b[a-z]+ed\b/i,
  },
  qualifiers: QUALIFIER_PHRASES,
  // "took heavy losses …, with Ukraine saying up to 230" and "a toll of up to 230" raise nothing: "take" raises only a
  // total ("taking the total up to"), and no clause or words given to someone stand between; "increased to probably up to
  // 365" names the level it rose to before "up to", which then only qualifies it.
  raisedTo: /(?:\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|driv(?:e|es|ing)|drove|went|go(?:es)?|climbed|rose|increased)\b|\b(?:tak(?:e|es|ing)|took)\s+(?:the|its|their|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}?(?:total|tally|toll|count|number|losses|figure)\b)(?:(?!\b(?:saying|said|says|to)\b)[^.;:,]){0,80}(?<!\bof\s)\bup to\s+(?:\$\s?)?$/i,
  kinds: {
    cues: KIND_CUES,
    weakDeployment: i(WEAK_DEPLOYMENT_CUE),
    partOfWhichAfter: /^\s+of (?:which|them|these|those)\b/i,
    // … or a fate right after the noun phrase: "left 63 stationed soldiers dead".
    placedThenFate: /^\s+(?:stationed|deployed|sent|dispatched|serving)\s+(?:to|in|on|at|near)\s+[^,;.]{1,60}?\s+(?:were|was|have been|had been|has been|(?:are|is|were|was) (?:believed|thought|estimated|reported|said|feared) to have been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\b|^\s+(?:dead|killed|wounded)\b/i,
    launchedAfterNoun: /^\s+(?:launched|fired)\b/i,
    fateCountBefore: /\b(?:number|count|toll|tally) of (?:the )?(?:killed|dead|wounded|injured)(?:\s+(?:and|or)\s+(?:killed|dead|wounded|injured))?\s[^.;\d]{0,120}$/i,
    recipient: /\b(?:to|for)\s+(Ukraine|Russia|North Korea|Israel|Taiwan)\b/,
    recipientBefore: /\b(?:sen[dt]s?|sending|hand(?:s|ed|ing)?(?: over)?|giv(?:e|es|en|ing)|gave|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?)\s+(?:Ukraine|Kyiv|Kiev)(?:\s+with)?\s+(?:[a-z]+\s+){0,3}$/,
    forecastBefore: i(FORECAST_BEFORE),
    forecastAfter: i(FORECAST_AFTER),
    differenceBefore: /\b(?:an? )?(?:increase|rise|decrease|drop|jump|fall|decline|difference|gap) of\s+(?:[a-z]+\s+){0,2}$/i,
    differenceAfter: /^[^.;]{0,40}?\b(?:compared (?:to|with)|than (?:in|during|the previous)|on the previous|over the previous)\b/i,
    inventoryBefore: /\b(?:started|starting|began|beginning|entered|entering|launched) (?:the |its |this |their )?(?:full-scale )?(?:war|invasion|conflict) with\s+(?:[a-z]+\s+){0,3}$|\b(?:before|prior to) the (?:full-scale )?(?:war|invasion)\b[^.;]{0,40}\b(?:had|has|possessed|fielded)\s+(?:[a-z]+\s+){0,3}$/i,
    comparedWith: /\b(?:times (?:more|higher|greater|larger|as many)|(?:more|higher|greater|larger|fewer|lower) than|compared (?:with|to)|as many as)\b/i,
    otherWar: /\b(?:Soviet (?:troops|soldiers|army|forces|servicemen|Union(?:'s)? (?:lost|suffered|intervention|war))|USSR's (?:intervention|war)|in Afghanistan|Afghan(?:istan)? war|(?:wars? in|in) Iraq|Iraq war|in Chechnya|Chechen wars?|in Vietnam|Vietnam war|(?<!since (?:the )?)(?:First|Second) World War|(?<!since )World War (?:I|II|One|Two)|(?<!since )WWI?I)\b/i,
    inventoryAfter: /^[^.;,]{0,40}?\b(?:in (?:reserve|service|storage|stock|its (?:arsenal|inventory|fleet))|in (?:its|their) (?:pre-war )?(?:arsenal|inventory)|(?:were|was|are|is|had been) (?:\w+ly )?(?:stored|stockpiled|kept|housed)|before the (?:full-scale |all-out )?(?:Russian )?(?:war|invasion))\b|^[^.;]{0,80}?\bwhen the (?:full-scale )?(?:conflict|war|invasion)\b[^.;]{0,40}?\b(?:escalated|began|started|broke out)\b/i,
    packageContents: /\b(?:includ(?:e|es|ed|ing)|comprises?|consists? of|among the items)\b/i,
    givingAfter: /^\s+(?:(?:is|are|has|have|will|also|now|would)\s+)*(?:provid|pledg|send|sent|announc|approv|agree|commit|giv|gave|deliver|allocat|fund|transfer)\w*\b/i,
  },
  sides: {
    aliases: SIDE_ALIASES,
    adversary: gi(`(?<![\\w-])${ADVERSARY}(?![\\w-])`),
    bothSides: i(BOTH_SIDES),
    placeBefore: i(PLACE_BEFORE),
    // A demonym ("Russian", "Ukrainians", "North Korean") by its ending, not a country's name.
    adjectiveOf: { before: /\bof\s+(?:the\s+)?$/i, side: /ans?$/i },
    possessiveWith: { before: /\bwith\s+$/i, side: /'s$/i },
    placeAfter: /^\s+(?:(?:border|frontline|front-line)\s+)?(?:city|cities|town|towns|village|villages|region|regions|oblast|oblasts|territory|territories|soil|capital|port|airspace|skies)\b/i,
    ownForcesLost: /\b(?:his|her|its|their|our)\s+(?:own\s+)?(?:force|forces|army|troops|men|fighters|units|military|soldiers)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:lost|suffered|sustained)(?:\s+[\w-]+){0,3}\s*$/i,
    onSide: { before: /\b(?:on|from)\s+the\s+$/i, after: /^\s+side\b/i },
    forcesAfter: /^\s+(?:ranks|army|armed forces|forces|troops|units|military|servicemen|soldiers)\b/i,
    loserAfter: i(LOSER_AFTER),
    senderAfter: i(SENDER_AFTER),
    fromSenderAfterNoun: /^\s+from\s+(?:the\s+)?/i,
    inflictingVerb: i(`\\b(?:${INFLICTING_VERBS})\\b`),
    forcesActing: i(FORCES_ACTING),
    claimantsOwn: i(CLAIMANTS_OWN),
    ownerAfterMetric: i(OWNER_AFTER_METRIC),
    notOwnerBetween: i(NOT_OWNER_BETWEEN),
    ofItsAfter: i(OF_ITS_AFTER),
    contrast: gi(CONTRAST),
    // Not a side spoken about ("we never talked about Ukrainian casualties").
    lossesOf: i(`(?<!\\b(?:about|on|of|for|regarding|discuss|comment)\\s)\\b([\\w'-]+)\\s+(?:(?:combat|military|personnel|troop|battlefield|human|heavy|total|overall)\\s+)*(?:${LOSSES_NOUNS})\\b|\\b((?:[\\w'-]+\\s+){0,1}[\\w'-]+)\\s+(?:(?:forces|troops|army|military)\\s+)?(?:have|has|had)\\s+(?:\\w+ly\\s+)?["“]?(?:${LOSSES_VERBS})\\b`),
    lossesCue: i(`\\b(?:${LOSSES_NOUNS}|${LOSSES_VERBS})\\b`),
    defaultAidRecipient: DEFAULT_AID_RECIPIENT,
    passiveInflicted: i(PASSIVE_INFLICTED),
    byAgent: i(BY_AGENT),
    ownCasualtyCue: i(OWN_CASUALTY_CUE),
    eachSide: i(EACH_SIDE),
    actingAgentBefore: i(ACTING_AGENT_BEFORE),
    copula: /\b(?:is|are|was|were)\b/i,
    lostInTurn: /\b(?:but|and|yet|while)\s+(?:(?:has|have|had|also|reportedly)\s+)*(?:lost|suffered|sustained)\b/i,
    unnamedArmedForces: UNNAMED_ARMED_FORCES,
  },
  claimants: {
    aliases: CLAIMANT_ALIASES,
    mayAttribute: i(`\\b(?:${REPORTING_VERBS}|${REPORT_NOUNS}|according to|per|citing|investigation|put forward|compiled|provided|cited|given by)\\b|[:—–|]|\\s-`),
    // "Kyiv's tally", not "Russia's casualty count", which counts Russia's losses.
    possessiveReport: i(`^'s\\s+(?!(?:casualty|casualties|death|deaths|loss|losses|dead|troop|troops)\\b)(?:[\\w-]+\\s+){0,2}(?:${REPORT_NOUNS})\\b`),
    // "the ministry's report", "Austin provided a different assessment".
    reportAfter: i(`^\\s+(?:(?:(?:has|have|had)\\s+)?(?:(?:\\w+ly|once|twice|again|also|already|now|not|never)\\s+){0,2}(?:provided|given|gave|gives|offered|offers|released|issued|shared|presented|conducted|carried out|published)\\s+(?:an?|its|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,2}(?:${REPORT_NOUNS}|figure)|(?:${REPORT_NOUNS}))\\b`),
    reportNamed: i(`\\b(?:${REPORT_NOUNS})\\s+(?:of\\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|up to|at least)\\s+)?[$\\d]|(?:puts?|shows?|showed|says?|said|suggests?|suggested)\\b)`),
    // "Russia said to have suffered …", "Moscow is believed to have lost …": a passive describes the name, it does not speak.
    verbAfter: i(`^${BETWEEN_NAME_AND_VERB}\\s+(?!(?:said|believed|reported|estimated)\\s+to\\s+(?:have|be)\\b)(?:${REPORTING_VERBS})\\b`),
    relayedBefore: /\b(?:quoted|relied on|relayed|carried|cited)\s+by\s+$/i,
    byReportBefore: i(`\\b(?:${REPORT_NOUNS}|announced|reported|stated|put forward|posted|published|released|compiled|estimated|provided|cited|issued|given|based on)\\b[^.;]{0,80}\\b(?:(?:by|from)\\s+(?:(?:the|an?|senior|top|unnamed)\\s+)*(?:(?:press (?:service|office|cent(?:re|er))|spokes(?:man|woman|person)|head|chief)\\s+of\\s+(?:the\\s+)?)?|data\\s+of\\s+(?:the\\s+)?)$|^\\s*Sources?:\\s*$`),
    // "the estimate of American and Western leaders": its authors; "the estimates of Russia's losses" names whose losses.
    estimateOfBefore: /\b(?:estimates?|assessments?|calculations|tally|count) of\s+(?:the\s+)?$/i,
    reportAnaphora: /\b(?:the|that|this) (?:report|study|assessment|analysis|review|survey)\b/i,
    citedBefore: /\bciting\s+(?:(?:data|figures|statistics|numbers|estimates)\s+(?:from|of|by)\s+)?(?:the\s+)?$/i,
    dataAfter: /^(?:'s)?\s+(?:data|figures|statistics|numbers)\b/i,
    // "…, reports British Defence Minister John Healey", "said Russia's Defence Minister Sergei Shoigu".
    // … and Ukrainian outlets' "About (this) reported Commander-in-Chief Oleksandr Syrskyi" ("Про це повідомив …").
    verbBefore: i(`(?:^|[,;"”“]\\s*)(?:said|says|reports|reported|writes|wrote|added|noted|stressed|declared)\\s+$|\\bAbout (?:this |it )?(?:reported|said|wrote|announced|stated|informed)\\s+$`),
    notClaimantBefore: i(`${NOT_ATTRIBUTION}[^.;]{0,30}$`),
    // … and the side that bore a loss: "the costs incurred by Russia", "the losses suffered by Ukraine".
    agentBefore: /\b(?:destroyed|captured|seized|killed|downed|shot down|eliminated|struck|hit|intercepted|neutrali[sz]ed|liberated|taken|incurred|suffered|sustained|borne|lost)\s+by\s+(?:the\s+)?$/i,
    headlineTail: /[:—–|-]\s*$/,
    // "per" names a source, not a rate: "per the ministry", not "102 casualties per square kilometer from Russia".
    accordingTo: /\b(?:according to|with reference to|referring to|per(?!\s+(?:square|sq|km|kilomet\w*|miles?|cent|day|night|week|month|year|hour|capita|head|person|soldier|\d)\b)|citing|in the words of)\b(?![\s\S]*\b(?:according to|per|citing)\b)([^,;:()]*)$/i,
    accordingToPhraseWords: 6,
    anaphora: i(`\\b${CLAIMANT_ANAPHORA}\\b`),
    firstPersonSpeaker: new RegExp(FIRST_PERSON_SPEAKER),
    pronounSpeaker: i(PERSON_PRONOUN_SPEAKER),
    otherSpeaker: new RegExp(
      `(?:^|[\\s,;(])(?!(?:[A-Z][\\w'.-]*\\s+){0,3}${RELAYS}\\s)(?:(?!(?:The|A|An|As|This|These|Those|Its|Their|Our|We)\\s)[A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,3}|he|she|they|(?:(?:the|a|an|[a-z]+)\\s+)?(?:${SPEAKER_ROLES}))\\s+(?:(?:has|have|had)\\s+)?(?:${REPORTING_VERBS})\\b`,
      'g',
    ),
    accordingToSomeone: /\baccording to (?:an? |the )?(?:[\w-]+ ){0,3}(?:officials?|sources?|analysts?|experts?|estimates?)\b/i,
    reportedBack: /^(?:this|that|these|the (?:figures?|data|numbers?|information))\s+(?:was|were|is|are|has been|have been)\s+(?:reported|stated|announced|published|posted|shared|released)\s+by\b|^(?:these|those|this|the (?:figures?|data|numbers?|estimates?))\s+(?:are|is|were|was)\b[^.;]{0,120}\baccording to\b|\b(?:stated|said|reported|announced|noted|confirmed|published|wrote) this\b(?!\s+(?:week|month|year|morning|afternoon|evening|time|spring|summer|autumn|fall|winter)\b)/i,
    incrementListClaimant: INCREMENT_LIST_CLAIMANT,
    endsInBracketedName: /[a-z.]\)[.;]?$/i,
    unnamedMinistry: /\bthe (?:defen[cs]e )?ministry\b(?!\s+of\b)/i,
    titleEnd: /\b(?:[Mm]inister|[Ss]pokes(?:man|person|woman)(?: (?:for|of) the (?:[Bb]attle ?)?group)?|[Cc]hief|[Hh]ead|[Cc]ommander|[Dd]irector|[Ss]ecretary|[Gg]eneral|[Gg]overnor|[Aa]dvis[eo]r)$/,
    nameAfterTitle: /^\s+((?:[A-Z][a-z'-]+\s+){0,2}([A-Z][a-z'-]+))(?=\s|,|$)/,
    // Korean names put the family name first: "MP Lee Seong-kweun", "Rep. Park Sun-won".
    surnameFirst: /(?:^|\s)(Lee|Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Moon|Oh|Yang|Bae|Baek|Nam|Ryu)\s[A-Z][a-z]+-[a-z]+$/,
    surnameEnding: /\s[A-Z][a-z'-]+\s([A-Z][a-z'-]{2,})$/,
    // … or is cited: "According to Lee, …".
    speakerSurname: /(?:^|[\s,;("“])([A-Z][a-z'-]{2,})\s+(?:(?:also|further|then|later|has|had)\s+)?(?:said|says|told|added|noted|stated|reported|wrote|claimed|stressed|explained)\b|\b[Aa]ccording to ([A-Z][a-z'-]{2,})\b(?!\s+[A-Z])/,
  },
  grammar: {
    // Case matters: ", and" before a capital opens a clause.
    clauseBreaks: new RegExp(CLAUSE_BREAKS, 'u'),
    reportedClause: i(REPORTED_CLAUSE),
    dateline: new RegExp(DATELINE),
    runningTotal: i(RUNNING_TOTAL),
    refersBack: i(REFERS_BACK),
    partOfBefore: i(PART_OF_BEFORE),
    includingBefore: /^\s*,?\s*(?:including|among them)\s+(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+|almost\s+|up to\s+|roughly\s+|around\s+)?$/i,
    partOfAfter: /^\s+of (?:which|them|these|those)\b/i,
    ofWhole: i(OF_WHOLE),
    shareOfGroupAfter: /^\s+of (?:those|them|these|all|the)\b/i,
    incrementAfter: new RegExp(INCREMENT_AFTER),
    continues: i(CONTINUES),
    respectively: i(RESPECTIVELY),
    eachAfter: /^\s*,?\s*each\b/i,
    // "up to 215 and over 230 soldiers": the second figure's qualifier does not part them (right after
    // "and" only: in "300 missiles and more than 200 drones" the first figure has a noun of its own).
    // A noun of its own between them ("two ballistic missiles and one cruise missile") parts them.
    sharedNounBetween: i(`^\\s+(?:(?:(?!(?:${NOT_THE_METRIC_AFTER}|${OTHER_COUNTED_NOUNS})\\b)[\\w'’-]+\\s+){0,2}(?:and|or)|(?:and|or)\\s+(?:${QUALIFIER_PHRASES.map(([q]) => q).join('|')}))\\s+$`),
    otherJoint: /\bother\s+$/i,
    fateJoint: /^\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:killed|dead|wounded|injured|missing)\s+(?:and|while)\s+$/i,
    singularNoun: /\b(?:missile|drone|tank|helicopter|plane|jet|fighter|warship|ship|boat|submarine|launcher|howitzer|gun|truck)$/i,
    photoCredit: /\b(?:via Getty Images|Getty Images\)|Photo for illustrative purposes|Illustrative (?:photo|image)\b|(?:AP|AFP|Reuters) Photo\b)|\((?:Photo|Image)(?: credit)?:/i,
    // … and a colon that opens the breakdown of the figure before: "1,100 units of equipment: about 130 tanks and 260 artillery systems".
    listJoint: i(`^\\s*(?:\\([^)]{1,24}\\)\\s*)?(?:,\\s*(?:and\\s+|as well as\\s+|plus\\s+)?|(?:and|as well as|plus)\\s+|:\\s*)(?:(?:another|${QUALIFIER_PHRASES.map(([q]) => q).join('|')})\\s+)?$`),
  },
});

// What a language module gives the extractor: its words, as compiled patterns and tables. The
// stages and rules are written against this shape only; `lang/en` and `lang/uk` fill it in.
import type { ClaimKind, Qualifier } from '../../core/claim.js';
import type { MetricName } from '../../core/metrics.js';
import type { Claimant, TimeValue } from '../model.js';

/** One way a language writes a time expression, and what it means. */
export interface TimePattern {
  /** Named in evidence and tests: "sinceWeekday", "pastDay". */
  name: string;
  /** A regular-expression source with named groups, matched case-insensitively on whole words. */
  pattern: string;
  /** What the match means, from its named groups; null when the words make no date (e.g. "February 30"). */
  value(groups: Readonly<Record<string, string | undefined>>): TimeValue | null;
  /** Governs only a figure after it ("bringing the total to 690,000"). */
  forward?: boolean;
  /** A hint ("total losses", "so far") that gives way to any other period its figure has. */
  weak?: boolean;
}

export interface NumberWords {
  /** Digits, with an increment "(+6)", a currency sign and a scale word: see stages/numbers.ts for the groups. */
  figure: RegExp;
  /** Numbers written out ("seven", "a dozen"), one group. */
  spelled: RegExp;
  valueOf(spelled: string): number | undefined;
  /** A scale word's factor ("million" → 1e6). */
  scale(word: string): number;
  /** "a" counting one as a list item ("one jet and a helicopter"), its word in group 1. */
  listedOne: RegExp;
  /** A second figure that makes a range: "to 131,000", "–100". Groups: currency, digits, scale. */
  rangeLink: RegExp;
  /** "between" before the first figure of a range. */
  betweenBefore: RegExp;
  /** After a number in words, a scale and dollars: "one billion dollars" is money. Group 1 the scale word. */
  spelledDollarsAfter: RegExp;
  /** Words after a figure that make it no count of the war: ages, sizes, times, percentages. */
  nonClaimAfter: RegExp;
  /** Money in another currency than the US dollar, after or before the figure. */
  otherCurrencyAfter: RegExp;
  /** US dollars named after the figure ("40.5 billion US dollars"): money like "$40.5 billion". */
  dollarsAfter: RegExp;
  otherCurrencyBefore: RegExp;
  /** An amount in another currency right before the figure's bracket ("€1.3 billion ($1.4 billion)"): the figure converts it. */
  convertedFrom: RegExp;
  /** A month name right before or after: the figure is a day of the month. */
  monthBefore: RegExp;
  monthAfter: RegExp;
  /** Words before a year ("in 2024"): a year, not a figure. */
  yearBefore: RegExp;
  /** "#3", "No. 5", "aged 25", "only 134 shy of 7,500": a number that names, ages or marks, not counts. */
  ordinalBefore: RegExp;
  /** A model's number after its name ("Leopard 1 tanks"), to be joined to it; group 1 the name. */
  modelNumber: RegExp;
  /** Names that are not models (months, weekdays, sides). */
  notModelNames: RegExp;
}

/** How a language's words are told apart in regular expressions. */
export interface Script {
  /** The body of a character class matching a word character: "\\w" for English, "\\p{L}\\d_" for Cyrillic. */
  word: string;
  /** Regular-expression flags the class needs ("u" for property escapes); ASCII classes are faster. */
  flags: '' | 'u';
}

export interface Lexicon {
  /** ISO 639-1. */
  language: string;
  script: Script;
  numbers: NumberWords;
  time: {
    patterns: readonly TimePattern[];
    /** Reporting words right before a time expression make it the statement's time ("said on Tuesday"). */
    statementBefore: RegExp;
    /** A reporting verb right after a time expression that follows a claimant ("the ministry on Sunday admitted"). */
    statementAfter: RegExp;
    /** An opening phrase about the speaking itself ("Speaking at a board meeting on Wednesday, …"): its time is the statement's. */
    speakingOpens: RegExp;
    /** A sentence about a record or an earlier day: its "in one day" is not the update's day. */
    undatedDayContext: RegExp;
    /** A superlative before "in a month": a comparison, not a period. */
    comparisonBefore: RegExp;
    /** "during this period", "over the same period": the period named before. */
    anaphora: RegExp;
    /** "since then": from the period named before up to the statement. */
    sinceAnaphora: RegExp;
    /** A rate right after the counted noun: "a day", "daily". */
    /** Words that make the figures of their clause an average ("On average, since the beginning of the year, …"), whose rate word may come after the list. */
    averageCue: RegExp;
    rateAfter: RegExp;
    /** Day expressions that name the update's own day ("in the past 24 hours", "today"). */
    updateDay: RegExp;
  };
  metrics: {
    /** [pattern, metric], longer phrases first. */
    phrases: ReadonlyArray<readonly [string, MetricName]>;
    /** Words that name a metric only right after a figure or across a linking verb. */
    weak: ReadonlySet<string>;
    /** Modifiers between a figure and a weak metric word that keep it the figure's noun: "750,000 military losses". */
    weakModifiers: RegExp;
    /** A weak metric word names a figure after it across these: "losses reached 379,400". */
    weakLink: RegExp;
    /** Nouns after a metric word that make it count something else: "artillery shells". */
    notTheMetricAfter: RegExp;
    /** Money that is the cost of what was lost: "$7 billion in damage". */
    damageAfter: RegExp;
    /** "others" right after a figure: more of what the figure before it counted ("300 killed and 2,700 others injured"). */
    othersAfter: RegExp;
    /** Nouns that count something other than the war's metrics ("civilians", "people"). */
    otherCountedAfter: RegExp;
    /** Words right before a bare figure that make it count people of a place ("cities with populations of less than 100,000"). */
    otherCountedBefore: RegExp;
    otherCountedWord: RegExp;
    /** Words that end the noun phrase after a figure. */
    phraseStopWords: string;
    /** Words that may open the noun phrase ("of the", "of its"). */
    phraseLeadIn: string;
    /** "people" an army lost are its soldiers: the noun, and what must stand before the figure. */
    peopleAfter: RegExp;
    armyLostBefore: RegExp;
    /** The last word of a noun phrase that makes a bare figure a loss ("casualties", "killed"). */
    lossWords: RegExp;
    /** A label before a list figure: "tanks — 7,834". */
    listLabelTail: string;
    /** What may follow a figure with no noun of its own (punctuation, "of which", "in August"). */
    bareAfter: RegExp;
    /** A ratio, not a count: "five soldiers for each fallen Ukrainian". */
    ratioAfter: RegExp;
    /** A bare figure whose fate says it is people: "6,000 had been killed", "600,000 were dead and wounded". */
    peopleFateAfter: RegExp;
    /** A fate of equipment or a counter noun: "15,051 units were destroyed", "852 were damaged". */
    fateAfter: RegExp;
    /** A counter noun that counts what was counted before: "units", "pieces". */
    counterNoun: RegExp;
    /** A loss word before "people"/"persons" in the clause: "the casualty rate was 1,271 people". */
    lossBeforePeople: RegExp;
    /** A noun that names a running total, whatever a day could hold: "a death toll of 1,351". */
    tollNoun: RegExp;
    /** Money sent or pledged is aid: the words for a package. */
    moneyAidWords: RegExp;
    /** "a" counting one ("a Russian missile boat"), and a past verb among modifiers ("a strike killed"). */
    articleOne: RegExp;
    pastVerb: RegExp;
    /** Words the list around them decides: "fighters" beside helicopters are aircraft. */
    sensesInLists: ReadonlyArray<{ word: RegExp; metric: MetricName; listedWith: readonly MetricName[] }>;
  };
  qualifiers: ReadonlyArray<readonly [string, Qualifier]>;
  /** A total raised to the figure ("brought the total up to 627,790"): its "up to" is the level reached, no qualifier. */
  raisedTo: RegExp;
  kinds: {
    cues: ReadonlyArray<readonly [string, ClaimKind]>;
    /** Soldiers placed somewhere ("troops near the border"): a deployment. */
    weakDeployment: RegExp;
    /** Right after the counted noun: where the soldiers were placed, then what befell them ("stationed in Russia were killed"). */
    /** After a figure, a relative clause that gives the part its own fate: "58 of which it shot down". */
    partOfWhichAfter: RegExp;
    placedThenFate: RegExp;
    /** Right after the counted noun, a participle of launching that says which weapons, not what befell them: "drones fired by Russia". */
    launchedAfterNoun: RegExp;
    /** A count of the fallen named before the figure, whoever they are said to be: "the number of killed and injured soldiers fighting alongside Russian forces has surpassed 3,000". */
    fateCountBefore: RegExp;
    /** A recipient after the figure: "to Ukraine"; group 1 the country. */
    recipient: RegExp;
    /** A recipient between the giving verb and the figure: "has sent Kyiv more than 230 howitzers". */
    recipientBefore: RegExp;
    /** A loss foretold ("will likely remain above 1,000 a day"), read before the figure. */
    forecastBefore: RegExp;
    /** … or after it: "1 million dead, which could be expected by autumn 2025". */
    forecastAfter: RegExp;
    /** A difference between two counts, not a count: "an increase of nearly 300 soldiers compared to 2022" (before, then after the figure). */
    differenceBefore: RegExp;
    differenceAfter: RegExp;
    /** A side's stock, not its losses: "started the war with around 3,000 tanks" (before the figure), "4,000 tanks in reserve" (after its noun). */
    inventoryBefore: RegExp;
    inventoryAfter: RegExp;
    /** Another war named in the figure's clause ("Soviet troops killed in Afghanistan"): its figures are no claims about this one. */
    otherWar: RegExp;
    /** Between a figure and a war named after it, a comparison: that war is the yardstick ("8 times more than American soldiers in Afghanistan"). */
    comparedWith: RegExp;
    /** A giving verb right after a name: "The Pentagon is providing". */
    givingAfter: RegExp;
    /** Words that list a package's contents: "Those include …". */
    packageContents: RegExp;
  };
  sides: {
    /** [pattern, country] for every way the text names a side. */
    aliases: ReadonlyArray<readonly [string, string]>;
    /** "the enemy", "the invaders". */
    adversary: RegExp;
    /** "on both sides": a figure for both belligerents. */
    bothSides: RegExp;
    /** A preposition that makes a side a place ("in Ukraine"), read right before it. */
    placeBefore: RegExp;
    /** A side named as an adjective or its people after "of" is an actor, not a place: "estimates of Russian casualties", "the number of Russians killed" ("the east of Ukraine" stays a place). */
    adjectiveOf: { before: RegExp; side: RegExp };
    /** After a side's adjective, its forces: it is their side, not a place ("the dead in the Russian ranks"). */
    forcesAfter: RegExp;
    /** Between a side and the metric word after it, words that make the side an actor, not the owner: "Ukraine has inflicted casualties". */
    notOwnerBetween: RegExp;
    /** After a side's adjective, a place it names, not a side: "the eastern Ukrainian city", "Russian soil". */
    placeAfter: RegExp;
    /** Before the figure, the claimant's own forces losing it: "says his force has lost more than 20,000". */
    ownForcesLost: RegExp;
    /** A side named as the side of the fighting: "killed on the Ukrainian side" (before the side's word, and after it). */
    onSide: { before: RegExp; after: RegExp };
    /** A side's possessive after "with" owns what follows, not a place: "with Kiev's losses amounting to 90 soldiers" ("clashes with Kiev" stays one). */
    possessiveWith: { before: RegExp; side: RegExp };
    /** After a side's name, what makes it the loser: "lost", "have suffered". */
    loserAfter: RegExp;
    /** After a side's name, what makes it the sender of deployed troops: "Pyongyang sent", "North Korea has deployed". */
    senderAfter: RegExp;
    /** After the noun of troops deployed, the country they come from: "troops from North Korea". */
    fromSenderAfterNoun: RegExp;
    /** Verbs a side's forces inflict losses with. */
    inflictingVerb: RegExp;
    /** A side's forces inflicting the figure; group 1 the words that name the side. */
    forcesActing: RegExp;
    /** The claimant's own words for its side ("its", "our"). */
    claimantsOwn: RegExp;
    /** A metric word, then whose it is: "losses of the". */
    ownerAfterMetric: RegExp;
    /** "of its soldiers" after a figure: the side named before. */
    ofItsAfter: RegExp;
    /** ", while Ukraine had …": a contrasting clause names its own side. */
    contrast: RegExp;
    /** In a sentence with no figures, the words naming whose losses it speaks of (group 1): "total Russian combat losses", "Russian forces have sustained". */
    lossesOf: RegExp;
    /** A word every match of lossesOf holds: a sentence without one is not tried (lossesOf tries every word). */
    lossesCue: RegExp;
    /** Aid goes here unless the text names another recipient. */
    defaultAidRecipient: string;
    /** A passive inflicting verb after the noun phrase ("were destroyed", "have been shot down"). */
    passiveInflicted: RegExp;
    /** "by Russian forces" after a passive verb: group 1 the side's words. */
    byAgent: RegExp;
    /** A casualty word (the cue's whole text): a claimant so speaks of its own side. */
    ownCasualtyCue: RegExp;
    /** "on each side": one figure for each belligerent. */
    eachSide: RegExp;
    /** A copula between an inflicting participle and the figure: the participle was no verb of its own ("personnel killed … is estimated at"). */
    copula: RegExp;
    /** The acting side losing in turn ("Russia captured 2,949 square kilometres but lost 174,935 soldiers"): its own loss. */
    lostInTurn: RegExp;
    /** Right before a side: the words that make it the one acting ("as a result of the actions of"), so its opponent lost. */
    actingAgentBefore: RegExp;
    /** The losses of "the Armed Forces" with no country named (a translation of ВСУ, ЗСУ), and the side they are. */
    unnamedArmedForces: { owner: RegExp; side: string };
  };
  claimants: {
    aliases: ReadonlyArray<readonly [string, Claimant]>;
    /** Some word that can make a name a claimant; without one, none in the sentence is. */
    mayAttribute: RegExp;
    possessiveReport: RegExp;
    reportAfter: RegExp;
    /** A name that is itself a report, and its figure or verb after it: "Kyiv's estimate of 708,890", "Russian figures show". Tried on the name and what follows. */
    reportNamed: RegExp;
    verbAfter: RegExp;
    byReportBefore: RegExp;
    /** A report noun and "of" right before a name not in the possessive ("the estimate of US officials"): the name is the author (a language with no such turn needs none). */
    estimateOfBefore?: RegExp;
    /** Before a medium that only passes a report on, not its author: "a General Staff report quoted by The Kyiv Independent". */
    relayedBefore: RegExp;
    /** A body whose data another publishes: "citing data from Ukraine's General Staff", before the name … */
    citedBefore: RegExp;
    /** "the report", "the study": a report named before, taken up again. */
    reportAnaphora: RegExp;
    /** … or after it: "Ukrainian General Staff figures cited in the update", "according to Ukrainian General Staff data". */
    dataAfter: RegExp;
    /** A reporting verb right before the name, at the start of a clause: "…, said Shoigu". */
    verbBefore: RegExp;
    notClaimantBefore: RegExp;
    /** The agent of a passive fate right before the name ("captured by the Ukrainian armed forces"): the one acting, not the one telling. */
    agentBefore: RegExp;
    headlineTail: RegExp;
    /** "according to", "per", "citing": group 1 the words from it to the name. */
    accordingTo: RegExp;
    accordingToPhraseWords: number;
    /** "the ministry said", "it estimates". */
    anaphora: RegExp;
    /** "We have identified …": the claimant in force in the first person, unless the sentence gives its words to someone else (a language whose unknown speakers never include "we" needs none). */
    firstPersonSpeaker?: RegExp;
    pronounSpeaker: RegExp;
    otherSpeaker: RegExp;
    accordingToSomeone: RegExp;
    /** "This was reported by the General Staff" after the figures. */
    reportedBack: RegExp;
    /** The claimant of the General Staff's own list format. */
    incrementListClaimant: Claimant;
    /** A claimant in brackets at the end of a line. */
    endsInBracketedName: RegExp;
    /** A claimant named by a title ("Ukraine's Defence Minister", "the group's press center head"): a person's name may follow it. */
    titleEnd: RegExp;
    /** "the ministry said" with no country: a defence ministry the sentence leaves unnamed. */
    unnamedMinistry: RegExp;
    /** A person's name (case matters): right after a title, group 1 the whole name and group 2 the surname. */
    nameAfterTitle: RegExp;
    /** The surname that ends a claimant named with its person ("… press center Alexander Savchuk"), group 1. */
    /** A name written family name first ("Lee Seong-kweun", "Kim Byung-kee"): group 1 the family name, which "Lee said" recalls. */
    surnameFirst: RegExp;
    surnameEnding: RegExp;
    /** Group 1: the surname of a speaker no alias names ("Savchuk said"); group 2, one cited ("according to Savchuk"). */
    speakerSurname: RegExp;
  };
  grammar: {
    clauseBreaks: RegExp;
    /** Where reported speech begins ("reveals that"): a period before it belongs to the telling. */
    reportedClause: RegExp;
    /** "KYIV (Reuters) -": a dateline before the story. */
    dateline: RegExp;
    /** Perfect tenses and "now" that make an undated loss a running total. */
    runningTotal: RegExp;
    /** Words with which a bare figure refers back to the count before ("record", "compared"). */
    refersBack: RegExp;
    /** "including", "of which" before a part of the figure before. */
    partOfBefore: RegExp;
    /** "including", "among them" (not "with"): parts listed by category, which share the whole's period. */
    includingBefore: RegExp;
    /** "53 of which": after a part of the figure before. */
    partOfAfter: RegExp;
    /** "out of", "of" between a part and its whole. */
    ofWhole: RegExp;
    /** After the whole of "eight out of ten": a group it is a share of ("of those killed"), so neither number counts anything. */
    shareOfGroupAfter: RegExp;
    /** A "(+12)" increment right after a figure. */
    incrementAfter: RegExp;
    /** Words that carry on the report before ("also", "In addition", "Another"). */
    continues: RegExp;
    /** "respectively" pairing figures with periods in order. */
    respectively: RegExp;
    /** Right after a figure's nouns, "each": the figure counts every one of them ("four tanks and artillery systems each"); a language that never says so needs none. */
    eachAfter?: RegExp;
    /** What stands between two figures of one list: ", ", " and ", ", as well as about ". */
    listJoint: RegExp;
    /** Between two counts of one toll by their fates, which share what the second is said of: " had been killed and " in "71 soldiers had been killed and 210 wounded in repelling the offensive". */
    fateJoint: RegExp;
    /** A photo's credit or label on a line, which makes the line a caption: "(Name/Agency via Getty Images)", "Illustrative photo:". */
    photoCredit: RegExp;
    /** The joint before a noun counted with the one before it as "other": "tanks and other armored vehicles". */
    otherJoint: RegExp;
    /** A noun in the singular, which one plural count cannot count with the noun before it: "23 drones, cruise missile" are two counts. */
    singularNoun: RegExp;
    /** Between two figures that share the noun after the second: " Russian and " in "200,000 Russian and 80,000 Ukrainian fatalities". */
    sharedNounBetween: RegExp;
  };
}
